import type Database from 'better-sqlite3';
import type { CaseMetadata, CaseMetadataPatch, KeyQuestion } from '../../../../shared/domain/case';

interface CaseMetaRow {
  case_id: string;
  title: string;
  question: string;
  author: string;
  tlp: CaseMetadata['tlp'];
  handling: string;
  likelihood_scale: CaseMetadata['likelihoodScale'];
  language: CaseMetadata['language'];
  created_at: number;
  updated_at: number;
}

export interface StoredCaseMeta extends CaseMetadata {
  caseId: string;
  createdAt: number;
  updatedAt: number;
}

/** SQL for the case's own metadata. Plain functions over a connection; no state. */
export function readCaseMeta(db: Database.Database): StoredCaseMeta {
  const row = db.prepare('SELECT * FROM case_meta WHERE id = 1').get() as CaseMetaRow | undefined;
  if (!row) throw new Error('case_meta row is missing');
  const keyQuestions = db.prepare('SELECT id, text FROM key_question ORDER BY position').all() as KeyQuestion[];
  return {
    caseId: row.case_id,
    title: row.title,
    question: row.question,
    keyQuestions,
    author: row.author,
    tlp: row.tlp,
    handling: row.handling,
    likelihoodScale: row.likelihood_scale,
    language: row.language,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function insertCaseMeta(db: Database.Database, meta: StoredCaseMeta): void {
  db.prepare(
    `INSERT INTO case_meta (id, case_id, title, question, author, tlp, handling, likelihood_scale, language, created_at, updated_at)
     VALUES (1, @caseId, @title, @question, @author, @tlp, @handling, @likelihoodScale, @language, @createdAt, @updatedAt)`,
  ).run({ ...meta, keyQuestions: undefined });
  replaceKeyQuestions(db, meta.keyQuestions);
}

function replaceKeyQuestions(db: Database.Database, questions: readonly KeyQuestion[]): void {
  db.prepare('DELETE FROM key_question').run();
  const insert = db.prepare('INSERT INTO key_question (id, position, text) VALUES (?, ?, ?)');
  questions.forEach((q, i) => insert.run(q.id, i, q.text));
}

const COLUMN_OF: Record<Exclude<keyof CaseMetadata, 'keyQuestions'>, string> = {
  title: 'title',
  question: 'question',
  author: 'author',
  tlp: 'tlp',
  handling: 'handling',
  likelihoodScale: 'likelihood_scale',
  language: 'language',
};

/** Fields whose changes the audit log keeps: markings and the rating scale. */
const AUDITED: ReadonlySet<keyof CaseMetadata> = new Set(['tlp', 'handling', 'likelihoodScale']);

/**
 * Applies a patch in one transaction; key questions keep their ids, new ones get
 * fresh ids from `newKiqId`. Changes to markings are written to the audit log.
 */
export function updateCaseMeta(
  db: Database.Database,
  patch: CaseMetadataPatch,
  now: number,
  newKiqId: () => string,
): void {
  db.transaction(() => {
    const before = readCaseMeta(db);
    for (const [key, column] of Object.entries(COLUMN_OF) as [keyof typeof COLUMN_OF, string][]) {
      const value = patch[key];
      if (value === undefined || value === before[key]) continue;
      db.prepare(`UPDATE case_meta SET ${column} = ? WHERE id = 1`).run(value);
      if (AUDITED.has(key)) {
        db.prepare(
          `INSERT INTO audit_log (at, entity_type, entity_id, field, old_value, new_value, reason)
           VALUES (?, 'case', ?, ?, ?, ?, '')`,
        ).run(now, before.caseId, key, String(before[key]), String(value));
      }
    }
    if (patch.keyQuestions) {
      const known = new Set(before.keyQuestions.map((q) => q.id));
      replaceKeyQuestions(
        db,
        patch.keyQuestions.map((q) => ({ id: q.id && known.has(q.id) ? q.id : newKiqId(), text: q.text })),
      );
    }
    db.prepare('UPDATE case_meta SET updated_at = ? WHERE id = 1').run(now);
  }).immediate();
}
