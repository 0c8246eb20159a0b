import type { ResolvedClaim } from '../../../shared/contract/briefings';
import type { DocNode } from '../../../shared/editor/document';
import type { BriefingLanguage } from '../../../shared/editor/templates';
import { esc, safeHref } from './escape';
import { labelsFor, ratingWords } from './labels';
import type { Citations } from './notes';

/** A heading of the body as the table of contents lists it. */
export interface TocEntry {
  id: string;
  level: number;
  text: string;
}

export interface DocRenderContext {
  language: BriefingLanguage;
  claims: Record<string, ResolvedClaim>;
  citations: Citations;
  toc: TocEntry[];
}

export function plainText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(plainText).join('');
}

function marked(node: DocNode): string {
  let html = esc(node.text ?? '');
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case 'bold':
        html = `<strong>${html}</strong>`;
        break;
      case 'italic':
        html = `<em>${html}</em>`;
        break;
      case 'underline':
        html = `<u>${html}</u>`;
        break;
      case 'strike':
        html = `<s>${html}</s>`;
        break;
      case 'code':
        html = `<code>${html}</code>`;
        break;
      case 'link': {
        const href = safeHref(mark.attrs?.href);
        if (href) html = `<a href="${esc(href)}">${html}</a>`;
        break;
      }
      default:
        break; // unknown marks: the text stays, its styling goes
    }
  }
  return html;
}

/**
 * Walks tiptap JSON and writes HTML without a DOM: every text and attribute is
 * escaped, unknown nodes keep only their text, so nothing in a document can
 * become markup or script in the report.
 */
export function renderNodes(nodes: readonly DocNode[] | undefined, ctx: DocRenderContext): string {
  return (nodes ?? []).map((n) => renderNode(n, ctx)).join('');
}

function cellAttrs(node: DocNode): string {
  const span = (name: string) => {
    const v = Number(node.attrs?.[name]);
    return Number.isInteger(v) && v > 1 && v < 100 ? ` ${name}="${v}"` : '';
  };
  return span('colspan') + span('rowspan');
}

export function renderNode(node: DocNode, ctx: DocRenderContext): string {
  const inner = () => renderNodes(node.content, ctx);
  switch (node.type) {
    case 'text':
      return marked(node);
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'heading': {
      const raw = Number(node.attrs?.level);
      const level = Number.isInteger(raw) ? Math.min(Math.max(raw, 1), 4) : 2;
      // The cover holds the title; body headings start one level down so h1 stays for top-level parts.
      const tag = `h${Math.min(level + 1, 5)}`;
      const id = `sec-${ctx.toc.length + 1}`;
      const text = plainText(node).trim();
      if (level <= 3 && text) ctx.toc.push({ id, level, text });
      return `<${tag} id="${id}">${inner()}</${tag}>`;
    }
    case 'bulletList':
      return `<ul>${inner()}</ul>`;
    case 'orderedList': {
      const start = Number(node.attrs?.start);
      return `<ol${Number.isInteger(start) && start > 1 ? ` start="${start}"` : ''}>${inner()}</ol>`;
    }
    case 'listItem':
      return `<li>${inner()}</li>`;
    case 'blockquote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'codeBlock':
      return `<pre><code>${esc(plainText(node))}</code></pre>`;
    case 'horizontalRule':
      return '<hr>';
    case 'hardBreak':
      return '<br>';
    case 'table':
      return `<table class="doc-table"><tbody>${inner()}</tbody></table>`;
    case 'tableRow':
      return `<tr>${inner()}</tr>`;
    case 'tableHeader':
      return `<th${cellAttrs(node)}>${inner()}</th>`;
    case 'tableCell':
      return `<td${cellAttrs(node)}>${inner()}</td>`;
    case 'claimRef':
      return claimRef(node, ctx);
    case 'citation':
      return ctx.citations.marker(String(node.attrs?.excerptId ?? ''));
    case 'excerptQuote':
      return ctx.citations.quoteBlock(String(node.attrs?.excerptId ?? ''));
    default:
      return node.content ? inner() : esc(node.text ?? '');
  }
}

function claimRef(node: DocNode, ctx: DocRenderContext): string {
  const claim = ctx.claims[String(node.attrs?.claimId ?? '')];
  if (!claim?.exists) return `<span class="claim missing">${esc(labelsFor(ctx.language).missingClaim)}</span>`;
  return `<span class="claim">${esc(claim.text)} <span class="rating">(${esc(ratingWords(claim, ctx.language))})</span></span>`;
}
