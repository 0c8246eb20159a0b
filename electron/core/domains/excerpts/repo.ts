import type Database from 'better-sqlite3';
import { analysisUsesOf } from '../analysis/repo';
import { briefingUsesOf } from '../briefings/repo';
import { WorkbenchError } from '../../../../shared/contract/errors';
import type {
  AnchorEvent,
  AnchorHistoryEntry,
  AnchorMethod,
  Excerpt,
  ExcerptColour,
  ExcerptStatus,
  PageSpan,
  Translation,
} from '../../../../shared/domain/excerpt';
import { normaliseTags } from '../sources/repo';
import { stmt } from '../sources/statements';
import { foldForSearch } from './anchor';
import { reindex } from '../search/indexer';

/** SQL of the excerpts domain. Plain functions over a connection; callers own the transactions. */

/** The confirmed selector: exact words and context, and where they were last seen exactly (null: never in this case). */
export interface SelectorState {
  quote: string;
  prefix: string;
  suffix: string;
  basisVersion: number | null;
  basisStart: number | null;
  basisEnd: number | null;
}

/** Where the excerpt is shown now. */
export interface Placement {
  version: number;
  status: ExcerptStatus;
  start: number | null;
  end: number | null;
  proposedText: string | null;
  similarity: number | null;
  page: PageSpan | null;
  blockIndex: number | null;
}

export interface StoredExcerpt extends SelectorState, Placement {
  id: string;
  sourceId: string;
}

export interface Row {
  id: string;
  source_id: string;
  source_title: string;
  current_version: number;
  quote: string;
  prefix: string;
  suffix: string;
  basis_version: number | null;
  basis_start: number | null;
  basis_end: number | null;
  version: number;
  status: ExcerptStatus;
  start_offset: number | null;
  end_offset: number | null;
  proposed_text: string | null;
  similarity: number | null;
  page_first: number | null;
  page_first_label: string | null;
  page_last: number | null;
  page_last_label: string | null;
  block_index: number | null;
  colour: ExcerptColour;
  comment: string;
  translation_text: string | null;
  translation_language: string | null;
  created_at: number;
  updated_at: number;
  tags: string;
}

/** The columns of an excerpt row, with its source's title and current version and its tags. */
export const SELECT = `
  SELECT e.*, s.title AS source_title, s.current_version,
         (SELECT json_group_array(tag) FROM (SELECT tag FROM excerpt_tag t WHERE t.excerpt_id = e.id ORDER BY position))
           AS tags
  FROM excerpt e JOIN source s ON s.id = e.source_id`;

function pageOf(r: Row): PageSpan | null {
  if (r.page_first === null || r.page_last === null) return null;
  return {
    first: { page: r.page_first, label: r.page_first_label ?? String(r.page_first) },
    last: { page: r.page_last, label: r.page_last_label ?? String(r.page_last) },
  };
}

function storedOf(r: Row): StoredExcerpt {
  return {
    id: r.id,
    sourceId: r.source_id,
    quote: r.quote,
    prefix: r.prefix,
    suffix: r.suffix,
    basisVersion: r.basis_version,
    basisStart: r.basis_start,
    basisEnd: r.basis_end,
    version: r.version,
    status: r.status,
    start: r.start_offset,
    end: r.end_offset,
    proposedText: r.proposed_text,
    similarity: r.similarity,
    page: pageOf(r),
    blockIndex: r.block_index,
  };
}

