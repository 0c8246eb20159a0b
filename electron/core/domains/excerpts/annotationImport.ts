/**
 * Importing W3C Web Annotations into a case whose sources match by SHA-256.
 * Lenient in what it reads (a collection with embedded pages, a page, one
 * annotation or a list; single values where the model allows arrays), strict
 * in what it creates: the quote is NFC-normalised and anchored into the
 * matching version with the same rules as re-anchoring, then re-anchored into
 * the source's current version if that is newer. The old text is not known
 * here, so an exact anchor needs the position with its context, or a unique
 * quote with one side of context that still stands next to it; a shorter
 * context written by another tool counts when its characters agree.
 */
import type Database from 'better-sqlite3';
import { WorkbenchError } from '../../../../shared/contract/errors';
import type { AnnotationImportReport } from '../../../../shared/contract/excerpts';
import {
  CONTEXT_CHARS,
  EXCERPT_COLOURS,
  MAX_EXCERPT_CHARS,
  excerptTagSchema,
  translationSchema,
  type ExcerptColour,
  type Translation,
} from '../../../../shared/domain/excerpt';
import { findVersionByBlob } from '../sources/repo';
import { CodePoints, rangeProblem, trimRange } from './anchor';
import { reanchor } from './reanchor';
import {
  appendAnchorHistory,
  excerptExists,
  hasTwin,
  insertExcerpt,
  readStored,
  type Placement,
  type SelectorState,
} from './repo';
import { Target, VersionTexts, exactSelector, placementIn, reanchorOne } from './service';
import { STYLE_CLASS_PREFIX } from './webAnnotation';

const MAX_ANNOTATIONS = 100_000;

type Outcome = AnnotationImportReport['items'][number];

interface Parsed {
  id: string | null;
  sha256: string | null;
  quote: { exact: string; prefix: string; suffix: string } | null;
  /** Code points, as the model counts them. */
  position: { start: number; end: number } | null;
  comment: string;
  tags: string[];
  translation: Translation | null;
  colour: ExcerptColour;
  created: number | null;
  modified: number | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const hasType = (o: Obj, type: string) => asArray(o.type).includes(type);
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const nat = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);
const time = (v: unknown) => {
  const ms = typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isFinite(ms) ? ms : null;
};

function itemsOf(json: unknown): unknown[] {
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new WorkbenchError('INVALID_INPUT', 'The annotations are not valid JSON.');
    }
  }
  let items: unknown[] | null = null;
  if (Array.isArray(value)) items = value;
  else if (isObj(value) && hasType(value, 'Annotation')) items = [value];
  else if (isObj(value) && hasType(value, 'AnnotationPage')) items = asArray(value.items);
  else if (isObj(value) && hasType(value, 'AnnotationCollection')) {
    if (value.first !== undefined && !isObj(value.first)) {
      throw new WorkbenchError(
        'INVALID_INPUT',
        'The collection’s pages are not embedded; only embedded pages can be read offline.',
      );
    }
    // Embedded pages may chain through `next`; read them all.
    items = [];
    for (let page: unknown = value.first; isObj(page); page = page.next) items.push(...asArray(page.items));
    if (!isObj(value.first)) items.push(...asArray(value.items));
  }
  if (!items)
    throw new WorkbenchError(
      'INVALID_INPUT',
      'This is not a W3C Web Annotation, AnnotationPage or AnnotationCollection.',
    );
  if (items.length > MAX_ANNOTATIONS) {
    throw new WorkbenchError('PAYLOAD_TOO_LARGE', `At most ${MAX_ANNOTATIONS} annotations can be imported at once.`);
  }
  return items;
}

/** Cuts imported context to our 32 code points, the nearest ones kept, so exports of other tools compare fairly. */
function clipContext(text: string, side: 'prefix' | 'suffix'): string {
  const nfc = text.normalize('NFC');
  const chars = Array.from(nfc);
  if (chars.length <= CONTEXT_CHARS) return nfc;
  return side === 'prefix' ? chars.slice(-CONTEXT_CHARS).join('') : chars.slice(0, CONTEXT_CHARS).join('');
}

