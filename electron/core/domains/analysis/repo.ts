import type Database from 'better-sqlite3';
import { WorkbenchError } from '../../../../shared/contract/errors';
import {
  LINK_RELATIONS,
  RATED_KINDS,
  type AnalyticKind,
  type AnalyticLink,
  type AnalyticObject,
  type Evidence,
  type LinkRelation,
  type RatingHistoryEntry,
  type Stance,
} from '../../../../shared/domain/analysis';
import type { TlpMarking } from '../../../../shared/domain/markings';
import type { Reliability } from '../../../../shared/domain/source';
import { grade, type Confidence, type Credibility, type Likelihood } from '../../../../shared/domain/tradecraft';
import { foldForSearch } from '../excerpts/anchor';
import { stmt } from '../sources/statements';
import { loadOrigins, type OriginInfo } from './origins';
import { reindex } from '../search/indexer';

interface ObjectRow {
  id: string;
  kind: AnalyticKind;
  text: string;
  notes: string;
  tlp: TlpMarking;
  likelihood_scale: 'ICD203' | 'PHIA' | null;
  likelihood_term: string | null;
  confidence: Confidence | null;
  rationale: string;
  rationale_updated_at: number | null;
  gap_status: 'open' | 'closed' | null;
  created_at: number;
  updated_at: number;
}

function tagsOf(db: Database.Database, id: string): string[] {
  return (
    stmt(db, 'SELECT tag FROM analytic_tag WHERE object_id = ? ORDER BY position').all(id) as { tag: string }[]
  ).map((r) => r.tag);
}

