import type Database from 'better-sqlite3';
import type { ResolvedClaim, ResolvedExcerpt } from '../../../../shared/contract/briefings';
import type { Confidence, Credibility } from '../../../../shared/domain/tradecraft';
import { grade } from '../../../../shared/domain/tradecraft';
import type { TlpMarking } from '../../../../shared/domain/markings';
import type { Reliability } from '../../../../shared/domain/source';
import type { ExcerptStatus } from '../../../../shared/domain/excerpt';
import { stmt } from '../sources/statements';

interface ClaimRow {
  id: string;
  kind: ResolvedClaim['kind'];
  text: string;
  likelihood_scale: 'ICD203' | 'PHIA' | null;
  likelihood_term: string | null;
  confidence: Confidence | null;
  tlp: TlpMarking;
}

export function resolveClaims(db: Database.Database, ids: readonly string[]): Record<string, ResolvedClaim> {
  const out: Record<string, ResolvedClaim> = {};
  for (const id of new Set(ids)) {
    const r = stmt(
      db,
      'SELECT id, kind, text, likelihood_scale, likelihood_term, confidence, tlp FROM analytic_object WHERE id = ?',
    ).get(id) as ClaimRow | undefined;
    out[id] = r
      ? {
          id,
          exists: true,
          kind: r.kind,
          text: r.text,
          likelihood:
            r.likelihood_scale && r.likelihood_term ? { scale: r.likelihood_scale, term: r.likelihood_term } : null,
          confidence: r.confidence,
          tlp: r.tlp,
        }
      : { id, exists: false, kind: null, text: '', likelihood: null, confidence: null, tlp: null };
  }
  return out;
}

interface ExcerptRow {
  id: string;
  status: ExcerptStatus;
  quote: string;
  translation_text: string | null;
  translation_language: string | null;
  source_id: string;
  title: string;
  outlet: string;
  url: string;
  published_at: number | null;
  language: 'de' | 'en' | 'other';
  reliability: Reliability | null;
  tlp: TlpMarking;
  page_first: number | null;
  page_first_label: string | null;
  page_last: number | null;
  page_last_label: string | null;
  block_index: number | null;
  worst: Credibility | null;
}

/**
 * Excerpts as a citation shows them. The grade's credibility is the most
 * doubtful one any evidence link gives the excerpt: a citation never reads
 * better than the analyst rated the information somewhere in the case.
 */
export function resolveExcerpts(db: Database.Database, ids: readonly string[]): Record<string, ResolvedExcerpt> {
  const out: Record<string, ResolvedExcerpt> = {};
  for (const id of new Set(ids)) {
    const r = stmt(
      db,
      `SELECT x.id, x.status, x.quote, x.translation_text, x.translation_language, x.source_id, s.title, s.outlet, s.url,
              s.published_at, s.language, s.reliability, s.tlp, x.page_first, x.page_first_label, x.page_last,
              x.page_last_label, x.block_index,
              (SELECT max(credibility) FROM evidence WHERE excerpt_id = x.id) AS worst
       FROM excerpt x JOIN source s ON s.id = x.source_id WHERE x.id = ?`,
    ).get(id) as ExcerptRow | undefined;
    out[id] = r
      ? {
          id,
          exists: true,
          status: r.status,
          quote: r.quote,
          translation:
            r.translation_text && r.translation_language
              ? { text: r.translation_text, language: r.translation_language }
              : null,
          sourceId: r.source_id,
          sourceTitle: r.title,
          outlet: r.outlet,
          publishedAt: r.published_at,
          url: r.url,
          sourceLanguage: r.language,
          page:
            r.page_first !== null && r.page_last !== null
              ? {
                  first: { page: r.page_first, label: r.page_first_label ?? String(r.page_first) },
                  last: { page: r.page_last, label: r.page_last_label ?? String(r.page_last) },
                }
              : null,
          paragraph: r.page_first === null && r.block_index !== null ? r.block_index + 1 : null,
          reliability: r.reliability,
          credibility: r.worst,
          grade: grade(r.reliability, r.worst),
          tlp: r.tlp,
        }
      : {
          id,
          exists: false,
          status: null,
          quote: '',
          translation: null,
          sourceId: null,
          sourceTitle: '',
          outlet: '',
          publishedAt: null,
          url: '',
          sourceLanguage: null,
          page: null,
          paragraph: null,
          reliability: null,
          credibility: null,
          grade: '',
          tlp: null,
        };
  }
  return out;
}
