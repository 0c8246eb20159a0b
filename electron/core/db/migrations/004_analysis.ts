import type { Migration } from '../migrate';

/**
 * Claims, judgments and the other analytic objects (issue 5).
 *
 * - analytic_object holds every kind in one id space; likelihood is stored as
 *   the scale plus the English term ("ICD203", "likely"), confidence as its word.
 * - evidence links an excerpt to a claim/judgment/hypothesis with a stance and a
 *   credibility 1–6. Excerpts are referenced without ON DELETE CASCADE: deleting
 *   a used excerpt is refused (IN_USE) unless the caller removes the uses.
 * - source.derived_from_id marks a source that repeats another; corroboration
 *   counts the roots of those chains (independent origins), not articles.
 * - check_ack keeps the analyst's acknowledgement of an analytic check with its
 *   reason; the check is still listed, marked acknowledged.
 * - ach_cell holds the ACH consistency ratings (hypothesis × excerpt).
 *
 * Rating changes go to the existing append-only audit_log.
 */
export const migration004Analysis: Migration = {
  version: 4,
  name: 'analysis',
  up(db) {
    db.exec(`
      CREATE TABLE analytic_object (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('claim', 'judgment', 'hypothesis', 'assumption', 'gap', 'indicator')),
        text TEXT NOT NULL CHECK (length(text) > 0),
        notes TEXT NOT NULL DEFAULT '',
        tlp TEXT NOT NULL DEFAULT 'TLP:AMBER'
          CHECK (tlp IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
        likelihood_scale TEXT CHECK (likelihood_scale IN ('ICD203', 'PHIA')),
        likelihood_term TEXT,
        confidence TEXT CHECK (confidence IN ('low', 'moderate', 'high')),
        rationale TEXT NOT NULL DEFAULT '',
        rationale_updated_at INTEGER,
        gap_status TEXT CHECK (gap_status IN ('open', 'closed')),
        -- Text, notes and tags folded (lower case, no accents, ß → ss) for the list's word filter.
        search_text TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK ((likelihood_scale IS NULL) = (likelihood_term IS NULL)),
        CHECK ((kind = 'gap') = (gap_status IS NOT NULL)),
        CHECK (kind IN ('claim', 'judgment', 'hypothesis') OR (likelihood_term IS NULL AND confidence IS NULL))
      ) STRICT;
      CREATE INDEX analytic_object_kind ON analytic_object (kind, created_at);

      CREATE TABLE analytic_tag (
        object_id TEXT NOT NULL REFERENCES analytic_object (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        tag TEXT NOT NULL CHECK (length(tag) > 0),
        PRIMARY KEY (object_id, tag)
      ) STRICT;
      CREATE INDEX analytic_tag_tag ON analytic_tag (tag);

      CREATE TABLE analytic_link (
        from_id TEXT NOT NULL REFERENCES analytic_object (id) ON DELETE CASCADE,
        to_id TEXT NOT NULL REFERENCES analytic_object (id) ON DELETE CASCADE,
        relation TEXT NOT NULL CHECK (relation IN ('weakens', 'indicates', 'assumes', 'supports')),
        created_at INTEGER NOT NULL,
        PRIMARY KEY (from_id, to_id, relation),
        CHECK (from_id <> to_id)
      ) STRICT;
      CREATE INDEX analytic_link_to ON analytic_link (to_id);

      CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        excerpt_id TEXT NOT NULL REFERENCES excerpt (id),
        target_id TEXT NOT NULL REFERENCES analytic_object (id) ON DELETE CASCADE,
        stance TEXT NOT NULL CHECK (stance IN ('supports', 'contradicts', 'context')),
        credibility TEXT CHECK (credibility IN ('1', '2', '3', '4', '5', '6')),
        note TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (excerpt_id, target_id)
      ) STRICT;
      CREATE INDEX evidence_target ON evidence (target_id);

      ALTER TABLE source ADD COLUMN derived_from_id TEXT REFERENCES source (id);
      CREATE INDEX source_derived_from ON source (derived_from_id) WHERE derived_from_id IS NOT NULL;

      CREATE TABLE check_ack (
        check_key TEXT PRIMARY KEY,
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE ach_cell (
        hypothesis_id TEXT NOT NULL REFERENCES analytic_object (id) ON DELETE CASCADE,
        excerpt_id TEXT NOT NULL REFERENCES excerpt (id),
        rating TEXT NOT NULL CHECK (rating IN ('CC', 'C', 'N', 'I', 'II', 'NA')),
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (hypothesis_id, excerpt_id)
      ) STRICT;
      CREATE INDEX ach_cell_excerpt ON ach_cell (excerpt_id);
    `);
  },
};
