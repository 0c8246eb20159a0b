import type { ResolvedExcerpt } from '../../../shared/contract/briefings';
import type { DocNode } from '../../../shared/editor/document';
import { extractReferences } from '../../../shared/editor/references';
import type { BriefingLanguage } from '../../../shared/editor/templates';
import { esc, safeHref } from './escape';
import { formatDate, labelsFor } from './labels';
import type { ExportWarning } from './types';

/** "p. 3–4" / "S. 3" / "para. 2" / "Abs. 2": where in the source the excerpt stands. */
export function excerptLocator(e: ResolvedExcerpt, language: BriefingLanguage): string {
  const l = labelsFor(language);
  if (e.page) {
    const { first, last } = e.page;
    return `${l.pageAbbr} ${first.label}${last.page !== first.page ? `–${last.label}` : ''}`;
  }
  return e.paragraph !== null ? `${l.paragraph} ${e.paragraph}` : '';
}

/** The excerpt's own locator and the writer's pinpoints, without repeating one. */
export function locatorText(e: ResolvedExcerpt, n: Note, language: BriefingLanguage): string {
  return [...new Set([excerptLocator(e, language), ...n.pinpoints].filter(Boolean))].join('; ');
}

export interface Note {
  number: number;
  excerptId: string;
  excerpt: ResolvedExcerpt | undefined;
  /** Pinpoints the writer added to the citations of this excerpt ("§ 4"). */
  pinpoints: string[];
  /** Marker ids in the text pointing at this note, for the links back. */
  markerIds: string[];
}

/**
 * Citation numbering for a report: the numbers come from extractReferences, the
 * same ones the editor shows. Markers are handed out in document order while the
 * body is rendered, so each note can link back to every place that cites it.
 */
export class Citations {
  readonly notes: Note[];
  private readonly byId = new Map<string, Note>();

  constructor(
    doc: DocNode,
    excerpts: Record<string, ResolvedExcerpt>,
    private readonly language: BriefingLanguage,
  ) {
    const refs = extractReferences(doc);
    this.notes = refs.excerptIds.map((id, i) => ({
      number: i + 1,
      excerptId: id,
      excerpt: excerpts[id],
      pinpoints: [],
      markerIds: [],
    }));
    for (const n of this.notes) this.byId.set(n.excerptId, n);
    for (const c of refs.citations) {
      const note = this.byId.get(c.excerptId)!;
      if (c.locator && !note.pinpoints.includes(c.locator)) note.pinpoints.push(c.locator);
    }
  }

  private nextMarker(excerptId: string): { note: Note; id: string } | null {
    const note = this.byId.get(excerptId);
    if (!note) return null;
    const id = `ref-${note.number}-${note.markerIds.length + 1}`;
    note.markerIds.push(id);
    return { note, id };
  }

  marker(excerptId: string): string {
    const m = this.nextMarker(excerptId);
    if (!m) return '';
    return `<sup class="cite"><a id="${m.id}" href="#note-${m.note.number}">${m.note.number}</a></sup>`;
  }

  quoteBlock(excerptId: string): string {
    const m = this.nextMarker(excerptId);
    if (!m) return '';
    const e = m.note.excerpt;
    const quote = e?.exists ? e.quote : labelsFor(this.language).missingExcerpt;
    return `<blockquote class="excerpt${e?.exists ? '' : ' missing'}"><p>${esc(quote)}<sup class="cite"><a id="${m.id}" href="#note-${m.note.number}">${m.note.number}</a></sup></p></blockquote>`;
  }

  warnings(): ExportWarning[] {
    const l = this.language;
    const missing = this.notes.filter((n) => !n.excerpt?.exists);
    const orphaned = this.notes.filter((n) => n.excerpt?.exists && n.excerpt.status === 'orphan');
    const out: ExportWarning[] = [];
    if (missing.length) {
      out.push({
        code: 'EXCERPT_MISSING',
        ids: missing.map((n) => n.excerptId),
        message:
          (l === 'de' ? 'Gelöschte Auszüge zitiert in Anmerkung ' : 'Deleted excerpts cited in note ') +
          missing.map((n) => n.number).join(', '),
      });
    }
    if (orphaned.length) {
      out.push({
        code: 'EXCERPT_ORPHANED',
        ids: orphaned.map((n) => n.excerptId),
        message:
          (l === 'de' ? 'Verwaiste Auszüge zitiert in Anmerkung ' : 'Orphaned excerpts cited in note ') +
          orphaned.map((n) => n.number).join(', '),
      });
    }
    return out;
  }

  /** The endnotes: quote, translation, source, outlet, date, locator and grade, each linked back to its markers. */
  endnotesHtml(): string {
    const l = labelsFor(this.language);
    const items = this.notes.map((n) => {
      const e = n.excerpt;
      const back = n.markerIds
        .map(
          (id, i) =>
            `<a class="back" href="#${id}" aria-label="${esc(l.backToText)}">↩${n.markerIds.length > 1 ? i + 1 : ''}</a>`,
        )
        .join(' ');
      if (!e?.exists) {
        return `<li id="note-${n.number}" value="${n.number}" class="missing"><p class="warn">${esc(l.missingExcerpt)}</p><p class="meta">${esc(n.excerptId)} ${back}</p></li>`;
      }
      const lang =
        e.sourceLanguage && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(e.sourceLanguage)
          ? ` lang="${esc(e.sourceLanguage)}"`
          : '';
      const translation = e.translation
        ? `<p class="translation"><span class="k">${esc(l.translation)} (${esc(e.translation.language)}):</span> ${esc(e.translation.text)}</p>`
        : '';
      const href = safeHref(e.url);
      const locator = locatorText(e, n, this.language);
      const meta = [
        `<span class="src">${esc(e.sourceTitle)}</span>`,
        e.outlet ? esc(e.outlet) : '',
        e.publishedAt !== null ? esc(formatDate(e.publishedAt, this.language)) : '',
        locator ? esc(locator) : '',
        `${esc(l.grade)} ${esc(e.grade)}`,
      ].filter(Boolean);
      const orphan = e.status === 'orphan' ? `<p class="warn">${esc(l.orphanedExcerpt)}</p>` : '';
      const url = href ? `<p class="url"><a href="${esc(href)}">${esc(href)}</a></p>` : '';
      return `<li id="note-${n.number}" value="${n.number}"><p class="quote"${lang}>${this.language === 'de' ? '„' : '“'}${esc(e.quote)}${this.language === 'de' ? '“' : '”'}</p>${translation}<p class="meta">${meta.join(' · ')} ${back}</p>${url}${orphan}</li>`;
    });
    return `<ol class="endnotes">${items.join('')}</ol>`;
  }
}
