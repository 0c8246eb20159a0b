import type { DocNode } from '../../../shared/editor/document';
import { safeHref } from './escape';
import { formatDate, labelsFor, ratingWords } from './labels';
import { handlingLine, markingWarnings } from './marking';
import { Citations, locatorText } from './notes';
import type { ExportWarning, ReportData } from './types';

/** Escapes Markdown syntax and raw HTML so document text stays text in any renderer. */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_[\]{}<>#|!~]/g, '\\$&').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

function inline(nodes: readonly DocNode[] | undefined, data: ReportData): string {
  return (nodes ?? [])
    .map((n) => {
      if (n.type === 'text') {
        let t = mdEscape(n.text ?? '');
        for (const m of n.marks ?? []) {
          if (m.type === 'bold') t = `**${t}**`;
          else if (m.type === 'italic') t = `*${t}*`;
          else if (m.type === 'strike') t = `~~${t}~~`;
          else if (m.type === 'code') t = `\`${(n.text ?? '').replace(/`/g, "'")}\``;
          else if (m.type === 'link') {
            const href = safeHref(m.attrs?.href);
            if (href) t = `[${t}](<${href.replace(/[<>]/g, encodeURIComponent)}>)`;
          }
        }
        return t;
      }
      if (n.type === 'hardBreak') return '\\\n';
      if (n.type === 'citation') {
        const num = noteNumber(data, String(n.attrs?.excerptId ?? ''));
        return num ? `[^${num}]` : '';
      }
      if (n.type === 'claimRef') {
        const c = data.claims[String(n.attrs?.claimId ?? '')];
        return c?.exists
          ? `${mdEscape(c.text)} *(${ratingWords(c, data.briefing.language)})*`
          : mdEscape(labelsFor(data.briefing.language).missingClaim);
      }
      return inline(n.content, data);
    })
    .join('');
}

let numbers: Map<string, number> = new Map();
const noteNumber = (_data: ReportData, id: string) => numbers.get(id) ?? 0;

function block(n: DocNode, data: ReportData, indent = ''): string {
  switch (n.type) {
    case 'heading':
      return `${'#'.repeat(Math.min(Number(n.attrs?.level ?? 2) + 1, 6))} ${inline(n.content, data)}`;
    case 'paragraph':
      return indent + inline(n.content, data);
    case 'bulletList':
    case 'orderedList':
      return (n.content ?? [])
        .map((li, i) => {
          const bullet = n.type === 'bulletList' ? '- ' : `${i + 1}. `;
          const inner = (li.content ?? []).map((c) => block(c, data, '')).join('\n\n');
          return indent + bullet + inner.replace(/\n/g, `\n${indent}${' '.repeat(bullet.length)}`);
        })
        .join('\n');
    case 'blockquote':
      return (n.content ?? [])
        .map((c) => block(c, data))
        .join('\n\n')
        .replace(/^/gm, '> ');
    case 'codeBlock':
      return `\`\`\`\n${(n.content ?? [])
        .map((c) => c.text ?? '')
        .join('')
        .replace(/```/g, '`\u200b``')}\n\`\`\``;
    case 'horizontalRule':
      return '---';
    case 'excerptQuote': {
      const id = String(n.attrs?.excerptId ?? '');
      const e = data.excerpts[id];
      const quote = e?.exists ? mdEscape(e.quote) : mdEscape(labelsFor(data.briefing.language).missingExcerpt);
      return numbers.has(id) ? `> ${quote.replace(/\n/g, '\n> ')}[^${numbers.get(id)}]` : '';
    }
    case 'table': {
      const rows = (n.content ?? []).map((r) =>
        (r.content ?? []).map((c) => (c.content ?? []).map((p) => inline(p.content, data)).join(' ')),
      );
      if (!rows.length) return '';
      const width = Math.max(...rows.map((r) => r.length));
      const line = (r: string[]) => `| ${[...r, ...Array(width - r.length).fill('')].join(' | ')} |`;
      return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
    }
    default:
      return inline(n.content, data);
  }
}

/** Markdown with footnotes ([^1]); numbers are the editor's, notes hold quote, source and grade. */
export function renderMarkdown(data: ReportData): { text: string; warnings: ExportWarning[] } {
  const b = data.briefing;
  const l = labelsFor(b.language);
  const citations = new Citations(b.doc, data.excerpts, b.language);
  numbers = new Map(citations.notes.map((n) => [n.excerptId, n.number]));
  const lines: string[] = [
    `**${mdEscape(handlingLine(data))}**`,
    '',
    `# ${mdEscape(b.title)}`,
    '',
    `- ${l.case}: ${mdEscape(data.caseTitle)}`,
    ...(b.audience ? [`- ${l.audience}: ${mdEscape(b.audience)}`] : []),
    `- ${l.date}: ${formatDate(b.date ?? data.generatedAt, b.language)}`,
    ...(b.authors.length ? [`- ${l.authors}: ${mdEscape(b.authors.join(', '))}`] : []),
    '',
  ];
  const body = (b.doc.content ?? []).map((n) => block(n, data)).filter((s) => s.trim() !== '');
  lines.push(...(body.length ? body.join('\n\n').split('\n') : [`*${l.emptyBriefing}*`]), '');
  for (const n of citations.notes) {
    const e = n.excerpt;
    if (!e?.exists) {
      lines.push(`[^${n.number}]: ${mdEscape(l.missingExcerpt)} (${mdEscape(n.excerptId)})`);
      continue;
    }
    const parts = [
      `„${mdEscape(e.quote.replace(/\s*\n\s*/g, ' '))}“`,
      e.translation ? `${l.translation}: ${mdEscape(e.translation.text.replace(/\s*\n\s*/g, ' '))}` : '',
      mdEscape(e.sourceTitle),
      e.outlet ? mdEscape(e.outlet) : '',
      e.publishedAt !== null ? formatDate(e.publishedAt, b.language) : '',
      mdEscape(locatorText(e, n, b.language)),
      `${l.grade} ${e.grade}`,
      safeHref(e.url) ? `<${safeHref(e.url)}>` : '',
      e.status === 'orphan' ? mdEscape(l.orphanedExcerpt) : '',
    ].filter(Boolean);
    lines.push(`[^${n.number}]: ${parts.join('. ')}`);
  }
  lines.push('', `**${mdEscape(handlingLine(data))}**`, '');
  return { text: lines.join('\n'), warnings: [...citations.warnings(), ...markingWarnings(data, b.doc)] };
}
