import type Database from 'better-sqlite3';
import { WorkbenchError } from '../../../../shared/contract/errors';
import type { Briefing, BriefingSummary, JudgmentState } from '../../../../shared/domain/briefing';
import { mostRestrictive, TLP_RESTRICTIVENESS, type TlpMarking } from '../../../../shared/domain/markings';
import { DOC_VERSION, migrateDoc, type DocNode } from '../../../../shared/editor/document';
import { extractReferences, withoutExcerpt, wordCount } from '../../../../shared/editor/references';
import { briefingSchema as pmSchema } from '../../../../shared/editor/schema';
import type { BriefingLanguage, BriefingTemplate } from '../../../../shared/editor/templates';
import { readCaseMeta } from '../case/repo';
import { stmt } from '../sources/statements';
import { resolveClaims } from './resolve';
import { reindex } from '../search/indexer';

/** A document larger than this is refused: ~30,000 words with 1,000 references is about 3 MB of JSON. */
export const MAX_DOC_BYTES = 32 * 1024 * 1024;

interface BriefingRow {
  id: string;
  title: string;
  audience: string;
  tlp: TlpMarking | null;
  handling: string;
  briefing_date: number | null;
  authors: string;
  language: BriefingLanguage;
  template: BriefingTemplate;
  doc: string;
  doc_version: number;
  revision: number;
  word_count: number;
  edition: number;
  edition_of: string | null;
  baseline: string | null;
  dismissed: string;
  created_at: number;
  updated_at: number;
}

function row(db: Database.Database, id: string): BriefingRow {
  const r = stmt(db, 'SELECT * FROM briefing WHERE id = ?').get(id) as BriefingRow | undefined;
  if (!r) throw new WorkbenchError('NOT_FOUND', `No briefing ${id} in this case.`);
  return r;
}

/** Checks a document against the briefing schema; a document the editor could not open is never stored. */
export function checkDoc(doc: DocNode): string {
  const json = JSON.stringify(doc);
  if (json.length > MAX_DOC_BYTES) {
    throw new WorkbenchError('PAYLOAD_TOO_LARGE', `The document is larger than ${MAX_DOC_BYTES / 1024 / 1024} MB.`);
  }
  try {
    pmSchema.nodeFromJSON(doc).check();
  } catch (err) {
    throw new WorkbenchError(
      'INVALID_INPUT',
      `The document does not fit the briefing schema: ${(err as Error).message}`,
    );
  }
  if (doc.type !== 'doc') throw new WorkbenchError('INVALID_INPUT', 'A briefing document starts with a doc node.');
  return json;
}

function writeRefs(db: Database.Database, id: string, doc: DocNode): void {
  const refs = extractReferences(doc);
  stmt(db, 'DELETE FROM briefing_ref WHERE briefing_id = ?').run(id);
  const insert = stmt(db, 'INSERT INTO briefing_ref (briefing_id, kind, ref_id) VALUES (?, ?, ?)');
  for (const c of refs.claimIds) insert.run(id, 'claim', c);
  for (const e of refs.excerptIds) insert.run(id, 'excerpt', e);
}

/** The marking of what a briefing cites (claims, and the sources of its excerpts); null when it cites nothing. */
function citedMarking(db: Database.Database, id: string): TlpMarking | null {
  const rows = stmt(
    db,
    `SELECT o.tlp FROM briefing_ref r JOIN analytic_object o ON o.id = r.ref_id WHERE r.briefing_id = ? AND r.kind = 'claim'
     UNION ALL
     SELECT s.tlp FROM briefing_ref r JOIN excerpt x ON x.id = r.ref_id JOIN source s ON s.id = x.source_id
     WHERE r.briefing_id = ? AND r.kind = 'excerpt'`,
  ).all(id, id) as { tlp: TlpMarking }[];
  return rows.length ? mostRestrictive(rows.map((r) => r.tlp)) : null;
}

