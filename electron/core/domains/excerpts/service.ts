import type Database from 'better-sqlite3';
import { WorkbenchError } from '../../../../shared/contract/errors';
import type { ReanchorReport } from '../../../../shared/contract/excerpts';
import type { ExcerptColour, Translation } from '../../../../shared/domain/excerpt';
import type { SourceVersionContent } from '../../../../shared/domain/source';
import { readVersion, requireSource } from '../sources/repo';
import { blockIndexOf, contextOf, locateQuote, pageSpanOf, rangeProblem, trimRange, type Range } from './anchor';
import { TextChange, reanchor, type Reanchored } from './reanchor';
import { GramIndex } from './similarity';
import {
  appendAnchorHistory,
  insertExcerpt,
  readStored,
  setPlacement,
  storedOfSource,
  type Placement,
  type SelectorState,
  type StoredExcerpt,
} from './repo';

/** Versions' texts loaded once per operation: re-anchoring a source touches the same few versions many times. */
export class VersionTexts {
  private readonly cache = new Map<string, SourceVersionContent>();

  constructor(private readonly db: Database.Database) {}

  get(sourceId: string, version?: number): SourceVersionContent {
    const key = `${sourceId}#${version ?? 'current'}`;
    let content = this.cache.get(key);
    if (!content) {
      content = readVersion(this.db, sourceId, version);
      this.cache.set(key, content);
      this.cache.set(`${sourceId}#${content.version}`, content);
    }
    return content;
  }
}

export interface SelectionInput {
  start?: number | undefined;
  end?: number | undefined;
  quote?: string | undefined;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

const invalid = (message: string, details?: unknown) => new WorkbenchError('INVALID_INPUT', message, details);

/** White space and normalisation aside, the same words: DOM selections render line breaks and spaces differently. */
const comparable = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * The stored range a selection stands for. Offsets are checked against the
 * stored text and trimmed of white space at both ends; a quote (NFC-normalised,
 * so NFD input finds NFC text) is looked up and must be unambiguous. Whatever
 * the client sends, the words stored are always cut from the stored text.
 */
export function resolveSelection(content: SourceVersionContent, sel: SelectionInput): Range {
  const { text } = content;
  let range: Range;
  if (sel.start !== undefined && sel.end !== undefined) {
    const problem = rangeProblem(text, { start: sel.start, end: sel.end });
    if (problem) throw invalid(problem, { start: sel.start, end: sel.end, textLength: text.length });
    range = trimRange(text, { start: sel.start, end: sel.end });
    if (sel.quote !== undefined && comparable(text.slice(range.start, range.end)) !== comparable(sel.quote)) {
      throw invalid('The selected words differ from the stored text at this place; nothing was saved.', {
        stored: text.slice(range.start, range.end),
      });
    }
  } else {
    const quote = (sel.quote ?? '').normalize('NFC').trim();
    if (!quote) throw invalid('The quote contains only white space.');
    const found = locateQuote(text, quote, { prefix: sel.prefix, suffix: sel.suffix });
    if (!found.ok) {
      throw found.reason === 'notFound'
        ? invalid('These words do not occur in this version of the source.')
        : invalid(`These words occur ${found.count} times; give the words around them, or offsets.`, {
            occurrences: found.count,
          });
    }
    range = found.range;
  }
  const problem = rangeProblem(text, range);
  if (problem) throw invalid(problem, range);
  return range;
}

const ORPHAN_PLACE = { start: null, end: null, proposedText: null, similarity: null, page: null, blockIndex: null };

/** The placement a re-anchoring result (or a fresh selection) gives in `content`. */
export function placementIn(
  content: SourceVersionContent,
  r: Reanchored | ({ status: 'anchored' } & Range),
): Placement {
  if (r.status === 'orphan') return { version: content.version, status: 'orphan', ...ORPHAN_PLACE };
  const range = { start: r.start, end: r.end };
  return {
    version: content.version,
    status: r.status,
    ...range,
    proposedText: r.status === 'moved' ? content.text.slice(r.start, r.end) : null,
    similarity: r.status === 'moved' ? r.similarity : null,
    page: pageSpanOf(content.pages, range),
    blockIndex: blockIndexOf(content.blocks, range),
  };
}

/** The confirmed selector for an exact range: its words, their context, and this version as the basis. */
export function exactSelector(content: SourceVersionContent, range: Range): SelectorState {
  return {
    quote: content.text.slice(range.start, range.end),
    ...contextOf(content.text, range.start, range.end),
    basisVersion: content.version,
    basisStart: range.start,
    basisEnd: range.end,
  };
}

export interface CreateInput extends SelectionInput {
  sourceId: string;
  version?: number | undefined;
  colour: ExcerptColour;
  tags: string[];
  comment: string;
  translation: Translation | null;
}

export function createExcerpt(db: Database.Database, input: CreateInput, id: string, now: number): void {
  const content = readVersion(db, input.sourceId, input.version);
  const range = resolveSelection(content, input);
  const selector = exactSelector(content, range);
  const placement = placementIn(content, { status: 'anchored', ...range });
  insertExcerpt(db, {
    id,
    sourceId: input.sourceId,
    ...selector,
    ...placement,
    colour: input.colour,
    tags: input.tags,
    comment: input.comment.normalize('NFC'),
    translation: input.translation ? { ...input.translation, text: input.translation.text.normalize('NFC') } : null,
    now,
  });
  appendAnchorHistory(db, id, {
    event: 'created',
    method: 'selection',
    from: null,
    placement,
    quote: selector.quote,
    previousQuote: null,
    at: now,
  });
}

/**
 * What re-anchoring into one version can share across excerpts: the changed
 * region per old version, and the index of the new text for fuzzy searches.
 */
export class Target {
  readonly grams: GramIndex;
  private readonly changes = new Map<number, TextChange>();