function toObject(db: Database.Database, r: ObjectRow): AnalyticObject {
  return {
    id: r.id,
    kind: r.kind,
    text: r.text,
    notes: r.notes,
    tags: tagsOf(db, r.id),
    tlp: r.tlp,
    likelihood: r.likelihood_scale && r.likelihood_term ? { scale: r.likelihood_scale, term: r.likelihood_term } : null,
    confidence: r.confidence,
    rationale: r.rationale,
    rationaleUpdatedAt: r.rationale_updated_at,
    gapStatus: r.gap_status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function objectRow(db: Database.Database, id: string): ObjectRow {
  const r = stmt(db, 'SELECT * FROM analytic_object WHERE id = ?').get(id) as ObjectRow | undefined;
  if (!r) throw new WorkbenchError('NOT_FOUND', `No analytic object ${id} in this case.`);
  return r;
}

export function readObject(db: Database.Database, id: string): AnalyticObject {
  return toObject(db, objectRow(db, id));
}

export function listObjects(db: Database.Database): AnalyticObject[] {
  return (stmt(db, 'SELECT * FROM analytic_object ORDER BY created_at, id').all() as ObjectRow[]).map((r) =>
    toObject(db, r),
  );
}

function refreshSearchText(db: Database.Database, id: string): void {
  const r = objectRow(db, id);
  const text = foldForSearch([r.text, r.notes, ...tagsOf(db, id)].join('\n'));
  stmt(db, 'UPDATE analytic_object SET search_text = ? WHERE id = ?').run(text, id);
  reindex(db, 'analytic', id);
}

function writeTags(db: Database.Database, id: string, tags: readonly string[]): void {
  stmt(db, 'DELETE FROM analytic_tag WHERE object_id = ?').run(id);
  const unique = [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
  unique.forEach((tag, position) =>
    stmt(db, 'INSERT INTO analytic_tag (object_id, position, tag) VALUES (?, ?, ?)').run(id, position, tag),
  );
}

export interface NewObject {
  kind: AnalyticKind;
  text: string;
  notes: string;
  tags: readonly string[];
  tlp: TlpMarking;
}

export function insertObject(db: Database.Database, id: string, o: NewObject, now: number): void {
  stmt(
    db,
    `INSERT INTO analytic_object (id, kind, text, notes, tlp, gap_status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    o.kind,
    o.text.normalize('NFC'),
    o.notes.normalize('NFC'),
    o.tlp,
    o.kind === 'gap' ? 'open' : null,
    now,
    now,
  );
  writeTags(db, id, o.tags);
  refreshSearchText(db, id);
}

export interface ObjectPatch {
  text?: string | undefined;
  notes?: string | undefined;
  tags?: string[] | undefined;
  tlp?: TlpMarking | undefined;
  rationale?: string | undefined;
  gapStatus?: 'open' | 'closed' | undefined;
}

export function updateObject(db: Database.Database, id: string, patch: ObjectPatch, now: number): void {
  const before = objectRow(db, id);
  if (patch.gapStatus !== undefined && before.kind !== 'gap') {
    throw new WorkbenchError('INVALID_INPUT', 'Only an intelligence gap is open or closed.');
  }
  const set = (column: string, value: unknown) =>
    stmt(db, `UPDATE analytic_object SET ${column} = ? WHERE id = ?`).run(value, id);
  if (patch.text !== undefined) set('text', patch.text.normalize('NFC'));
  if (patch.notes !== undefined) set('notes', patch.notes.normalize('NFC'));
  if (patch.tlp !== undefined && patch.tlp !== before.tlp) {
    set('tlp', patch.tlp);
    appendAudit(db, 'analytic', id, 'tlp', before.tlp, patch.tlp, '', now);
  }
  if (patch.rationale !== undefined && patch.rationale !== before.rationale) {
    set('rationale', patch.rationale.normalize('NFC'));
    set('rationale_updated_at', now);
  }
  if (patch.gapStatus !== undefined) set('gap_status', patch.gapStatus);
  if (patch.tags !== undefined) writeTags(db, id, patch.tags);
  set('updated_at', now);
  refreshSearchText(db, id);
}

export function deleteObject(db: Database.Database, id: string, now: number): number {
  const r = objectRow(db, id);
  const evidence = (stmt(db, 'SELECT count(*) AS n FROM evidence WHERE target_id = ?').get(id) as { n: number }).n;
  stmt(db, 'DELETE FROM analytic_object WHERE id = ?').run(id);
  reindex(db, 'analytic', id);
  appendAudit(db, 'analytic', id, 'deleted', r.text, null, '', now);
  return evidence;
}

function appendAudit(
  db: Database.Database,
  entityType: 'analytic' | 'evidence',
  entityId: string,
  field: string,
  oldValue: string | null,
  newValue: string | null,
  reason: string,
  at: number,
): void {
  stmt(
    db,
    `INSERT INTO audit_log (at, entity_type, entity_id, field, old_value, new_value, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(at, entityType, entityId, field, oldValue, newValue, reason);
}

const likelihoodText = (l: Likelihood | null) => (l ? `${l.scale}:${l.term}` : null);

export function rateObject(
  db: Database.Database,
  id: string,
  rating: { likelihood?: Likelihood | null | undefined; confidence?: Confidence | null | undefined },
  reason: string,
  now: number,
): void {
  const before = readObject(db, id);
  if (!RATED_KINDS.includes(before.kind)) {
    throw new WorkbenchError('INVALID_INPUT', `A ${before.kind} takes no likelihood or confidence.`);
  }
  let changed = false;
  if (rating.likelihood !== undefined && likelihoodText(rating.likelihood) !== likelihoodText(before.likelihood)) {
    stmt(db, 'UPDATE analytic_object SET likelihood_scale = ?, likelihood_term = ? WHERE id = ?').run(
      rating.likelihood?.scale ?? null,
      rating.likelihood?.term ?? null,
      id,
    );
    appendAudit(
      db,
      'analytic',
      id,
      'likelihood',
      likelihoodText(before.likelihood),
      likelihoodText(rating.likelihood),
      reason,
      now,
    );
    changed = true;
  }
  if (rating.confidence !== undefined && rating.confidence !== before.confidence) {
    stmt(db, 'UPDATE analytic_object SET confidence = ? WHERE id = ?').run(rating.confidence, id);
    appendAudit(db, 'analytic', id, 'confidence', before.confidence, rating.confidence, reason, now);
    changed = true;
  }
  if (changed) stmt(db, 'UPDATE analytic_object SET updated_at = ? WHERE id = ?').run(now, id);
}

/** Rating history of an object and of every evidence link that points at it, newest first. */
export function ratingHistory(db: Database.Database, id: string): RatingHistoryEntry[] {
  objectRow(db, id);
  return stmt(
    db,
    `SELECT id, at, entity_id AS entityId, field, old_value AS oldValue, new_value AS newValue, reason FROM audit_log
     WHERE field IN ('likelihood', 'confidence', 'credibility')
       AND ((entity_type = 'analytic' AND entity_id = ?)
         OR (entity_type = 'evidence' AND entity_id IN (
               SELECT entity_id FROM audit_log WHERE entity_type = 'evidence' AND field = 'target' AND new_value = ?)))
     ORDER BY at DESC, id DESC`,
  ).all(id, id) as RatingHistoryEntry[];
}

// ---- links ----

export function linkObjects(db: Database.Database, fromId: string, toId: string, relation: LinkRelation, now: number) {
  const from = objectRow(db, fromId);
  const to = objectRow(db, toId);
  const rule = LINK_RELATIONS[relation];
  if (!(rule.from as readonly string[]).includes(from.kind) || !(rule.to as readonly string[]).includes(to.kind)) {
    throw new WorkbenchError(
      'INVALID_INPUT',
      `"${relation}" links a ${rule.from.join('/')} to a ${rule.to.join('/')}, not a ${from.kind} to a ${to.kind}.`,
    );
  }
  if (fromId === toId) throw new WorkbenchError('INVALID_INPUT', 'An object cannot be linked to itself.');
  const r = stmt(
    db,
    'INSERT OR IGNORE INTO analytic_link (from_id, to_id, relation, created_at) VALUES (?, ?, ?, ?)',
  ).run(fromId, toId, relation, now);
  return r.changes > 0;
}

export function unlinkObjects(db: Database.Database, fromId: string, toId: string, relation: LinkRelation): boolean {
  return (
    stmt(db, 'DELETE FROM analytic_link WHERE from_id = ? AND to_id = ? AND relation = ?').run(fromId, toId, relation)
      .changes > 0
  );
}

export interface LinkRow {
  from_id: string;
  to_id: string;
  relation: LinkRelation;
  created_at: number;
}

export function allLinks(db: Database.Database): LinkRow[] {
  return stmt(db, 'SELECT * FROM analytic_link ORDER BY created_at').all() as LinkRow[];
}

export function linksOf(db: Database.Database, id: string): { out: AnalyticLink[]; in: AnalyticLink[] } {
  const rows = stmt(db, 'SELECT * FROM analytic_link WHERE from_id = ? OR to_id = ? ORDER BY created_at').all(
    id,
    id,
  ) as LinkRow[];
  const view = (r: LinkRow, otherId: string): AnalyticLink => {
    const o = objectRow(db, otherId);
    return {
      fromId: r.from_id,
      toId: r.to_id,
      relation: r.relation,
      other: { id: o.id, kind: o.kind, text: o.text },
      createdAt: r.created_at,
    };
  };
  return {
    out: rows.filter((r) => r.from_id === id).map((r) => view(r, r.to_id)),
    in: rows.filter((r) => r.to_id === id).map((r) => view(r, r.from_id)),
  };
}

// ---- evidence ----

interface EvidenceRow {
  id: string;
  excerpt_id: string;
  target_id: string;
  target_kind: AnalyticKind;
  target_text: string;
  stance: Stance;
  credibility: Credibility | null;
  note: string;
  quote: string;
  source_id: string;
  source_title: string;
  reliability: Reliability | null;
  created_at: number;
  updated_at: number;
}

const EVIDENCE_SELECT = `
  SELECT ev.id, ev.excerpt_id, ev.target_id, o.kind AS target_kind, o.text AS target_text, ev.stance,
         ev.credibility, ev.note, x.quote, s.id AS source_id, s.title AS source_title, s.reliability,
         ev.created_at, ev.updated_at
  FROM evidence ev
  JOIN analytic_object o ON o.id = ev.target_id
  JOIN excerpt x ON x.id = ev.excerpt_id
  JOIN source s ON s.id = x.source_id`;

function toEvidence(r: EvidenceRow, origins: Map<string, OriginInfo>): Evidence {
  const origin = origins.get(r.source_id);
  return {
    id: r.id,
    excerptId: r.excerpt_id,
    targetId: r.target_id,
    targetKind: r.target_kind,
    targetText: r.target_text,
    stance: r.stance,
    credibility: r.credibility,
    note: r.note,
    quote: r.quote,
    sourceId: r.source_id,
    sourceTitle: r.source_title,
    reliability: r.reliability,
    originId: origin?.originId ?? r.source_id,
    originTitle: origin?.originTitle ?? r.source_title,
    grade: grade(r.reliability, r.credibility),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function listEvidence(
  db: Database.Database,
  filter: { excerptId?: string | undefined; targetId?: string | undefined } = {},
): Evidence[] {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.excerptId) {
    where.push('ev.excerpt_id = ?');
    params.push(filter.excerptId);
  }
  if (filter.targetId) {
    where.push('ev.target_id = ?');
    params.push(filter.targetId);
  }
  const sql = `${EVIDENCE_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ev.created_at, ev.id`;
  const origins = loadOrigins(db);
  return (stmt(db, sql).all(...params) as EvidenceRow[]).map((r) => toEvidence(r, origins));
}

export function readEvidence(db: Database.Database, id: string): Evidence {
  const r = stmt(db, `${EVIDENCE_SELECT} WHERE ev.id = ?`).get(id) as EvidenceRow | undefined;
  if (!r) throw new WorkbenchError('NOT_FOUND', `No evidence link ${id} in this case.`);
  return toEvidence(r, loadOrigins(db));
}

export interface NewEvidence {
  excerptId: string;
  targetId: string;
  stance: Stance;
  credibility: Credibility | null;
  note: string;
  reason: string;
}

export function insertEvidence(db: Database.Database, id: string, e: NewEvidence, now: number): void {
  const target = objectRow(db, e.targetId);
  if (!RATED_KINDS.includes(target.kind)) {
    throw new WorkbenchError(
      'INVALID_INPUT',
      `Evidence supports a claim, judgment or hypothesis, not a ${target.kind}.`,
    );
  }
  if (!stmt(db, 'SELECT 1 FROM excerpt WHERE id = ?').get(e.excerptId)) {
    throw new WorkbenchError('NOT_FOUND', `No excerpt ${e.excerptId} in this case.`);
  }
  const existing = stmt(db, 'SELECT id FROM evidence WHERE excerpt_id = ? AND target_id = ?').get(
    e.excerptId,
    e.targetId,
  ) as { id: string } | undefined;
  if (existing) {
    throw new WorkbenchError('INVALID_INPUT', 'This excerpt is already evidence for that object.', {
      evidenceId: existing.id,
    });
  }
  stmt(
    db,
    `INSERT INTO evidence (id, excerpt_id, target_id, stance, credibility, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, e.excerptId, e.targetId, e.stance, e.credibility, e.note.normalize('NFC'), now, now);
  // The link's target, so its rating history can still be shown for the object after the link is removed.
  appendAudit(db, 'evidence', id, 'target', null, e.targetId, '', now);
  if (e.credibility !== null) appendAudit(db, 'evidence', id, 'credibility', null, e.credibility, e.reason, now);
}

export function updateEvidence(
  db: Database.Database,
  id: string,
  patch: { stance?: Stance | undefined; note?: string | undefined },
  now: number,
): void {
  readEvidence(db, id);
  if (patch.stance !== undefined) stmt(db, 'UPDATE evidence SET stance = ? WHERE id = ?').run(patch.stance, id);
  if (patch.note !== undefined)
    stmt(db, 'UPDATE evidence SET note = ? WHERE id = ?').run(patch.note.normalize('NFC'), id);
  stmt(db, 'UPDATE evidence SET updated_at = ? WHERE id = ?').run(now, id);
}

export function rateEvidence(
  db: Database.Database,
  id: string,
  credibility: Credibility | null,
  reason: string,
  now: number,
): void {
  const before = readEvidence(db, id);
  if (before.credibility === credibility) return;
  stmt(db, 'UPDATE evidence SET credibility = ?, updated_at = ? WHERE id = ?').run(credibility, now, id);
  appendAudit(db, 'evidence', id, 'credibility', before.credibility, credibility, reason, now);
}

export function removeEvidence(db: Database.Database, id: string, now: number): boolean {
  const before = readEvidence(db, id);
  stmt(db, 'DELETE FROM evidence WHERE id = ?').run(id);
  appendAudit(db, 'evidence', id, 'removed', before.excerptId, null, '', now);
  return true;
}

/** Evidence links and ACH ratings that use an excerpt (what makes deleting it IN_USE). */
export function analysisUsesOf(db: Database.Database, excerptId: string): { kind: string; id: string }[] {
  const evidence = stmt(db, 'SELECT id, target_id FROM evidence WHERE excerpt_id = ?').all(excerptId) as {
    id: string;
    target_id: string;
  }[];
  const ach = stmt(db, 'SELECT hypothesis_id FROM ach_cell WHERE excerpt_id = ?').all(excerptId) as {
    hypothesis_id: string;
  }[];
  return [
    ...evidence.map((e) => ({ kind: 'evidence', id: e.target_id })),
    ...ach.map((a) => ({ kind: 'achRating', id: a.hypothesis_id })),
  ];
}

export function removeAnalysisUses(db: Database.Database, excerptId: string, now: number): number {
  const ids = (stmt(db, 'SELECT id FROM evidence WHERE excerpt_id = ?').all(excerptId) as { id: string }[]).map(
    (r) => r.id,
  );
  for (const id of ids) removeEvidence(db, id, now);
  const ach = stmt(db, 'DELETE FROM ach_cell WHERE excerpt_id = ?').run(excerptId).changes;
  return ids.length + ach;
}
