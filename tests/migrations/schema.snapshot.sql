-- user_version 1
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, at);

CREATE INDEX key_question_position ON key_question (position);

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

CREATE TABLE key_question (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (length(text) > 0)
      ) STRICT;
