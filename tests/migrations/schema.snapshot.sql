-- user_version 8
CREATE INDEX ach_cell_excerpt ON ach_cell (excerpt_id);

CREATE INDEX analytic_link_to ON analytic_link (to_id);

CREATE INDEX analytic_object_kind ON analytic_object (kind, created_at);

CREATE INDEX analytic_tag_tag ON analytic_tag (tag);

CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, at);

CREATE INDEX briefing_edition_of ON briefing (edition_of) WHERE edition_of IS NOT NULL;

CREATE INDEX briefing_ref_ref ON briefing_ref (kind, ref_id);

CREATE INDEX briefing_updated_at ON briefing (updated_at);

CREATE INDEX evidence_target ON evidence (target_id);

CREATE INDEX excerpt_anchor_history_excerpt ON excerpt_anchor_history (excerpt_id, at);

CREATE INDEX excerpt_created_at ON excerpt (created_at);

CREATE INDEX excerpt_source ON excerpt (source_id, version, start_offset);

CREATE INDEX excerpt_tag_tag ON excerpt_tag (tag);

CREATE INDEX excerpt_updated_at ON excerpt (updated_at);

CREATE INDEX key_question_position ON key_question (position);

CREATE INDEX search_doc_source ON search_doc (source_id) WHERE source_id IS NOT NULL;

CREATE INDEX source_derived_from ON source (derived_from_id) WHERE derived_from_id IS NOT NULL;

CREATE INDEX source_imported_at ON source (imported_at);

CREATE INDEX source_published_at ON source (published_at);

CREATE INDEX source_reliability ON source (reliability);

CREATE INDEX source_tag_tag ON source_tag (tag);

CREATE INDEX source_title_sort ON source (title_sort);

CREATE INDEX source_url ON source (url) WHERE url <> '';

CREATE INDEX source_version_blob ON source_version (blob_sha256);

CREATE INDEX source_version_canonical_url ON source_version (canonical_url) WHERE canonical_url IS NOT NULL;

CREATE INDEX timeline_event_date ON timeline_event (date_start, date_end);

CREATE INDEX timeline_event_source ON timeline_event (source_id, start_offset);

CREATE TABLE ach_cell (
        hypothesis_id TEXT NOT NULL REFERENCES analytic_object (id) ON DELETE CASCADE,
        excerpt_id TEXT NOT NULL REFERENCES excerpt (id),
        rating TEXT NOT NULL CHECK (rating IN ('CC', 'C', 'N', 'I', 'II', 'NA')),
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (hypothesis_id, excerpt_id)
      ) STRICT;

CREATE TABLE analytic_link (
        from_id TEXT NOT NULL REFERENCES analytic_object (id) ON DELETE CASCADE,
        to_id TEXT NOT NULL REFERENCES analytic_object (id) ON DELETE CASCADE,
        relation TEXT NOT NULL CHECK (relation IN ('weakens', 'indicates', 'assumes', 'supports')),
        created_at INTEGER NOT NULL,
        PRIMARY KEY (from_id, to_id, relation),
        CHECK (from_id <> to_id)
      ) STRICT;

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

CREATE TABLE analytic_tag (
        object_id TEXT NOT NULL REFERENCES analytic_object (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        tag TEXT NOT NULL CHECK (length(tag) > 0),
        PRIMARY KEY (object_id, tag)
      ) STRICT;

CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        reason TEXT NOT NULL DEFAULT ''
      ) STRICT;

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

CREATE TABLE briefing_ref (
        briefing_id TEXT NOT NULL REFERENCES briefing (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('claim', 'excerpt')),
        ref_id TEXT NOT NULL,
        PRIMARY KEY (briefing_id, kind, ref_id)
      ) STRICT;

