import type { Migration } from '../migrate';

/**
 * Full-text search (issue 8). search_fts is a contentless FTS5 index (the
 * folded text is derived, never stored twice; contentless_delete lets a row be
 * replaced) over search_doc, one row per indexed thing. The index is written in
 * the same transaction as every change to what it covers, and can be rebuilt
 * from the case at any time: search_state records the folding it was built
 * with, and a case whose index is missing or older is re-indexed when opened.
 */
export const migration006Search: Migration = {
  version: 6,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE TABLE search_doc (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('source', 'excerpt', 'analytic', 'briefing')),
        ref_id TEXT NOT NULL,
        -- The source a source or excerpt hit belongs to, for the reliability / language / date filters.
        source_id TEXT,
        UNIQUE (kind, ref_id)
      ) STRICT;
      CREATE INDEX search_doc_source ON search_doc (source_id) WHERE source_id IS NOT NULL;

      CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE search_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        fold_version INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE saved_search (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
        query TEXT NOT NULL,
        filters TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(filters)),
        created_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
