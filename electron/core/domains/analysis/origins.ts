import type Database from 'better-sqlite3';
import { WorkbenchError } from '../../../../shared/contract/errors';
import { stmt } from '../sources/statements';

interface SourceOriginRow {
  id: string;
  title: string;
  derived_from_id: string | null;
}

export interface OriginInfo {
  sourceId: string;
  derivedFromId: string | null;
  originId: string;
  originTitle: string;
}

/**
 * Independent origins: a source marked as derived from another counts as that
 * one's origin, transitively. Twenty articles repeating one agency statement
 * are one origin (TRADECRAFT.md §2). Cycles cannot be stored (origins.set
 * refuses them), but a damaged file must not hang us: a walk stops at a repeat.
 */
export function loadOrigins(db: Database.Database): Map<string, OriginInfo> {
  const rows = stmt(db, 'SELECT id, title, derived_from_id FROM source').all() as SourceOriginRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out = new Map<string, OriginInfo>();
  for (const r of rows) {
    let root = r;
    const seen = new Set<string>([r.id]);
    while (root.derived_from_id && byId.has(root.derived_from_id) && !seen.has(root.derived_from_id)) {
      seen.add(root.derived_from_id);
      root = byId.get(root.derived_from_id)!;
    }
    out.set(r.id, { sourceId: r.id, derivedFromId: r.derived_from_id, originId: root.id, originTitle: root.title });
  }
  return out;
}

export function setDerivedFrom(db: Database.Database, sourceId: string, derivedFromId: string | null): OriginInfo {
  const exists = (id: string) => stmt(db, 'SELECT 1 FROM source WHERE id = ?').get(id) !== undefined;
  if (!exists(sourceId)) throw new WorkbenchError('NOT_FOUND', `No source ${sourceId} in this case.`);
  if (derivedFromId !== null) {
    if (derivedFromId === sourceId) {
      throw new WorkbenchError('INVALID_INPUT', 'A source cannot be derived from itself.');
    }
    if (!exists(derivedFromId)) throw new WorkbenchError('NOT_FOUND', `No source ${derivedFromId} in this case.`);
    // Walking up from the new parent must not reach this source, or the chain would be a loop.
    const origins = loadOrigins(db);
    let cursor: string | null = derivedFromId;
    const seen = new Set<string>();
    while (cursor && !seen.has(cursor)) {
      if (cursor === sourceId) {
        throw new WorkbenchError(
          'INVALID_INPUT',
          'That would make a loop: the other source already derives (directly or through others) from this one.',
        );
      }
      seen.add(cursor);
      cursor = origins.get(cursor)?.derivedFromId ?? null;
    }
  }
  stmt(db, 'UPDATE source SET derived_from_id = ?, updated_at = ? WHERE id = ?').run(
    derivedFromId,
    Date.now(),
    sourceId,
  );
  return loadOrigins(db).get(sourceId)!;
}
