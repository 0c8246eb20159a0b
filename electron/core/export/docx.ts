import {
  AlignmentType,
  Bookmark,
  Document,
  FootnoteReferenceRun,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  SimpleField,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { DocNode } from '../../../shared/editor/document';
import { formatDate, labelsFor, ratingWords } from './labels';
import { markingWarnings } from './marking';
import { Citations, locatorText } from './notes';
import type { ExportWarning, ReportData } from './types';
import { TLP_COLOURS } from '../../../shared/domain/markings';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

/** Word's XML refuses control characters; drop them rather than write a file Word will not open. */
// eslint-disable-next-line no-control-regex -- exactly these characters are invalid in XML 1.0
const clean = (t: string) => t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/**
 * A later citation of an excerpt already footnoted: Word's own cross-reference to
 * that footnote (NOTEREF … \f formats it as a footnote mark), with the number as
 * its shown value, so Word, the editor and the PDF's endnotes all give one excerpt
 * one number. A second real footnote would make Word count it as a new number.
 */
class NoteRef extends SimpleField {
  constructor(bookmark: string, number: number) {
    super(`NOTEREF ${bookmark} \\f \\h`);
    this.root.push(new TextRun({ text: String(number), superScript: true }));
  }
}

/** Bookmark names of the first reference to each footnote (hidden: they start with an underscore). */
const noteBookmark = (n: number) => `_RefNote${n}`;

/**
 * DOCX with real Word footnotes and real headings: one footnote per cited excerpt
 * (its first citation, numbered by Word in the order the editor numbers them),
 * later citations of it a cross-reference showing the same number.
 */
export async function renderDocx(data: ReportData): Promise<{ bytes: Uint8Array; warnings: ExportWarning[] }> {
  const b = data.briefing;
  const lang = b.language;
  const l = labelsFor(lang);
  const citations = new Citations(b.doc, data.excerpts, lang);
  const byId = new Map(citations.notes.map((n) => [n.excerptId, n]));
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  /** The Word footnote id of each excerpt already footnoted. */
  const footnoted = new Map<string, number>();
  let nextFootnote = 1;

  const footnoteFor = (excerptId: string): ParagraphChild[] => {
    const n = byId.get(excerptId);
    if (!n) return [];
    if (footnoted.has(excerptId)) return [new NoteRef(noteBookmark(n.number), n.number)];
    const e = n.excerpt;
    const text = e?.exists
      ? [
          `„${e.quote}“`,
          e.translation ? `${l.translation}: ${e.translation.text}` : '',
          e.sourceTitle,
          e.outlet,
          e.publishedAt !== null ? formatDate(e.publishedAt, lang) : '',
          locatorText(e, n, lang),
          `${l.grade} ${e.grade}`,
          e.url,
          e.status === 'orphan' ? l.orphanedExcerpt : '',
        ]
          .filter(Boolean)
          .join('. ')
      : `${l.missingExcerpt} (${excerptId})`;
    const id = nextFootnote++;
    footnoted.set(excerptId, id);
    footnotes[id] = { children: [new Paragraph({ children: [new TextRun(clean(text))] })] };
    return [new Bookmark({ id: noteBookmark(n.number), children: [new FootnoteReferenceRun(id)] })];
  };

  const runs = (nodes: readonly DocNode[] | undefined): ParagraphChild[] =>
    (nodes ?? []).flatMap((n): ParagraphChild[] => {
      if (n.type === 'text') {
        const marks = new Set((n.marks ?? []).map((m) => m.type));
        return [
          new TextRun({
            text: clean(n.text ?? ''),
            bold: marks.has('bold'),
            italics: marks.has('italic'),
            strike: marks.has('strike'),
            underline: marks.has('underline') ? {} : undefined,
          }),
        ];
      }
      if (n.type === 'hardBreak') return [new TextRun({ break: 1 })];
      if (n.type === 'citation') return footnoteFor(String(n.attrs?.excerptId ?? ''));
      if (n.type === 'claimRef') {
        const c = data.claims[String(n.attrs?.claimId ?? '')];
        if (!c?.exists) return [new TextRun(l.missingClaim)];
        return [new TextRun(clean(c.text)), new TextRun({ text: ` (${ratingWords(c, lang)})`, italics: true })];
      }
      return runs(n.content);
    });

  const blocks = (nodes: readonly DocNode[] | undefined, list = 0): Paragraph[] =>
    (nodes ?? []).flatMap((n): Paragraph[] => {
      switch (n.type) {
        case 'heading': {
          const level = Math.min(Math.max(Number(n.attrs?.level ?? 2), 1), 4);
          return [new Paragraph({ heading: HEADINGS[level - 1], children: runs(n.content) })];
        }
        case 'paragraph':
          return [new Paragraph({ children: runs(n.content), ...(list ? { bullet: { level: list - 1 } } : {}) })];
        case 'bulletList':
        case 'orderedList':
          return (n.content ?? []).flatMap((li) => blocks(li.content, Math.min(list + 1, 9)));
        case 'excerptQuote': {
          const id = String(n.attrs?.excerptId ?? '');
          const e = data.excerpts[id];
          return [
            new Paragraph({
              style: 'IntenseQuote',
              children: [
                new TextRun({ text: clean(e?.exists ? e.quote : l.missingExcerpt), italics: true }),
                ...footnoteFor(id),
              ],
            }),
          ];
        }
        case 'blockquote':
          return blocks(n.content, list).map((p) => p);
        case 'table':
          // Tables flatten to one paragraph per row: readable, and every citation still becomes a footnote.
          return (n.content ?? []).map(
            (row) =>
              new Paragraph({
                children: (row.content ?? []).flatMap((cell, i) => [
                  ...(i ? [new TextRun(' | ')] : []),
                  ...(cell.content ?? []).flatMap((p) => runs(p.content)),
                ]),
              }),
          );
        default:
          return n.content ? blocks(n.content, list) : [];
      }
    });

  const marking = (extra: ParagraphChild[] = []) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({
          text: ` ${b.tlp} `,
          bold: true,
          color: TLP_COLOURS[b.tlp].slice(1),
          shading: { type: ShadingType.SOLID, color: '000000', fill: '000000' },
        }),
        new TextRun(b.handling ? `  ${clean(b.handling)}` : ''),
        ...extra,
      ],
    });

  const body = blocks(b.doc.content);
  const doc = new Document({
    creator: b.authors.join(', ') || 'Analyst Workbench',
    title: b.title,
    subject: `${b.tlp} ${b.handling}`.trim(),
    keywords: `${b.tlp}, ${data.caseTitle}`,
    styles: { default: { document: { run: { font: 'DejaVu Serif', size: 21 } } } },
    footnotes,
    sections: [
      {
        headers: { default: new Header({ children: [marking()] }) },
        footers: {
          default: new Footer({
            children: [
              marking([
                new TextRun({ children: [`   ${l.page} `, PageNumber.CURRENT, ` ${l.of} `, PageNumber.TOTAL_PAGES] }),
              ]),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(clean(b.title))] }),
          new Paragraph({ children: [new TextRun(`${l.case}: ${clean(data.caseTitle)}`)] }),
          ...(b.audience ? [new Paragraph({ children: [new TextRun(`${l.audience}: ${clean(b.audience)}`)] })] : []),
          new Paragraph({ children: [new TextRun(`${l.date}: ${formatDate(b.date ?? data.generatedAt, lang)}`)] }),
          ...(b.authors.length
            ? [new Paragraph({ children: [new TextRun(`${l.authors}: ${clean(b.authors.join(', '))}`)] })]
            : []),
          ...(body.length ? body : [new Paragraph({ children: [new TextRun(l.emptyBriefing)] })]),
        ],
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return { bytes, warnings: [...citations.warnings(), ...markingWarnings(data, b.doc)] };
}