CREATE TABLE case_meta (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        case_id TEXT NOT NULL,
        title TEXT NOT NULL CHECK (length(title) > 0),
        question TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        tlp TEXT NOT NULL DEFAULT 'TLP:AMBER'
          CHECK (tlp IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
        handling TEXT NOT NULL DEFAULT '',
        likelihood_scale TEXT NOT NULL DEFAULT 'ICD203' CHECK (likelihood_scale IN ('ICD203', 'PHIA')),
        language TEXT NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en', 'other')),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

CREATE TABLE check_ack (
        check_key TEXT PRIMARY KEY,
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        at INTEGER NOT NULL
      ) STRICT;

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

CREATE TABLE excerpt_tag (
        excerpt_id TEXT NOT NULL REFERENCES excerpt (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        tag TEXT NOT NULL CHECK (length(tag) > 0),
        PRIMARY KEY (excerpt_id, tag)
      ) STRICT;

CREATE TABLE key_question (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (length(text) > 0)
      ) STRICT;

CREATE TABLE saved_search (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
        query TEXT NOT NULL,
        filters TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(filters)),
        created_at INTEGER NOT NULL
      ) STRICT;

CREATE TABLE search_doc (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('source', 'excerpt', 'analytic', 'briefing')),
        ref_id TEXT NOT NULL,
        -- The source a source or excerpt hit belongs to, for the reliability / language / date filters.
        source_id TEXT,
        UNIQUE (kind, ref_id)
      ) STRICT;

CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
      );

CREATE TABLE 'search_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'search_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'search_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

CREATE TABLE 'search_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE search_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        fold_version INTEGER NOT NULL
      ) STRICT;

CREATE TABLE source (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        -- Folded title (lower case, no diacritics, ß → ss) so sorting by title is German-friendly and indexed.
        title_sort TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        outlet TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        published_at INTEGER,
        retrieved_at INTEGER,
        language TEXT NOT NULL DEFAULT 'other' CHECK (language IN ('de', 'en', 'other')),
        source_type TEXT NOT NULL DEFAULT 'other' CHECK (
          source_type IN ('news', 'officialStatement', 'socialMedia', 'report', 'academic', 'intelligenceReport', 'other')
        ),
        notes TEXT NOT NULL DEFAULT '',
        tlp TEXT NOT NULL DEFAULT 'TLP:AMBER'
          CHECK (tlp IN ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
        reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
        current_version INTEGER NOT NULL CHECK (current_version >= 1),
        imported_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      , derived_from_id TEXT REFERENCES source (id)) STRICT;

CREATE TABLE source_blob (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
        data BLOB NOT NULL
      ) STRICT;

CREATE TABLE source_tag (
        source_id TEXT NOT NULL REFERENCES source (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        tag TEXT NOT NULL CHECK (length(tag) > 0),
        PRIMARY KEY (source_id, tag)
      ) STRICT;

CREATE TABLE source_version (
        source_id TEXT NOT NULL REFERENCES source (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        blob_sha256 TEXT NOT NULL REFERENCES source_blob (sha256),
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html', 'pdf', 'docx', 'eml')),
        encoding TEXT,
        text TEXT NOT NULL,
        char_count INTEGER NOT NULL,
        -- JSON arrays of {kind, level?, start, end} and {page, label, start, end}: offsets into text.
        blocks TEXT NOT NULL CHECK (json_valid(blocks)),
        pages TEXT CHECK (pages IS NULL OR json_valid(pages)),
        metadata TEXT NOT NULL CHECK (json_valid(metadata)),
        canonical_url TEXT,
        imported_at INTEGER NOT NULL,
        PRIMARY KEY (source_id, version)
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

CREATE TABLE timeline_source (
        source_id TEXT PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        reference_at INTEGER NOT NULL,
        reference_kind TEXT NOT NULL CHECK (reference_kind IN ('published', 'imported')),
        language TEXT NOT NULL,
        extractor_version INTEGER NOT NULL
      ) STRICT;

CREATE TRIGGER source_blob_is_immutable BEFORE UPDATE ON source_blob
      BEGIN
        SELECT RAISE(ABORT, 'original source bytes are immutable');
      END;

CREATE TRIGGER source_version_text_is_immutable
        BEFORE UPDATE OF source_id, version, blob_sha256, text, blocks, pages ON source_version
      BEGIN
        SELECT RAISE(ABORT, 'source text is immutable: import a new version instead');
      END;
