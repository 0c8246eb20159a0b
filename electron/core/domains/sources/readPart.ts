import type Database from 'better-sqlite3';
import { WorkbenchError } from '../../../../shared/contract/errors';
import type { PartHighlight, SourceVersionPart } from '../../../../shared/contract/sources';
import type { TextBlock, TextPage } from '../../../../shared/domain/source';
import { readVersionMeta } from './repo';
import { stmt } from './statements';

/**
 * Where a part that starts at `from` ends: after whole blocks, as many as fit in
 * `maxChars` (at least one, so every part makes progress), at the start of the
 * first block left out, or at the end of the text with the last one. A text
 * without blocks is one part (the reader shows it as one paragraph).
 */
export function partEnd(blocks: readonly TextBlock[], length: number, from: number, maxChars: number): number {
  let i = 0;
  while (i < blocks.length && blocks[i]!.start < from) i++;
  if (i >= blocks.length) return length;
  let next = i + 1;
  while (next < blocks.length && blocks[next]!.end - from <= maxChars) next++;
  return next < blocks.length ? blocks[next]!.start : length;
}

/**
 * One part of a version's text for reading it first screen first (sources.read): its
 * stretch of the text, the blocks that start in it (offsets into the whole text), and
 * the version's facts, metadata and pages.
 *
 * Only the prefix up to the part's end is read from the row: SQLite's substr stops
 * there, where reading the whole column of a 5 MB text costs tens of milliseconds
 * before a single byte is sent. substr counts code points, JavaScript offsets count
 * UTF-16 units (one or two per code point), so `end` code points always hold the
 * first `end` units.
 */
export function readVersionPart(
  db: Database.Database,
  sourceId: string,
  version: number | undefined,
  from: number,
  maxChars: number,
): SourceVersionPart {
  const meta = readVersionMeta(db, sourceId, version);
  const row = stmt(db, 'SELECT blocks, pages FROM source_version WHERE source_id = ? AND version = ?').get(
    sourceId,
    meta.version,
  ) as { blocks: string; pages: string | null };
  const length = meta.charCount;
  if (from > length) {
    throw new WorkbenchError(
      'INVALID_INPUT',
      `This version has ${length} characters; a part cannot start at ${from}.`,
      {
        from,
        charCount: length,
      },
    );
  }
  const allBlocks = JSON.parse(row.blocks) as TextBlock[];
  const end = partEnd(allBlocks, length, from, maxChars);
  const prefix = stmt(db, 'SELECT substr(text, 1, ?) FROM source_version WHERE source_id = ? AND version = ?')
    .pluck()
    .get(end, sourceId, meta.version) as string;
  return {
    ...meta,
    start: from,
    end,
    complete: end >= length,
    text: prefix.slice(from, end),
    blocks: allBlocks.filter((b) => b.start >= from && b.start < end),
    pages: row.pages === null ? null : (JSON.parse(row.pages) as TextPage[]),
  };
}

/**
 * The excerpts of this version that overlap [from, end), as the reader paints them (the
 * rules of its toHighlights: not orphaned, a non-empty range), in its order.
 */
export function readPartHighlights(
  db: Database.Database,
  sourceId: string,
  version: number,
  from: number,
  end: number,
): PartHighlight[] {
  return stmt(
    db,
    `SELECT id, start_offset AS start, end_offset AS "end", colour, status FROM excerpt
     WHERE source_id = ? AND version = ? AND status <> 'orphan'
       AND start_offset IS NOT NULL AND end_offset > start_offset AND start_offset < ? AND end_offset > ?
     ORDER BY start_offset, end_offset DESC, id`,
  ).all(sourceId, version, end, from) as PartHighlight[];
}
