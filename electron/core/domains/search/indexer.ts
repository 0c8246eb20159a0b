import type Database from 'better-sqlite3';
import type { DocNode } from '../../../../shared/editor/document';
import { textBlocks } from '../../../../shared/editor/references';
import { stmt } from '../sources/statements';
import { fold, FOLD_VERSION } from './fold';

export type SearchKind = 'source' | 'excerpt' | 'analytic' | 'briefing';

/**
 * search_doc rowids (which are the index's rowids) lie in one band per kind:
 * sources from 1 up, excerpts from 2^40, claims and judgments from 2·2^40,
 * briefings from 3·2^40. FTS5 hands back rowids without touching search_doc,
 * so a hit's kind is known from its rowid: counting by kind and the kind
 * filter need no join. Within a band rowids grow as things are indexed, so
 * walking the index from the top meets the analyst's own excerpts, claims and
 * briefings first, then the newest sources.
 */
export const BAND = 2 ** 40;
const BAND_OF: Record<SearchKind, number> = { source: 0, excerpt: 1, analytic: 2, briefing: 3 };
export const KIND_OF_BAND: readonly SearchKind[] = ['source', 'excerpt', 'analytic', 'briefing'];

/** The rowids of one kind: [from, to). */
export function bandOf(kind: SearchKind): { from: number; to: number } {
  const b = BAND_OF[kind];
  return { from: b * BAND, to: (b + 1) * BAND };
}

/**
 * What search_state.fold_version records: the folding and the rowid layout the
 * index was built with. 1 was FOLD_VERSION 1 with rowids in insertion order
 * (every source already in its band); 2 adds the kind bands. A new folding
 * makes this number new too, and any other version is rebuilt from the case.
 */
export const INDEX_VERSION = 1 + FOLD_VERSION;
const UNBANDED_VERSION = 1;

/** A new search_doc row in its kind's band; returns its rowid. */
function insertDoc(db: Database.Database, kind: SearchKind, id: string, sourceId: string | null): number {
  const { from, to } = bandOf(kind);
  const top = stmt(db, 'SELECT rowid FROM search_doc WHERE rowid >= ? AND rowid < ? ORDER BY rowid DESC LIMIT 1')
    .pluck()
    .get(from, to) as number | undefined;
  const rowid = (top ?? from) + 1;
  stmt(db, 'INSERT INTO search_doc (rowid, kind, ref_id, source_id) VALUES (?, ?, ?, ?)').run(
    rowid,
    kind,
    id,
    sourceId,
  );
  return rowid;
}

/** What a hit's snippet is cut from: the original (unfolded) text of each column. */
export interface IndexedText {
  title: string;
  body: string;
  sourceId: string | null;
  /** What the results list names the hit by (before shortening). */
  label: string;
  /** A source's current version, which `body` is the text of. */
  version: number | null;
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
        `SELECT s.title, s.outlet, s.author, s.notes, s.current_version AS version, v.text,
                (SELECT group_concat(tag, ' ') FROM source_tag WHERE source_id = s.id) AS tags
         FROM source s JOIN source_version v ON v.source_id = s.id AND v.version = s.current_version WHERE s.id = ?`,
      ).get(id) as
        | {
            title: string;
            outlet: string;
            author: string;
            notes: string;
            version: number;
            text: string;
            tags: string | null;
          }
        | undefined;
      if (!r) return null;
      return {
        title: [r.title, r.outlet, r.author, r.tags ?? '', r.notes].join('\n'),
        body: r.text,
        sourceId: id,
        label: r.title,
        version: r.version,
      };
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
        label: r.quote,
        version: null,
      };
    }
    case 'analytic': {
      const r = stmt(
        db,
        `SELECT o.text, o.notes, o.rationale, (SELECT group_concat(tag, ' ') FROM analytic_tag WHERE object_id = o.id) AS tags
         FROM analytic_object o WHERE o.id = ?`,
      ).get(id) as { text: string; notes: string; rationale: string; tags: string | null } | undefined;
      if (!r) return null;
      return {
        title: [r.text, r.tags ?? ''].join('\n'),
        body: [r.notes, r.rationale].join('\n'),
        sourceId: null,
        label: r.text,
        version: null,
      };
    }
    case 'briefing': {
      const r = stmt(db, 'SELECT title, audience, doc FROM briefing WHERE id = ?').get(id) as
        { title: string; audience: string; doc: string } | undefined;
      if (!r) return null;
      const text = textBlocks(JSON.parse(r.doc) as DocNode)
        .map((b) => b.text)
        .join('\n');
      return { title: [r.title, r.audience].join('\n'), body: text, sourceId: null, label: r.title, version: null };
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
  const rowid = existing ?? insertDoc(db, kind, id, text.sourceId);
  stmt(db, 'INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)').run(
    rowid,
    fold(text.title),
    fold(text.body),
  );
}