export function excerptOf(r: Row): Excerpt {
  const translation: Translation | null =
    r.translation_text !== null ? { text: r.translation_text, language: r.translation_language ?? '' } : null;
  return {
    id: r.id,
    sourceId: r.source_id,
    sourceTitle: r.source_title,
    version: r.version,
    onCurrentVersion: r.version === r.current_version,
    status: r.status,
    start: r.start_offset,
    end: r.end_offset,
    quote: r.quote,
    prefix: r.prefix,
    suffix: r.suffix,
    proposal:
      r.status === 'moved' && r.proposed_text !== null
        ? { text: r.proposed_text, similarity: r.similarity ?? 0 }
        : null,
    page: pageOf(r),
    blockIndex: r.block_index,
    colour: r.colour,
    tags: JSON.parse(r.tags) as string[],
    comment: r.comment,
    translation,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function row(db: Database.Database, id: string): Row {
  const r = stmt(db, `${SELECT} WHERE e.id = ?`).get(id) as Row | undefined;
  if (!r) throw new WorkbenchError('NOT_FOUND', 'There is no such excerpt in this case.', { id });
  return r;
}

export function excerptExists(db: Database.Database, id: string): boolean {
  return stmt(db, 'SELECT 1 FROM excerpt WHERE id = ?').get(id) !== undefined;
}

export function readExcerpt(db: Database.Database, id: string): Excerpt {
  return excerptOf(row(db, id));
}

export function readStored(db: Database.Database, id: string): StoredExcerpt {
  return storedOf(row(db, id));
}

/** Every excerpt of a source, for re-anchoring and export. */
export function storedOfSource(db: Database.Database, sourceId: string): StoredExcerpt[] {
  return (stmt(db, `${SELECT} WHERE e.source_id = ? ORDER BY e.created_at, e.id`).all(sourceId) as Row[]).map(storedOf);
}

/** Every excerpt of the case in text order, as the API shows it and as stored (for the W3C export). */
export function exportRows(db: Database.Database): { excerpt: Excerpt; stored: StoredExcerpt }[] {
  const rows = stmt(
    db,
    `${SELECT} ORDER BY s.title_sort, e.source_id, e.start_offset IS NULL, e.start_offset, e.rowid`,
  );
  return (rows.all() as Row[]).map((r) => ({ excerpt: excerptOf(r), stored: storedOf(r) }));
}

/** An excerpt of this source with these words at this place already exists (or, for an orphan, with these words). */
export function hasTwin(db: Database.Database, sourceId: string, quote: string, p: Placement): boolean {
  const sql =
    p.start === null
      ? "SELECT 1 FROM excerpt WHERE source_id = ? AND quote = ? AND status = 'orphan'"
      : 'SELECT 1 FROM excerpt WHERE source_id = ? AND quote = ? AND version = ? AND start_offset = ? AND end_offset = ?';
  const params = p.start === null ? [sourceId, quote] : [sourceId, quote, p.version, p.start, p.end];
  return stmt(db, sql).get(...params) !== undefined;
}

const placementParams = (p: Placement) => ({
  version: p.version,
  status: p.status,
  start: p.start,
  end: p.end,
  proposedText: p.proposedText,
  similarity: p.similarity,
  pageFirst: p.page?.first.page ?? null,
  pageFirstLabel: p.page?.first.label ?? null,
  pageLast: p.page?.last.page ?? null,
  pageLastLabel: p.page?.last.label ?? null,
  blockIndex: p.blockIndex,
});

export interface NewExcerpt extends SelectorState, Placement {
  id: string;
  sourceId: string;
  colour: ExcerptColour;
  tags: readonly string[];
  comment: string;
  translation: Translation | null;
  now: number;
  /** Kept from an imported annotation; `now` otherwise. */
  createdAt?: number | undefined;
  updatedAt?: number | undefined;
}

export function insertExcerpt(db: Database.Database, e: NewExcerpt): void {
  stmt(
    db,
    `INSERT INTO excerpt (id, source_id, quote, prefix, suffix, basis_version, basis_start, basis_end, version, status,
       start_offset, end_offset, proposed_text, similarity, page_first, page_first_label, page_last, page_last_label,
       block_index, colour, comment, translation_text, translation_language, created_at, updated_at)
     VALUES (@id, @sourceId, @quote, @prefix, @suffix, @basisVersion, @basisStart, @basisEnd, @version, @status,
       @start, @end, @proposedText, @similarity, @pageFirst, @pageFirstLabel, @pageLast, @pageLastLabel,
       @blockIndex, @colour, @comment, @translationText, @translationLanguage, @createdAt, @updatedAt)`,
  ).run({
    ...placementParams(e),
    id: e.id,
    sourceId: e.sourceId,
    quote: e.quote,
    prefix: e.prefix,
    suffix: e.suffix,
    basisVersion: e.basisVersion,
    basisStart: e.basisStart,
    basisEnd: e.basisEnd,
    colour: e.colour,
    comment: e.comment,
    translationText: e.translation?.text ?? null,
    translationLanguage: e.translation?.language ?? null,
    createdAt: e.createdAt ?? e.now,
    updatedAt: e.updatedAt ?? e.now,
  });
  replaceExcerptTags(db, e.id, e.tags);
  refreshSearchText(db, e.id);
}

/** Moves an excerpt; with `selector`, its confirmed words and basis change too (an exact placement or a confirmation). */
export function setPlacement(
  db: Database.Database,
  id: string,
  placement: Placement,
  selector: SelectorState | null,
  now: number,
): void {
  stmt(
    db,
    `UPDATE excerpt SET version = @version, status = @status, start_offset = @start, end_offset = @end,
       proposed_text = @proposedText, similarity = @similarity, page_first = @pageFirst,
       page_first_label = @pageFirstLabel, page_last = @pageLast, page_last_label = @pageLastLabel,
       block_index = @blockIndex, updated_at = @now WHERE id = @id`,
  ).run({ ...placementParams(placement), id, now });
  if (selector) {
    stmt(
      db,
      `UPDATE excerpt SET quote = @quote, prefix = @prefix, suffix = @suffix, basis_version = @basisVersion,
         basis_start = @basisStart, basis_end = @basisEnd WHERE id = @id`,
    ).run({ ...selector, id });
    refreshSearchText(db, id);
  }
}

export function updateAnnotations(
  db: Database.Database,
  id: string,
  patch: { colour?: ExcerptColour; tags?: readonly string[]; comment?: string; translation?: Translation | null },
  now: number,
): void {
  if (patch.colour !== undefined) stmt(db, 'UPDATE excerpt SET colour = ? WHERE id = ?').run(patch.colour, id);
  if (patch.comment !== undefined) {
    stmt(db, 'UPDATE excerpt SET comment = ? WHERE id = ?').run(patch.comment.normalize('NFC'), id);
  }
  if (patch.translation !== undefined) {
    stmt(db, 'UPDATE excerpt SET translation_text = ?, translation_language = ? WHERE id = ?').run(
      patch.translation?.text.normalize('NFC') ?? null,
      patch.translation?.language ?? null,
      id,
    );
  }
  if (patch.tags) replaceExcerptTags(db, id, patch.tags);
  stmt(db, 'UPDATE excerpt SET updated_at = ? WHERE id = ?').run(now, id);
  refreshSearchText(db, id);
}

function replaceExcerptTags(db: Database.Database, id: string, tags: readonly string[]): void {
  stmt(db, 'DELETE FROM excerpt_tag WHERE excerpt_id = ?').run(id);
  const insert = stmt(db, 'INSERT INTO excerpt_tag (excerpt_id, position, tag) VALUES (?, ?, ?)');
  normaliseTags(tags).forEach((tag, i) => insert.run(id, i, tag));
}

/** Keeps the folded search column in step with quote, comment, translation and tags. */
function refreshSearchText(db: Database.Database, id: string): void {
  const r = row(db, id);
  const parts = [r.quote, r.comment, r.translation_text ?? '', ...(JSON.parse(r.tags) as string[])];
  stmt(db, 'UPDATE excerpt SET search_text = ? WHERE id = ?').run(foldForSearch(parts.join('\n')), id);
  reindex(db, 'excerpt', id);
}

export interface HistoryStep {
  event: AnchorEvent;
  method: AnchorMethod;
  from: { version: number; status: ExcerptStatus } | null;
  placement: Placement;
  quote: string;
  previousQuote: string | null;
  at: number;
}

export function appendAnchorHistory(db: Database.Database, excerptId: string, h: HistoryStep): void {
  stmt(
    db,
    `INSERT INTO excerpt_anchor_history (excerpt_id, at, event, method, from_version, from_status, version, status,
       start_offset, end_offset, quote, previous_quote, similarity)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    excerptId,
    h.at,
    h.event,
    h.method,
    h.from?.version ?? null,
    h.from?.status ?? null,
    h.placement.version,
    h.placement.status,
    h.placement.start,
    h.placement.end,
    h.quote,
    h.previousQuote,
    h.placement.similarity,
  );
}

export function anchorHistory(db: Database.Database, excerptId: string): AnchorHistoryEntry[] {
  row(db, excerptId);
  return stmt(
    db,
    `SELECT id, at, event, method, from_version AS fromVersion, from_status AS fromStatus, version, status,
       start_offset AS start, end_offset AS end, quote, previous_quote AS previousQuote, similarity
     FROM excerpt_anchor_history WHERE excerpt_id = ? ORDER BY at, id`,
  ).all(excerptId) as AnchorHistoryEntry[];
}

/**
 * What uses an excerpt: claims, judgments and hypotheses (as evidence, or rated
 * in ACH) and briefings (citations and quotations). `delete` refuses while it
 * is non-empty.
 */
export function usesOf(db: Database.Database, excerptId: string): { kind: string; id: string }[] {
  return [...analysisUsesOf(db, excerptId), ...briefingUsesOf(db, 'excerpt', excerptId)];
}

export function deleteExcerptRow(db: Database.Database, id: string, now: number): void {
  const r = row(db, id);
  stmt(db, 'DELETE FROM excerpt WHERE id = ?').run(id);
  reindex(db, 'excerpt', id);
  // The case's audit log is append-only: it keeps that the excerpt existed and what it quoted.
  stmt(
    db,
    `INSERT INTO audit_log (at, entity_type, entity_id, field, old_value, new_value, reason)
     VALUES (?, 'excerpt', ?, 'deleted', ?, NULL, '')`,
  ).run(now, id, r.quote);
}
