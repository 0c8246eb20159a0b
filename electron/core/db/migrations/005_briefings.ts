import type { Migration } from '../migrate';

/**
 * Briefings (issue 6). The document is tiptap JSON with its doc_version; its
 * live references hold ids only, and briefing_ref lists them (kept in step on
 * every save) so "cited in", IN_USE refusals and markings need no JSON scans.
 * A new edition keeps, in baseline, the referenced judgments as they were when
 * it was made, so "what changed" compares against what the last edition said.
 */
export const migration005Briefings: Migration = {
  version: 5,
  name: 'briefings',
  up(db) {
    db.exec(`
      CREATE TABLE briefing (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) > 0),
        audience TEXT NOT NULL DEFAULT '',
        -- NULL: follow the most restrictive marking of what the briefing cites.
        tlp TEXT CHECK (tlp IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
        handling TEXT NOT NULL DEFAULT '',
        briefing_date INTEGER,
        authors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors)),
        language TEXT NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
        template TEXT NOT NULL CHECK (template IN ('standard', 'bluf', 'blank')),
        doc TEXT NOT NULL CHECK (json_valid(doc)),
        doc_version INTEGER NOT NULL CHECK (doc_version >= 1),
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        word_count INTEGER NOT NULL DEFAULT 0,
        edition INTEGER NOT NULL DEFAULT 1 CHECK (edition >= 1),
        edition_of TEXT REFERENCES briefing (id) ON DELETE SET NULL,
        baseline TEXT CHECK (baseline IS NULL OR json_valid(baseline)),
        dismissed TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(dismissed)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX briefing_updated_at ON briefing (updated_at);
      CREATE INDEX briefing_edition_of ON briefing (edition_of) WHERE edition_of IS NOT NULL;

      CREATE TABLE briefing_ref (
        briefing_id TEXT NOT NULL REFERENCES briefing (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('claim', 'excerpt')),
        ref_id TEXT NOT NULL,
        PRIMARY KEY (briefing_id, kind, ref_id)
      ) STRICT;
      CREATE INDEX briefing_ref_ref ON briefing_ref (kind, ref_id);
    `);
  },
};