/**
 * Bulk import: indexes a source the caller inserted in this same transaction,
 * from the values it just wrote instead of reading them back, with the body
 * already folded (the import folds in its parser worker, off the writing
 * thread). Writes exactly the rows `reindex` would for a new source, which has
 * no tags and no notes yet; every other change goes through `reindex`.
 */
export function indexNewSource(
  db: Database.Database,
  id: string,
  source: { title: string; outlet: string; author: string; text: string },
  foldedText: string = fold(source.text),
): void {
  stmt(db, 'INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)').run(
    insertDoc(db, 'source', id, id),
    fold([source.title, source.outlet, source.author, '', ''].join('\n')),
    foldedText,
  );
}

export function unindex(db: Database.Database, kind: SearchKind, id: string): void {
  reindex(db, kind, id);
}

/** In the order things were created, so a rebuilt index keeps "newest at the top" within each band. */
const ALL: readonly [SearchKind, string][] = [
  ['source', 'SELECT id FROM source ORDER BY rowid'],
  ['excerpt', 'SELECT id FROM excerpt ORDER BY rowid'],
  ['analytic', 'SELECT id FROM analytic_object ORDER BY rowid'],
  ['briefing', 'SELECT id FROM briefing ORDER BY rowid'],
];

function setVersion(db: Database.Database): void {
  stmt(
    db,
    'INSERT INTO search_state (id, fold_version) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET fold_version = excluded.fold_version',
  ).run(INDEX_VERSION);
}

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
    setVersion(db);
  }).immediate();
  return n;
}

/**
 * An index from before the kind bands holds the right folded text, and its
 * sources are in their band already (rowids from 1 up): only the excerpts,
 * claims and briefings — a case's few hundred or thousand own items — are
 * indexed again under rowids in their bands. Far quicker than a rebuild on a
 * large case, where that would mean folding every source again.
 */
function bandIndex(db: Database.Database): void {
  db.transaction(() => {
    const moved = stmt(db, `SELECT rowid, kind, ref_id FROM search_doc WHERE kind <> 'source'`).all() as {
      rowid: number;
      kind: SearchKind;
      ref_id: string;
    }[];
    for (const { rowid } of moved) {
      stmt(db, 'DELETE FROM search_fts WHERE rowid = ?').run(rowid);
      stmt(db, 'DELETE FROM search_doc WHERE rowid = ?').run(rowid);
    }
    for (const { kind, ref_id } of moved) reindex(db, kind, ref_id);
    setVersion(db);
  }).immediate();
}

/** Called when a case opens: builds the index if this case has none yet or one from another folding or layout. */
export function ensureIndex(db: Database.Database): void {
  const version = stmt(db, 'SELECT fold_version FROM search_state WHERE id = 1').pluck().get() as number | undefined;
  if (version === INDEX_VERSION) return;
  // Banding is enough only while the folding is still the one version 1 was built with.
  if (version === UNBANDED_VERSION && INDEX_VERSION === 2) bandIndex(db);
  else rebuildIndex(db);
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
    const { from, to } = bandOf(kind);
    const outside = stmt(db, 'SELECT count(*) FROM search_doc WHERE kind = ? AND (rowid < ? OR rowid >= ?)')
      .pluck()
      .get(kind, from, to) as number;
    if (outside) problems.push(`${outside} ${kind} entr(ies) outside their rowid band`);
  }
  return { ok: problems.length === 0, problems };
}