function parseAnnotation(raw: unknown): Parsed | string {
  if (!isObj(raw) || !hasType(raw, 'Annotation')) return 'Not an Annotation.';
  const target = asArray(raw.target).find((t) => isObj(t) || typeof t === 'string');
  if (target === undefined) return 'The annotation has no target.';
  const source =
    typeof target === 'string' ? target : (str(target.source) ?? (isObj(target.source) ? str(target.source.id) : null));
  const sha = source?.match(/^urn:sha256:([0-9a-f]{64})$/i)?.[1]?.toLowerCase() ?? null;
  const selectors = isObj(target) ? asArray(target.selector).filter(isObj) : [];
  const tq = selectors.find((s) => hasType(s, 'TextQuoteSelector') && str(s.exact));
  const tp = selectors.find((s) => hasType(s, 'TextPositionSelector') && nat(s.start) !== null && nat(s.end) !== null);
  const parsed: Parsed = {
    id: str(raw.id),
    sha256: sha,
    quote: tq
      ? {
          exact: str(tq.exact)!.normalize('NFC'),
          prefix: clipContext(str(tq.prefix) ?? '', 'prefix'),
          suffix: clipContext(str(tq.suffix) ?? '', 'suffix'),
        }
      : null,
    position: tp ? { start: nat(tp.start)!, end: nat(tp.end)! } : null,
    comment: '',
    tags: [],
    translation: null,
    colour: 'yellow',
    created: time(raw.created),
    modified: time(raw.modified),
  };
  if (parsed.quote && !parsed.quote.exact.trim()) return 'The quote contains only white space.';
  if (parsed.quote && parsed.quote.exact.length > MAX_EXCERPT_CHARS) return 'The quote is too long for an excerpt.';
  const styleClass = isObj(target) ? str(target.styleClass) : null;
  const colour = styleClass?.startsWith(STYLE_CLASS_PREFIX) ? styleClass.slice(STYLE_CLASS_PREFIX.length) : null;
  if ((EXCERPT_COLOURS as readonly (string | null)[]).includes(colour)) parsed.colour = colour as ExcerptColour;
  const comments: string[] = [];
  for (const body of asArray(raw.body).filter(isObj)) {
    const value = str(body.value);
    if (!hasType(body, 'TextualBody') || value === null) continue;
    const purposes = asArray(body.purpose);
    const language = str(body.language);
    if (purposes.includes('tagging')) {
      const tag = excerptTagSchema.safeParse(value.normalize('NFC'));
      if (tag.success) parsed.tags.push(tag.data);
    } else if (purposes.includes('describing') && language && !parsed.translation) {
      const translation = translationSchema.safeParse({ text: value.normalize('NFC'), language });
      if (translation.success) parsed.translation = translation.data;
    } else if (value.trim()) comments.push(value.normalize('NFC'));
  }
  parsed.comment = comments.join('\n\n').slice(0, 100_000);
  return parsed;
}

/** Anchors a parsed annotation into the version it was made on; null when its offsets make no sense there. */
function anchorInMatch(p: Parsed, text: string, cp: CodePoints, content: Parameters<typeof placementIn>[0]) {
  const start = p.position ? cp.fromCodePoint(p.position.start) : null;
  const end = p.position ? cp.fromCodePoint(p.position.end) : null;
  if (!p.quote) {
    // Offsets alone, in the very file they were made on (same SHA-256): they select words as a reader does.
    if (start === null || end === null || rangeProblem(text, { start, end })) return null;
    const range = trimRange(text, { start, end });
    return {
      method: 'selection' as const,
      selector: exactSelector(content, range),
      placement: placementIn(content, { status: 'anchored', ...range }),
    };
  }
  const basis = { quote: p.quote.exact, prefix: p.quote.prefix, suffix: p.quote.suffix, start, end };
  const result = reanchor(basis, { newText: text, oldText: null });
  const placement: Placement = placementIn(content, result);
  const selector: SelectorState =
    result.status === 'anchored'
      ? exactSelector(content, result)
      : {
          quote: basis.quote,
          prefix: basis.prefix,
          suffix: basis.suffix,
          basisVersion: null,
          basisStart: null,
          basisEnd: null,
        };
  return { method: result.method, selector, placement };
}