  constructor(readonly content: SourceVersionContent) {
    this.grams = new GramIndex(content.text);
  }

  change(oldVersion: number, oldText: string): TextChange {
    let change = this.changes.get(oldVersion);
    if (!change) this.changes.set(oldVersion, (change = new TextChange(oldText, this.content.text)));
    return change;
  }
}

/** Re-anchors one excerpt into the target version from its confirmed selector. */
export function reanchorOne(
  db: Database.Database,
  e: StoredExcerpt,
  target: Target,
  texts: VersionTexts,
  now: number,
): Reanchored {
  const { content } = target;
  const oldText = e.basisVersion === null ? null : texts.get(e.sourceId, e.basisVersion).text;
  const change = oldText !== null && e.basisVersion !== null ? target.change(e.basisVersion, oldText) : undefined;
  const result = reanchor(
    { quote: e.quote, prefix: e.prefix, suffix: e.suffix, start: e.basisStart, end: e.basisEnd },
    { newText: content.text, oldText, change, grams: target.grams },
  );
  const placement = placementIn(content, result);
  const selector = result.status === 'anchored' ? exactSelector(content, result) : null;
  setPlacement(db, e.id, placement, selector, now);
  appendAnchorHistory(db, e.id, {
    event: 'reanchored',
    method: result.method,
    from: { version: e.version, status: e.status },
    placement,
    quote: selector?.quote ?? e.quote,
    previousQuote: null,
    at: now,
  });
  return result;
}

/** Re-anchors every excerpt of a source that is not on `version` (the current one by default). */
export function reanchorSource(
  db: Database.Database,
  sourceId: string,
  version: number | undefined,
  now: number,
): ReanchorReport {
  requireSource(db, sourceId);
  const texts = new VersionTexts(db);
  const content = texts.get(sourceId, version);
  const report: ReanchorReport = {
    sourceId,
    version: content.version,
    anchored: 0,
    moved: 0,
    orphan: 0,
    unchanged: 0,
    items: [],
  };
  const target = new Target(content);
  for (const e of storedOfSource(db, sourceId)) {
    if (e.version === content.version) {
      report.unchanged++;
      continue;
    }
    const result = reanchorOne(db, e, target, texts, now);
    report[result.status]++;
    report.items.push({
      excerptId: e.id,
      fromVersion: e.version,
      fromStatus: e.status,
      version: content.version,
      status: result.status,
      method: result.method,
      similarity: result.status === 'moved' ? result.similarity : null,
    });
  }
  return report;
}

/** After an import: every source that got a new version has its excerpts re-anchored into it. */
export function reanchorAfterImport(
  db: Database.Database,
  results: readonly { status: string; sourceId?: string | undefined }[],
  now: number,
): void {
  const sources = new Set(results.filter((r) => r.status === 'newVersion' && r.sourceId).map((r) => r.sourceId!));
  for (const sourceId of sources) db.transaction(() => reanchorSource(db, sourceId, undefined, now)).immediate();
}

export function confirmExcerpt(db: Database.Database, id: string, now: number): void {
  const e = readStored(db, id);
  if (e.status === 'anchored') return; // already exact: confirming again changes nothing
  if (e.status === 'orphan' || e.start === null || e.end === null) {
    throw invalid('An orphan has no proposed place to confirm; select the words in the source to re-anchor it.', {
      status: e.status,
    });
  }
  const content = readVersion(db, e.sourceId, e.version);
  const range = { start: e.start, end: e.end };
  const selector = exactSelector(content, range);
  const placement = placementIn(content, { status: 'anchored', ...range });
  setPlacement(db, id, placement, selector, now);
  appendAnchorHistory(db, id, {
    event: 'confirmed',
    method: 'confirmation',
    from: { version: e.version, status: e.status },
    placement,
    quote: selector.quote,
    previousQuote: selector.quote === e.quote ? null : e.quote,
    at: now,
  });
}

export function reanchorManually(
  db: Database.Database,
  id: string,
  sel: SelectionInput & { version?: number | undefined },
  now: number,
): void {
  const e = readStored(db, id);
  const content = readVersion(db, e.sourceId, sel.version);
  const range = resolveSelection(content, sel);
  const selector = exactSelector(content, range);
  const placement = placementIn(content, { status: 'anchored', ...range });
  setPlacement(db, id, placement, selector, now);
  appendAnchorHistory(db, id, {
    event: 'manual',
    method: 'selection',
    from: { version: e.version, status: e.status },
    placement,
    quote: selector.quote,
    previousQuote: selector.quote === e.quote ? null : e.quote,
    at: now,
  });
}

export function keepAsOrphan(db: Database.Database, id: string, now: number): void {
  const e = readStored(db, id);
  if (e.status === 'orphan') return;
  if (e.status === 'anchored') {
    throw invalid('This excerpt is anchored to its exact words; only a moved excerpt can be kept as an orphan.');
  }
  const placement: Placement = { version: e.version, status: 'orphan', ...ORPHAN_PLACE };
  setPlacement(db, id, placement, null, now);
  appendAnchorHistory(db, id, {
    event: 'keptAsOrphan',
    method: 'none',
    from: { version: e.version, status: e.status },
    placement,
    quote: e.quote,
    previousQuote: null,
    at: now,
  });
}
