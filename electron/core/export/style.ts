/**
 * Print CSS of the report. Fonts are named explicitly (only DejaVu is
 * installed on the build machines; DejaVu covers Latin, Greek and Cyrillic).
 * Page margins come from the PDF call, which draws the header and footer in them.
 */
export const REPORT_CSS = `
html { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
body { margin: 0; }
h1, h2, h3, h4, h5, .title, .toc-title, nav, .facts, .meta, table { font-family: 'DejaVu Sans', sans-serif; }
code, pre, .hash { font-family: 'DejaVu Sans Mono', monospace; }
h2 { font-size: 15pt; margin: 1.2em 0 0.5em; break-after: avoid; }
h3 { font-size: 12.5pt; margin: 1em 0 0.4em; break-after: avoid; }
h4, h5 { font-size: 11pt; margin: 0.9em 0 0.3em; break-after: avoid; }
p { margin: 0 0 0.6em; orphans: 2; widows: 2; }
a { color: #0b4f8a; text-decoration: none; }
.screen-marking { display: flex; gap: 0.6em; align-items: center; justify-content: center; padding: 0.4em; font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }
@media print { .screen-marking { display: none; } }
@media screen { body { max-width: 48em; margin: 0 auto; padding: 0 1.5em; } }
.cover { break-after: page; min-height: 200mm; display: flex; flex-direction: column; justify-content: center; }
.cover-mark { margin-bottom: 2.5em; }
.cover .title { font-size: 26pt; font-weight: bold; line-height: 1.2; margin: 0 0 1em; overflow-wrap: anywhere; }
.cover .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.35em 1.2em; margin: 0 0 2.5em; font-size: 11pt; }
.cover .facts dt { font-weight: bold; color: #444; }
.cover .facts dd { margin: 0; overflow-wrap: anywhere; }
.cover .handling { border-top: 2px solid #000; padding-top: 0.6em; font-family: 'DejaVu Sans', sans-serif; font-weight: bold; }
.toc { break-after: page; }
.toc-title { font-size: 15pt; font-weight: bold; margin: 0 0 0.8em; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { margin: 0.25em 0; }
.toc li.lvl-2 { padding-left: 1.2em; }
.toc li.lvl-3 { padding-left: 2.4em; font-size: 0.95em; }
.toc a { display: flex; color: #111; }
.toc .t { flex: 1 1 auto; overflow: hidden; }
.toc .t::after { content: ' . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . '; white-space: nowrap; color: #888; }
.toc .t { white-space: nowrap; text-overflow: clip; }
.toc .pg { flex: 0 0 3em; text-align: right; }
.key-judgments { border: 1.5pt solid #000; border-left-width: 6pt; padding: 0.2em 1em 0.6em; margin: 0 0 1.5em; background: #f3f3f3; -webkit-print-color-adjust: exact; print-color-adjust: exact; break-inside: avoid-page; }
.key-judgments h3 { margin-top: 0.6em; }
.claim .rating, .rating { font-style: italic; color: #333; }
.claim.missing, .warn { color: #a00000; font-weight: bold; }
sup.cite { font-size: 0.7em; line-height: 0; font-family: 'DejaVu Sans', sans-serif; }
sup.cite a { padding: 0 0.1em; }
blockquote { margin: 0.6em 0 0.8em 1em; padding-left: 0.8em; border-left: 3px solid #999; font-style: italic; }
blockquote.missing { color: #a00000; }
table { border-collapse: collapse; font-size: 9pt; }
.doc-table, .grid { width: 100%; margin: 0.6em 0 1em; }
.doc-table td, .doc-table th, .grid td, .grid th { border: 0.5pt solid #777; padding: 0.25em 0.4em; vertical-align: top; text-align: left; }
.notes, .annex { break-before: page; }
/* Short annexes follow on the page of the one before rather than each opening a near-empty page. */
.annex ~ .annex { break-before: auto; margin-top: 2.5em; }
.endnotes { padding-left: 2.2em; font-size: 9pt; }
.endnotes li { margin-bottom: 0.7em; break-inside: avoid; }
.endnotes .quote { margin: 0 0 0.2em; }
.endnotes .translation { margin: 0 0 0.2em; color: #333; }
.endnotes .meta { margin: 0; color: #333; }
.endnotes .src { font-style: italic; }
.endnotes .url, .break { overflow-wrap: anywhere; word-break: break-all; }
.endnotes .back { margin-left: 0.3em; }
.source-card { break-inside: avoid; margin-bottom: 0.7em; padding-bottom: 0.4em; border-bottom: 0.5pt solid #ccc; }
.source-card h3 { font-size: 10pt; margin: 0.4em 0 0.2em; }
.source-card .facts { font-size: 8.5pt; line-height: 1.3; }
.source-card .nums { font-weight: normal; color: #555; }
.facts th { text-align: left; padding: 0.05em 1em 0.05em 0; width: 9em; vertical-align: top; white-space: nowrap; color: #444; }
.facts td { padding: 0.05em 0; overflow-wrap: anywhere; }
.hash { font-size: 7.5pt; word-break: break-all; }
.muted { color: #666; }
`;
