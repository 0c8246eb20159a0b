import { TLP_COLOURS } from '../../../shared/domain/markings';
import type { DocNode } from '../../../shared/editor/document';
import { annexesHtml } from './annexes';
import { renderNode, renderNodes, plainText, type DocRenderContext, type TocEntry } from './docHtml';
import { esc } from './escape';
import { formatDate, labelsFor } from './labels';
import { handlingLine, markingWarnings, tlpLabelHtml } from './marking';
import { Citations } from './notes';
import { REPORT_CSS } from './style';
import type { ExportWarning, RenderOptions, ReportData } from './types';

export interface RenderedReport {
  html: string;
  toc: TocEntry[];
  warnings: ExportWarning[];
  /** The marking and handling line, for page headers and footers. */
  handling: string;
}

/** Section headings that open the key judgments, in both template languages. */
const KEY_HEADINGS = [
  'key judgments',
  'key judgements',
  'kernaussagen',
  'bottom line up front',
  'das wichtigste vorab',
];

/** Splits the top-level blocks into what precedes the key-judgments section, the section, and the rest. */
function splitKeyJudgments(doc: DocNode): { before: DocNode[]; key: DocNode[]; after: DocNode[] } {
  const blocks = doc.content ?? [];
  const start = blocks.findIndex(
    (b) => b.type === 'heading' && KEY_HEADINGS.includes(plainText(b).trim().toLowerCase()),
  );
  if (start < 0) return { before: blocks, key: [], after: [] };
  const level = Number(blocks[start]!.attrs?.level ?? 2);
  let end = start + 1;
  while (end < blocks.length && !(blocks[end]!.type === 'heading' && Number(blocks[end]!.attrs?.level ?? 2) <= level)) {
    end += 1;
  }
  return { before: blocks.slice(0, start), key: blocks.slice(start, end), after: blocks.slice(end) };
}

function isEmptyDoc(doc: DocNode): boolean {
  return !(doc.content ?? []).some((b) => b.type !== 'paragraph' || (b.content ?? []).length > 0);
}

/** The whole report as one self-contained HTML document: no script, nothing remote, print CSS inline. */
export function renderReport(data: ReportData, options: RenderOptions): RenderedReport {
  const b = data.briefing;
  const lang = b.language;
  const l = labelsFor(lang);
  const citations = new Citations(b.doc, data.excerpts, lang);
  const toc: TocEntry[] = [];
  const ctx: DocRenderContext = { language: lang, claims: data.claims, citations, toc };

  const { before, key, after } = splitKeyJudgments(b.doc);
  let body = renderNodes(before, ctx);
  if (key.length) {
    body += `<section class="key-judgments">${key.map((n) => renderNode(n, ctx)).join('')}</section>`;
  }
  body += renderNodes(after, ctx);
  if (isEmptyDoc(b.doc)) body = `<p class="muted">${esc(l.emptyBriefing)}</p>`;

  let notes = '';
  if (citations.notes.length) {
    const id = `notes`;
    toc.push({ id, level: 1, text: l.notes });
    notes = `<section class="notes"><h2 id="${id}">${esc(l.notes)}</h2>${citations.endnotesHtml()}</section>`;
  }
  const annexes = annexesHtml(data, citations.notes, options.annexes, toc);
  const handling = handlingLine(data);
  const warnings = [...citations.warnings(), ...markingWarnings(data, b.doc)];

  const tocHtml = toc.length
    ? `<nav class="toc" aria-label="${esc(l.contents)}"><p class="toc-title">${esc(l.contents)}</p><ol>${toc
        .map((t) => {
          const pg = options.pageNumbers?.get(t.id);
          return `<li class="lvl-${t.level}"><a href="#${t.id}"><span class="t">${esc(t.text)}</span><span class="pg">${pg ?? ''}</span></a></li>`;
        })
        .join('')}</ol></nav>`
    : '';

  const facts = [
    [l.case, data.caseTitle],
    [l.audience, b.audience],
    [l.date, formatDate(b.date ?? data.generatedAt, lang)],
    [l.authors, b.authors.join(', ')],
    ...(b.edition > 1 ? [[l.edition, String(b.edition)]] : []),
  ].filter(([, v]) => v);
  const cover = `<section class="cover">
<div class="cover-mark">${tlpLabelHtml(b.tlp, '16pt')}</div>
<p class="title" role="heading" aria-level="1">${esc(b.title)}</p>
<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
<p class="handling">${esc(handling)}</p>
</section>`;

  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="tlp" content="${esc(b.tlp)}">
<meta name="author" content="${esc(b.authors.join(', '))}">
<title>${esc(`${b.tlp} ${b.title}`)}</title>
<style>${REPORT_CSS}
.tlp-accent { border-color: ${TLP_COLOURS[b.tlp]}; }</style>
</head>
<body>
<header class="screen-marking">${tlpLabelHtml(b.tlp)} <span>${esc(b.handling)}</span></header>
${cover}
${tocHtml}
<main class="body">${body}</main>
${notes}
${annexes}
<footer class="screen-marking">${tlpLabelHtml(b.tlp)} <span>${esc(b.handling)}</span></footer>
</body>
</html>
`;
  return { html, toc, warnings, handling };
}