export function importAnnotations(
  db: Database.Database,
  json: unknown,
  newId: () => string,
  now: number,
): AnnotationImportReport {
  const items = itemsOf(json);
  const texts = new VersionTexts(db);
  const codePoints = new Map<string, CodePoints>();
  const targets = new Map<string, Target>();
  const report: AnnotationImportReport = {
    counts: { created: 0, skippedDuplicate: 0, orphan: 0, noMatchingSource: 0, invalid: 0 },
    items: [],
  };
  const add = (o: Outcome) => {
    report.items.push(o);
    report.counts[o.outcome] = (report.counts[o.outcome] ?? 0) + 1;
  };
  items.forEach((raw, index) => {
    const p = parseAnnotation(raw);
    const annotationId = isObj(raw) ? str(raw.id) : null;
    if (typeof p === 'string') return add({ index, annotationId, outcome: 'invalid', message: p });
    const wanted = p.id?.match(/(exc_[0-9a-z]{16})$/)?.[1] ?? null;
    if (wanted && excerptExists(db, wanted)) {
      return add({
        index,
        annotationId,
        outcome: 'skippedDuplicate',
        excerptId: wanted,
        message: 'Already in this case.',
      });
    }
    const match = p.sha256 ? findVersionByBlob(db, p.sha256) : null;
    if (!match) {
      const message = p.sha256
        ? 'No source in this case has this file (SHA-256).'
        : 'The target is not identified by urn:sha256.';
      return add({ index, annotationId, outcome: 'noMatchingSource', message });
    }
    if (!p.quote && !p.position) {
      const message = 'The target has neither a TextQuoteSelector nor a TextPositionSelector.';
      return add({ index, annotationId, outcome: 'invalid', message });
    }
    const content = texts.get(match.sourceId, match.version);
    const key = `${match.sourceId}#${match.version}`;
    if (!codePoints.has(key)) codePoints.set(key, new CodePoints(content.text));
    const anchored = anchorInMatch(p, content.text, codePoints.get(key)!, content);
    if (!anchored) {
      return add({ index, annotationId, outcome: 'invalid', message: 'Its offsets do not fit the source’s text.' });
    }
    if (hasTwin(db, match.sourceId, anchored.selector.quote, anchored.placement)) {
      return add({
        index,
        annotationId,
        outcome: 'skippedDuplicate',
        message: 'The same excerpt is already in this case.',
      });
    }
    const id = wanted ?? newId();
    // A savepoint per annotation: one that cannot be stored leaves nothing of itself and does not stop the others.
    try {
      db.transaction(() => {
        insertExcerpt(db, {
          id,
          sourceId: match.sourceId,
          ...anchored.selector,
          ...anchored.placement,
          colour: p.colour,
          tags: p.tags,
          comment: p.comment,
          translation: p.translation,
          now,
          createdAt: p.created ?? now,
          updatedAt: p.modified ?? p.created ?? now,
        });
        appendAnchorHistory(db, id, {
          event: 'imported',
          method: anchored.method,
          from: null,
          placement: anchored.placement,
          quote: anchored.selector.quote,
          previousQuote: null,
          at: now,
        });
        const current = texts.get(match.sourceId);
        if (current.version !== content.version) {
          if (!targets.has(match.sourceId)) targets.set(match.sourceId, new Target(current));
          reanchorOne(db, readStored(db, id), targets.get(match.sourceId)!, texts, now);
        }
      })();
    } catch (err) {
      if (!(err instanceof WorkbenchError)) throw err;
      return add({ index, annotationId, outcome: 'invalid', message: err.message });
    }
    const { status } = readStored(db, id);
    add({ index, annotationId, outcome: status === 'orphan' ? 'orphan' : 'created', excerptId: id, status });
  });
  return report;
}
