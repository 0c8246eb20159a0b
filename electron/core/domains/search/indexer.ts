import type Database from 'better-sqlite3';
import type { DocNode } from '../../../../shared/editor/document';
import { textBlocks } from '../../../../shared/editor/references';
import { stmt } from '../sources/statements';
import { fold, FOLD_VERSION } from './fold';

export type SearchKind = 'source' | 'excerpt' | 'analytic' | 'briefing';

/** What a hit's snippet is cut from: the original (unfolded) text of each column. */
export interface IndexedText {
  title: string;
  body: string;
  sourceId: string | null;
}

/**
 * The text each kind contributes, read from the case. A source's body is its
 * current version's stored text exactly, so a hit's offset is an offset into
 * that text and the reader can open the passage.
 */
export function textOf(db: Database.Database, kind: SearchKind, id: string): IndexedText | null {
  switch (kind) {
    case 'source': {
      const r = stmt(
        db,
        `SELECT s.title, s.outlet, s.author, s.notes, v.text,
                (SELECT group_concat(tag, ' ') FROM source_tag WHERE source_id = s.id) AS tags
         FROM source s JOIN source_version v ON v.source_id = s.id AND v.version = s.current_version WHERE s.id = ?`,
      ).get(id) as
        { title: string; outlet: string; author: string; notes: string; text: string; tags: string | null } | undefined;
      if (!r) return null;
      return { title: [r.title, r.outlet, r.author, r.tags ?? '', r.notes].join('\n'), body: r.text, sourceId: id };
    }
    case 'excerpt': {
      const r = stmt(
        db,
        `SELECT x.quote, x.comment, x.translation_text, x.source_id,
                (SELECT group_concat(tag, ' ') FROM excerpt_tag WHERE excerpt_id = x.id) AS tags
         FROM excerpt x WHERE x.id = ?`,
      ).get(id) as
        | { quote: string; comment: string; translation_text: string | null; source_id: string; tags: string | null }
        | undefined;
      if (!r) return null;
      return {
        title: r.tags ?? '',
        body: [r.quote, r.translation_text ?? '', r.comment].join('\n'),
        sourceId: r.source_id,
      };
    }
    case 'analytic': {
      const r = stmt(
        db,
        `SELECT o.text, o.notes, o.rationale, (SELECT group_concat(tag, ' ') FROM analytic_tag WHERE object_id = o.id) AS tags
         FROM analytic_object o WHERE o.id = ?`,
      ).get(id) as { text: string; notes: string; rationale: string; tags: string | null } | undefined;
      if (!r) return null;
      return { title: [r.text, r.tags ?? ''].join('\n'), body: [r.notes, r.rationale].join('\n'), sourceId: null };
    }
    case 'briefing': {
      const r = stmt(db, 'SELECT title, audience, doc FROM briefing WHERE id = ?').get(id) as
        { title: string; audience: string; doc: string } | undefined;
      if (!r) return null;
      const text = textBlocks(JSON.parse(r.doc) as DocNode)
        .map((b) => b.text)
        .join('\n');
      return { title: [r.title, r.audience].join('\n'), body: text, sourceId: null };
    }
  }
}

/** (Re)indexes one thing inside the caller's transaction; removes it from the index when it no longer exists. */
export function reindex(db: Database.Database, kind: SearchKind, id: string): void {
  const existing = stmt(db, 'SELECT rowid FROM search_doc WHERE kind = ? AND ref_id = ?').pluck().get(kind, id) as
    number | undefined;
  if (existing !== undefined) stmt(db, 'DELETE FROM search_fts WHERE rowid = ?').run(existing);
  const text = textOf(db, kind, id);
  if (!text) {
    if (existing !== undefined) stmt(db, 'DELETE FROM search_doc WHERE rowid = ?').run(existing);
    return;
  }
  let rowid = existing;
  if (rowid === undefined) {
    rowid = Number(
      stmt(db, 'INSERT INTO search_doc (kind, ref_id, source_id) VALUES (?, ?, ?)').run(kind, id, text.sourceId)
        .lastInsertRowid,
    );
  }
  stmt(db, 'INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)').run(
    rowid,
    fold(text.title),
    fold(text.body),
  );
}

export function unindex(db: Database.Database, kind: SearchKind, id: string): void {
  reindex(db, kind, id);
}

const ALL: readonly [SearchKind, string][] = [
  ['source', 'SELECT id FROM source'],
  ['excerpt', 'SELECT id FROM excerpt'],
  ['analytic', 'SELECT id FROM analytic_object'],
  ['briefing', 'SELECT id FROM briefing'],
];

/** Rebuilds the whole index in one transaction (a case from before search, or after a folding change). */
export function rebuildIndex(db: Database.Database): number {
  let n = 0;
  db.transaction(() => {
    stmt(db, 'DELETE FROM search_doc').run();
    db.exec(`INSERT INTO search_fts (search_fts) VALUES ('delete-all')`);
    for (const [kind, sql] of ALL) {
      for (const id of db.prepare(sql).pluck().all() as string[]) {
        reindex(db, kind, id);
        n += 1;
      }
    }
    stmt(
      db,
      'INSERT INTO search_state (id, fold_version) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET fold_version = excluded.fold_version',
    ).run(FOLD_VERSION);
  }).immediate();
  return n;
}

/** Called when a case opens: builds the index if this case has none yet or one from another folding. */
export function ensureIndex(db: Database.Database): void {
  const version = stmt(db, 'SELECT fold_version FROM search_state WHERE id = 1').pluck().get() as number | undefined;
  if (version !== FOLD_VERSION) rebuildIndex(db);
}

/** FTS5's own consistency check plus: every search_doc row points at something that exists. */
export function checkIndex(db: Database.Database): { ok: boolean; problems: string[] } {
  const problems: string[] = [];
  try {
    db.exec(`INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 0)`);
  } catch (err) {
    problems.push(`fts5 integrity-check: ${(err as Error).message}`);
  }
  for (const [kind] of ALL) {
    const orphans = db
      .prepare(`SELECT ref_id FROM search_doc WHERE kind = ?`)
      .pluck()
      .all(kind)
      .filter((id) => textOf(db, kind, id as string) === null);
    if (orphans.length) problems.push(`${orphans.length} ${kind} entr(ies) point at nothing`);
    const table = kind === 'analytic' ? 'analytic_object' : kind;
    const missing = db
      .prepare(`SELECT count(*) FROM ${table} WHERE id NOT IN (SELECT ref_id FROM search_doc WHERE kind = ?)`)
      .pluck()
      .get(kind) as number;
    if (missing) problems.push(`${missing} ${kind}(s) missing from the index`);
  }
  return { ok: problems.length === 0, problems };
}
