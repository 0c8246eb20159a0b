import type { Migration } from '../migrate';

/**
 * Excerpts (issue 4). An excerpt keeps two things apart:
 *
 * - its confirmed selector — the exact quote with 32 characters of context on
 *   each side, and (basis_*) the version and offsets where the analyst or an
 *   exact re-anchoring last saw exactly those words;
 * - its current placement — the version it is shown in, its status there
 *   (anchored, moved = proposed and awaiting confirmation, orphan = no place)
 *   and, unless orphan, its range in that version's text.
 *
 * Re-anchoring always starts from the confirmed selector, so an unconfirmed
 * proposal never becomes the basis of the next one. Every placement change
 * appends a row to excerpt_anchor_history, which keeps the old quote when a
 * confirmation or a manual re-anchoring replaces it.
 *
 * An excerpt references its source without ON DELETE CASCADE: deleting a
 * source that excerpts cite is refused (IN_USE), and the foreign key backs that up.
 */
export const migration003Excerpts: Migration = {
  version: 3,
  name: 'excerpts',
  up(db) {
    db.exec(`
      CREATE TABLE excerpt (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES source (id),
        quote TEXT NOT NULL CHECK (length(quote) > 0),
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        basis_version INTEGER,
        basis_start INTEGER,
        basis_end INTEGER,
        version INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('anchored', 'moved', 'orphan')),
        start_offset INTEGER,
        end_offset INTEGER,
        -- moved only: the words at the proposed range, and their similarity to quote and context (0–1)
        proposed_text TEXT,
        similarity REAL,
        page_first INTEGER,
        page_first_label TEXT,
        page_last INTEGER,
        page_last_label TEXT,
        block_index INTEGER,
        colour TEXT NOT NULL DEFAULT 'yellow'
          CHECK (colour IN ('yellow', 'green', 'blue', 'pink', 'purple', 'orange')),
        comment TEXT NOT NULL DEFAULT '',
        translation_text TEXT,
        translation_language TEXT,
        -- Quote, comment, translation and tags folded (lower case, no accents, ß → ss) for the excerpt search.
        search_text TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        FOREIGN KEY (source_id, version) REFERENCES source_version (source_id, version),
        CHECK ((status = 'orphan') = (start_offset IS NULL)),
        CHECK ((status = 'moved') = (proposed_text IS NOT NULL) AND (proposed_text IS NULL) = (similarity IS NULL)),
        CHECK ((start_offset IS NULL) = (end_offset IS NULL)),
        CHECK (start_offset IS NULL OR (start_offset >= 0 AND end_offset > start_offset)),
        CHECK ((basis_version IS NULL) = (basis_start IS NULL) AND (basis_start IS NULL) = (basis_end IS NULL)),
        CHECK ((translation_text IS NULL) = (translation_language IS NULL))
      ) STRICT;
      -- The source list counts excerpts per source and the reader lists them in text order.
      CREATE INDEX excerpt_source ON excerpt (source_id, version, start_offset);
      CREATE INDEX excerpt_created_at ON excerpt (created_at);
      CREATE INDEX excerpt_updated_at ON excerpt (updated_at);

      CREATE TABLE excerpt_tag (
        excerpt_id TEXT NOT NULL REFERENCES excerpt (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        tag TEXT NOT NULL CHECK (length(tag) > 0),
        PRIMARY KEY (excerpt_id, tag)
      ) STRICT;
      CREATE INDEX excerpt_tag_tag ON excerpt_tag (tag);

      CREATE TABLE excerpt_anchor_history (
        id INTEGER PRIMARY KEY,
        excerpt_id TEXT NOT NULL REFERENCES excerpt (id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        event TEXT NOT NULL
          CHECK (event IN ('created', 'imported', 'reanchored', 'confirmed', 'manual', 'keptAsOrphan')),
        method TEXT NOT NULL,
        from_version INTEGER,
        from_status TEXT,
        version INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('anchored', 'moved', 'orphan')),
        start_offset INTEGER,
        end_offset INTEGER,
        quote TEXT NOT NULL,
        previous_quote TEXT,
        similarity REAL
      ) STRICT;
      CREATE INDEX excerpt_anchor_history_excerpt ON excerpt_anchor_history (excerpt_id, at);
    `);
  },
};
