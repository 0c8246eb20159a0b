import type { Migration } from '../migrate';

/**
 * The timeline (issue 8): dated events per source, derived from the source's
 * current text and publication date. timeline_source records what each source's
 * events were computed from (version, reference date, language, extractor
 * version); a source whose row is missing or differs is recomputed before the
 * timeline is read, in one transaction, so the stored events can never be staler
 * than the source. Both tables go with their source (ON DELETE CASCADE).
 */
export const migration008Timeline: Migration = {
  version: 8,
  name: 'timeline',
  up(db) {
    db.exec(`
      CREATE TABLE timeline_source (
        source_id TEXT PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        reference_at INTEGER NOT NULL,
        reference_kind TEXT NOT NULL CHECK (reference_kind IN ('published', 'imported')),
        language TEXT NOT NULL,
        extractor_version INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE timeline_event (
        id INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES timeline_source (source_id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('published', 'mention')),
        -- Inclusive calendar days, YYYY-MM-DD: text order is date order.
        date_start TEXT NOT NULL,
        date_end TEXT NOT NULL CHECK (date_end >= date_start),
        precision TEXT NOT NULL CHECK (precision IN ('day', 'week', 'month', 'season', 'year')),
        part TEXT CHECK (part IN ('early', 'mid', 'late')),
        resolution TEXT NOT NULL CHECK (resolution IN ('metadata', 'explicit', 'yearInferred', 'relative')),
        -- UTF-16 offsets into the version's stored text; NULL for a publication date.
        start_offset INTEGER,
        end_offset INTEGER,
        mention TEXT NOT NULL DEFAULT '',
        sentence TEXT NOT NULL DEFAULT '',
        sentence_start INTEGER,
        sentence_end INTEGER,
        CHECK ((kind = 'published') = (start_offset IS NULL)),
        CHECK (start_offset IS NULL OR end_offset > start_offset)
      ) STRICT;
      CREATE INDEX timeline_event_date ON timeline_event (date_start, date_end);
      CREATE INDEX timeline_event_source ON timeline_event (source_id, start_offset);
    `);
  },
};
