import type { BlockKind } from '../../../../../shared/domain/source';
import { BlockTextBuilder, collapseWhitespace } from './textBlocks';

/**
 * Turns a (sanitised) DOM tree into text plus block offsets. The reader renders
 * these ranges as its own elements, so no imported markup ever reaches it.
 * Works on nodeType numbers, not DOM globals, because it runs in Node on jsdom.
 */

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Never text: scripts, styles, embedded objects, form controls, templates. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IFRAME',
  'FRAME',
  'FRAMESET',
  'OBJECT',
  'EMBED',
  'APPLET',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'IMG',
  'PICTURE',
  'SOURCE',
  'TRACK',
  'MAP',
]);

/** Elements that start a new block; everything else is inline. */
const CONTAINERS = new Set([
  'HTML',
  'BODY',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'FIGURE',
  'DETAILS',
  'FORM',
  'FIELDSET',
  'CENTER',
  'ADDRESS',
  'HGROUP',
  'DL',
  'TBODY',
  'THEAD',
  'TFOOT',
]);
const PARAGRAPHS = new Set(['P', 'FIGCAPTION', 'SUMMARY', 'DT', 'DD', 'CAPTION', 'LEGEND']);

type Context = { kind: BlockKind; level?: number };

function tagOf(node: Node): string {
  return (node as Element).tagName.toUpperCase();
}

/** Inline text of a subtree: whitespace collapsed, `<br>` kept as a line break. */
function inlineText(node: Node): string {
  let out = '';
  const visit = (n: Node) => {
    if (n.nodeType === TEXT || n.nodeType === CDATA) out += collapseWhitespace(n.nodeValue ?? '');
    else if (n.nodeType === ELEMENT) {
      const tag = tagOf(n);
      if (SKIP.has(tag)) return;
      if (tag === 'BR') out += '\n';
      else if (tag === 'TD' || tag === 'TH') {
        if (out && !out.endsWith('\t')) out += '\t';
        n.childNodes.forEach(visit);
      } else n.childNodes.forEach(visit);
    } else if (n.nodeType === 11) n.childNodes.forEach(visit);
  };
  visit(node);
  return out.replace(/ *\n */g, '\n').replace(/ *\t */g, '\t');
}

function isBlock(node: Node): boolean {
  if (node.nodeType !== ELEMENT) return false;
  const tag = tagOf(node);
  return (
    CONTAINERS.has(tag) ||
    PARAGRAPHS.has(tag) ||
    /^H[1-6]$/.test(tag) ||
    ['BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'TABLE', 'TR', 'HR'].includes(tag)
  );
}

export function domToBlocks(root: Node): { text: string; blocks: BlockTextBuilder['blocks'] } {
  const out = new BlockTextBuilder();

  const walk = (parent: Node, ctx: Context) => {
    let pending: Node[] = [];
    const flush = () => {
      if (!pending.length) return;
      out.add(ctx.kind, pending.map(inlineText).join(''), ctx.level);
      pending = [];
    };
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === ELEMENT && SKIP.has(tagOf(child))) continue;
      if (!isBlock(child)) {
        pending.push(child);
        continue;
      }
      flush();
      block(child, ctx);
    }
    flush();
  };

  const block = (el: Node, ctx: Context) => {
    const tag = tagOf(el);
    const heading = /^H([1-6])$/.exec(tag);
    if (heading) out.add('heading', inlineText(el), Number(heading[1]));
    else if (tag === 'PRE') out.add('pre', el.textContent ?? '');
    else if (tag === 'BLOCKQUOTE') walk(el, { kind: 'quote' });
    else if (tag === 'UL' || tag === 'OL') {
      const level = ctx.kind === 'listItem' ? (ctx.level ?? 1) + 1 : 1;
      for (const li of Array.from(el.childNodes)) {
        if (li.nodeType === ELEMENT && tagOf(li) === 'LI') walk(li, { kind: 'listItem', level });
        else if (li.nodeType === ELEMENT && isBlock(li)) block(li, { kind: 'listItem', level });
      }
    } else if (tag === 'LI') walk(el, { kind: 'listItem', level: ctx.kind === 'listItem' ? ctx.level : 1 });
    else if (tag === 'TABLE' || tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT') {
      for (const row of Array.from(el.childNodes)) if (row.nodeType === ELEMENT) block(row, ctx);
    } else if (tag === 'TR') out.add(ctx.kind === 'listItem' ? 'listItem' : 'paragraph', inlineText(el), ctx.level);
    else if (tag === 'HR') return;
    else if (PARAGRAPHS.has(tag)) {
      // Paragraphs keep the kind of where they stand: a <p> in a quote is quote text.
      if (Array.from(el.childNodes).some(isBlock)) walk(el, ctx);
      else out.add(ctx.kind, inlineText(el), ctx.level);
    } else walk(el, ctx);
  };

  walk(root, { kind: 'paragraph' });
  return { text: out.text, blocks: out.blocks };
}