export function markingOf(db: Database.Database, r: Pick<BriefingRow, 'id' | 'tlp'>) {
  const cited = citedMarking(db, r.id);
  const citedOrCase = cited ?? readCaseMeta(db).tlp;
  const tlp = r.tlp ?? citedOrCase;
  const markingWarning =
    cited && TLP_RESTRICTIVENESS[tlp] < TLP_RESTRICTIVENESS[cited]
      ? `The briefing is marked ${tlp}, but it cites material marked ${cited}.`
      : null;
  return { tlp, citedMarking: citedOrCase, markingWarning };
}

function summary(db: Database.Database, r: BriefingRow): BriefingSummary {
  return {
    id: r.id,
    title: r.title,
    audience: r.audience,
    tlpSetting: r.tlp,
    handling: r.handling,
    date: r.briefing_date,
    authors: JSON.parse(r.authors) as string[],
    language: r.language,
    template: r.template,
    ...markingOf(db, r),
    edition: r.edition,
    editionOf: r.edition_of,
    revision: r.revision,
    wordCount: r.word_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function readBriefing(db: Database.Database, id: string): Briefing {
  const r = row(db, id);
  const loaded = migrateDoc(JSON.parse(r.doc) as DocNode, r.doc_version);
  return {
    ...summary(db, r),
    doc: loaded.doc,
    docVersion: r.doc_version,
    readOnly: loaded.readOnly,
    dismissed: JSON.parse(r.dismissed) as Briefing['dismissed'],
  };
}

export function listBriefings(db: Database.Database): BriefingSummary[] {
  return (stmt(db, 'SELECT * FROM briefing ORDER BY updated_at DESC, id').all() as BriefingRow[]).map((r) =>
    summary(db, r),
  );
}

export interface NewBriefing {
  title: string;
  template: BriefingTemplate;
  language: BriefingLanguage;
  doc: DocNode;
  audience?: string | undefined;
  tlpSetting?: TlpMarking | null | undefined;
  handling?: string | undefined;
  date?: number | null | undefined;
  authors?: string[] | undefined;
  edition?: number;
  editionOf?: string | null;
  baseline?: JudgmentState[] | null;
}

export function insertBriefing(db: Database.Database, id: string, b: NewBriefing, now: number): void {
  const json = checkDoc(b.doc);
  stmt(
    db,
    `INSERT INTO briefing (id, title, audience, tlp, handling, briefing_date, authors, language, template, doc, doc_version,
       word_count, edition, edition_of, baseline, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    b.title.normalize('NFC'),
    (b.audience ?? '').normalize('NFC'),
    b.tlpSetting ?? null,
    (b.handling ?? '').normalize('NFC'),
    b.date ?? null,
    JSON.stringify(b.authors ?? []),
    b.language,
    b.template,
    json,
    DOC_VERSION,
    wordCount(b.doc),
    b.edition ?? 1,
    b.editionOf ?? null,
    b.baseline ? JSON.stringify(b.baseline) : null,
    now,
    now,
  );
  writeRefs(db, id, b.doc);
  reindex(db, 'briefing', id);
}

export interface MetaPatch {
  title?: string | undefined;
  audience?: string | undefined;
  tlpSetting?: TlpMarking | null | undefined;
  handling?: string | undefined;
  date?: number | null | undefined;
  authors?: string[] | undefined;
  language?: BriefingLanguage | undefined;
}

export function updateMeta(db: Database.Database, id: string, patch: MetaPatch, now: number): void {
  const before = row(db, id);
  const set = (column: string, value: unknown) =>
    stmt(db, `UPDATE briefing SET ${column} = ? WHERE id = ?`).run(value, id);
  if (patch.title !== undefined) set('title', patch.title.normalize('NFC'));
  if (patch.audience !== undefined) set('audience', patch.audience.normalize('NFC'));
  if (patch.tlpSetting !== undefined && patch.tlpSetting !== before.tlp) {
    set('tlp', patch.tlpSetting);
    stmt(
      db,
      `INSERT INTO audit_log (at, entity_type, entity_id, field, old_value, new_value, reason)
       VALUES (?, 'briefing', ?, 'tlp', ?, ?, '')`,
    ).run(now, id, before.tlp, patch.tlpSetting);
  }
  if (patch.handling !== undefined) set('handling', patch.handling.normalize('NFC'));
  if (patch.date !== undefined) set('briefing_date', patch.date);
  if (patch.authors !== undefined) set('authors', JSON.stringify(patch.authors));
  if (patch.language !== undefined) set('language', patch.language);
  set('updated_at', now);
  reindex(db, 'briefing', id);
}

export function saveDoc(
  db: Database.Database,
  id: string,
  doc: DocNode,
  baseRevision: number | undefined,
  now: number,
) {
  const before = row(db, id);
  if (before.doc_version > DOC_VERSION) {
    throw new WorkbenchError(
      'DOCUMENT_TOO_NEW',
      'This briefing was written by a newer version of the workbench; it is read-only here.',
    );
  }
  if (baseRevision !== undefined && baseRevision !== before.revision) {
    throw new WorkbenchError('EDIT_CONFLICT', 'The briefing was saved elsewhere since this copy was loaded.', {
      currentRevision: before.revision,
    });
  }
  const json = checkDoc(doc);
  stmt(
    db,
    'UPDATE briefing SET doc = ?, doc_version = ?, revision = revision + 1, word_count = ?, updated_at = ? WHERE id = ?',
  ).run(json, DOC_VERSION, wordCount(doc), now, id);
  writeRefs(db, id, doc);
  reindex(db, 'briefing', id);
  const after = row(db, id);
  return { revision: after.revision, updatedAt: now, wordCount: after.word_count, ...markingOf(db, after) };
}

export function deleteBriefing(db: Database.Database, id: string): void {
  row(db, id);
  stmt(db, 'DELETE FROM briefing WHERE id = ?').run(id);
  reindex(db, 'briefing', id);
}

export function setDismissed(db: Database.Database, id: string, key: string, reason: string | null, now: number): void {
  const dismissed = JSON.parse(row(db, id).dismissed) as Record<string, { reason: string; at: number }>;
  if (reason === null) delete dismissed[key];
  else dismissed[key] = { reason, at: now };
  stmt(db, 'UPDATE briefing SET dismissed = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(dismissed), now, id);
}

/** The judgments (and claims) a document references, as they are rated now. */
export function judgmentStates(db: Database.Database, doc: DocNode): JudgmentState[] {
  const claims = resolveClaims(db, extractReferences(doc).claimIds);
  return Object.values(claims)
    .filter((c) => c.exists)
    .map((c) => ({ id: c.id, kind: c.kind!, text: c.text, likelihood: c.likelihood, confidence: c.confidence }));
}

export function baselineOf(
  db: Database.Database,
  id: string,
): { baseline: JudgmentState[] | null; editionOf: string | null } {
  const r = row(db, id);
  return { baseline: r.baseline ? (JSON.parse(r.baseline) as JudgmentState[]) : null, editionOf: r.edition_of };
}

/** Briefings that cite an excerpt or reference a claim (what makes deleting it IN_USE). */
export function briefingUsesOf(db: Database.Database, kind: 'claim' | 'excerpt', refId: string) {
  return (
    stmt(db, 'SELECT briefing_id AS id FROM briefing_ref WHERE kind = ? AND ref_id = ?').all(kind, refId) as {
      id: string;
    }[]
  ).map((r) => ({ kind: 'briefing', id: r.id }));
}

/** Removes every citation and quotation of an excerpt from the briefings that use it; returns how many went. */
export function removeExcerptFromBriefings(db: Database.Database, excerptId: string, now: number): number {
  let removed = 0;
  for (const { id } of briefingUsesOf(db, 'excerpt', excerptId)) {
    const r = row(db, id);
    const result = withoutExcerpt(JSON.parse(r.doc) as DocNode, excerptId);
    removed += result.removed;
    saveDoc(db, id, result.doc, undefined, now);
  }
  return removed;
}
