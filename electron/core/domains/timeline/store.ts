/**
 * The stored timeline: events per source in timeline_event, and in
 * timeline_source what they were computed from. `syncTimeline` finds, with one
 * indexed join, every source whose events are missing or stale (new version,
 * changed publication date or language, newer extractor) and recomputes just
 * those in one IMMEDIATE transaction; deleted sources take their events with them
 * (ON DELETE CASCADE). Reading the timeline always syncs first, so it can never
 * show events of a text or a publication date the source no longer has, whatever
 * path changed the source.
 */
import type Database from 'better-sqlite3';
import type { TimelineEvent, TimelineInput, TimelineOutput } from '../../../../shared/contract/timeline';
import { stmt } from '../sources/statements';
import { dayOfInstant, iso } from './calendar';
import { EXTRACTOR_VERSION, extractDateMentions } from './extract';

interface StaleRow {
  id: string;
  version: number;
  published_at: number | null;
  imported_at: number;
  language: 'de' | 'en' | 'other';
}

const STALE_SQL = `
  SELECT s.id, s.current_version AS version, s.published_at, s.imported_at, s.language
  FROM source s LEFT JOIN timeline_source t ON t.source_id = s.id
  WHERE t.source_id IS NULL
     OR t.version <> s.current_version
     OR t.reference_at <> coalesce(s.published_at, s.imported_at)
     OR t.reference_kind <> (CASE WHEN s.published_at IS NULL THEN 'imported' ELSE 'published' END)
     OR t.language <> s.language
     OR t.extractor_version <> ?`;

/** Recomputes one source's events inside the caller's transaction. */
function computeSource(db: Database.Database, row: StaleRow): void {
  const referenceAt = row.published_at ?? row.imported_at;
  const referenceKind = row.published_at === null ? 'imported' : 'published';
  stmt(db, 'DELETE FROM timeline_source WHERE source_id = ?').run(row.id);
  stmt(
    db,
    `INSERT INTO timeline_source (source_id, version, reference_at, reference_kind, language, extractor_version)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.version, referenceAt, referenceKind, row.language, EXTRACTOR_VERSION);
  const insert = stmt(
    db,
    `INSERT INTO timeline_event (source_id, version, kind, date_start, date_end, precision, part, resolution,
       start_offset, end_offset, mention, sentence, sentence_start, sentence_end)
     VALUES (@sourceId, @version, @kind, @dateStart, @dateEnd, @precision, @part, @resolution,
       @start, @end, @mention, @sentence, @sentenceStart, @sentenceEnd)`,
  );
  if (row.published_at !== null) {
    const day = iso(dayOfInstant(row.published_at));
    insert.run({
      sourceId: row.id, version: row.version, kind: 'published', dateStart: day, dateEnd: day, precision: 'day',
      part: null, resolution: 'metadata', start: null, end: null, mention: '', sentence: '',
      sentenceStart: null, sentenceEnd: null,
    }); // prettier-ignore
  }
  const text = stmt(db, 'SELECT text FROM source_version WHERE source_id = ? AND version = ?')
    .pluck()
    .get(row.id, row.version) as string | undefined;
  for (const m of extractDateMentions(text ?? '', referenceAt, row.language)) {
    insert.run({
      sourceId: row.id,
      version: row.version,
      kind: 'mention',
      dateStart: iso(m.range.start),
      dateEnd: iso(m.range.end),
      precision: m.precision,
      part: m.part,
      resolution: m.resolution,
      start: m.start,
      end: m.end,
      mention: m.text,
      sentence: (text ?? '').slice(m.sentenceStart, m.sentenceEnd),
      sentenceStart: m.sentenceStart,
      sentenceEnd: m.sentenceEnd,
    });
  }
}

/** Brings every stale source's events up to date; returns how many sources were recomputed. */
export function syncTimeline(db: Database.Database): number {
  const stale = stmt(db, STALE_SQL).all(EXTRACTOR_VERSION) as StaleRow[];
  if (stale.length === 0) return 0;
  db.transaction(() => {
    // Re-read inside the write lock: another writer may have changed a source since.
    for (const row of stmt(db, STALE_SQL).all(EXTRACTOR_VERSION) as StaleRow[]) computeSource(db, row);
  }).immediate();
  return stale.length;
}

interface EventRow {
  id: number;
  kind: TimelineEvent['kind'];
  source_id: string;
  title: string;
  version: number;
  date_start: string;
  date_end: string;
  precision: TimelineEvent['precision'];
  part: TimelineEvent['part'];
  resolution: TimelineEvent['resolution'];
  reference_at: number;
  reference_kind: TimelineEvent['referenceKind'];
  start_offset: number | null;
  end_offset: number | null;
  mention: string;
  sentence: string;
  sentence_start: number | null;
  sentence_end: number | null;
}

function toEvent(r: EventRow): TimelineEvent {
  return {
    id: r.id,
    kind: r.kind,
    sourceId: r.source_id,
    sourceTitle: r.title,
    version: r.version,
    dateStart: r.date_start,
    dateEnd: r.date_end,
    precision: r.precision,
    part: r.part,
    resolution: r.resolution,
    referenceDate: iso(dayOfInstant(r.reference_at)),
    referenceKind: r.reference_kind,
    start: r.start_offset,
    end: r.end_offset,
    mention: r.mention,
    sentence: r.sentence,
    sentenceStart: r.sentence_start,
    sentenceEnd: r.sentence_end,
  };
}

/** The filtered timeline, after a sync. */
export function listTimeline(db: Database.Database, input: TimelineInput): TimelineOutput {
  const refreshed = syncTimeline(db);
  const where: string[] = [];
  const params: unknown[] = [];
  // Overlap with [from, to]: a month mention counts for any day of it.
  if (input.from) {
    where.push('e.date_end >= ?');
    params.push(input.from);
  }
  if (input.to) {
    where.push('e.date_start <= ?');
    params.push(input.to);
  }
  if (input.kinds?.length) {
    where.push(`e.kind IN (${input.kinds.map(() => '?').join(', ')})`);
    params.push(...input.kinds);
  }
  if (input.sourceIds) {
    if (input.sourceIds.length === 0) return { total: 0, items: [], refreshed };
    where.push(`e.source_id IN (${input.sourceIds.map(() => '?').join(', ')})`);
    params.push(...input.sourceIds);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = db
    .prepare(`SELECT count(*) FROM timeline_event e ${filter}`)
    .pluck()
    .get(...params) as number;
  const rows = db
    .prepare(
      `SELECT e.*, s.title, t.reference_at, t.reference_kind
       FROM timeline_event e JOIN source s ON s.id = e.source_id JOIN timeline_source t ON t.source_id = e.source_id
       ${filter}
       ORDER BY e.date_start, e.date_end, s.title_sort, e.source_id, e.kind DESC, e.start_offset
       LIMIT ? OFFSET ?`,
    )
    .all(...params, input.limit, input.offset) as EventRow[];
  return { total, items: rows.map(toEvent), refreshed };
}
