import type { AnalyticKind } from '../domain/analysis';
import { ESTIMATIVE_TERMS, type TermUse } from '../domain/estimativeTerms';
import type { LikelihoodScale } from '../domain/scales';
import type { Confidence, Likelihood } from '../domain/tradecraft';
import type { DocNode } from './document';
import { textBlocks, type TextBlockInfo } from './references';

/**
 * Estimative-language checks while writing (issue 6 §4), in English and German.
 * Pure functions over the document and what it references, so the editor (as
 * underlines), export (as warnings) and tests share one implementation.
 */
export const LANGUAGE_CHECK_TYPES = [
  /** ICD 203 rule (b): a confidence level and a likelihood term in one sentence. */
  'confidenceWithLikelihood',
  /** Terms from both ICD 203 rows in one product (rule a). */
  'mixedIcdRows',
  /** A likelihood term that belongs only to a scale other than the case's. */
  'offScaleTerm',
  /** A vague modal ("might", "könnte") in a key judgment. */
  'vagueModal',
  /** A likelihood word that disagrees with the rating of the judgment the sentence references. */
  'likelihoodDisagrees',
  /** A citation of an excerpt that is orphaned (or awaiting confirmation) or no longer exists. */
  'citationProblem',
] as const;
export type LanguageCheckType = (typeof LANGUAGE_CHECK_TYPES)[number];

export interface ReferencedObject {
  kind: AnalyticKind;
  text: string;
  likelihood: Likelihood | null;
  confidence: Confidence | null;
}

export interface LanguageContext {
  scale: LikelihoodScale;
  objects: ReadonlyMap<string, ReferencedObject>;
  /** Status of each cited excerpt; a cited id missing here was deleted. */
  excerpts: ReadonlyMap<string, 'anchored' | 'moved' | 'orphan'>;
  /** Keys the writer dismissed (with a reason, kept by the briefing). */
  dismissed?: ReadonlySet<string>;
}

export interface LanguageIssue {
  /** Stable while the sentence and the term stay the same, so a dismissal sticks. */
  key: string;
  type: LanguageCheckType;
  /** Index of the text leaf (paragraph or heading, in document order) and the range in its text. */
  leaf: number;
  start: number;
  end: number;
  /** The words underlined. */
  text: string;
  message: string;
  dismissed: boolean;
}

/** Atoms (references) stand as one character, so leaf offsets map one to one onto editor positions. */
export const ATOM_CHAR = '\uFFFC';

const CONFIDENCE_PATTERNS = [
  /\b(?:high|moderate|medium|low)(?:[- ]|\s+)confidence\b/giu,
  /\b(?:hohe[mnrs]?|mittlere[mnrs]?|geringe[mnrs]?|niedrige[mnrs]?)\s+(?:Konfidenz|Vertrauen|Gewissheit)\b/giu,
  /\bmit\s+(?:hoher|mittlerer|geringer|niedriger)\s+(?:Konfidenz|Sicherheit|Gewissheit)\b/giu,
];
const VAGUE_MODALS =
  /(?<![\p{L}])(?:might|could|may|possibly|perhaps|conceivably|möglicherweise|könnte[nst]?|vielleicht|eventuell|womöglich|unter Umständen)(?![\p{L}])/giu;
const KEY_JUDGMENT_SECTION =
  /key judg|bottom line|\bbluf\b|kernaussage|kernurteil|schlüsselurteil|zentrale (?:urteil|aussage|bewertung)|wesentliche urteil/iu;
const ABBREVIATIONS =
  /(?:\b(?:z|d|u|o|s|e|i|bzw|ca|vgl|Nr|Dr|Prof|Abs|Art|etc|usw|ggf|inkl|evtl|St|Mr|Mrs|Ms|vs|No|U\.S)\.)$/u;

interface Sentence {
  leaf: number;
  start: number;
  end: number;
  text: string;
  section: string | null;
  claimIds: string[];
  excerptIds: string[];
}

/** Sentences of a leaf's text, with offsets; abbreviations like "z. B." and "e.g." do not end one. */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const re = /[.!?…]+["”“»)]*\s+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(start, m.index + 1);
    // A sentence starts with a capital, a digit or an opening quote; "z. B. wahr" and "e.g. this" go on.
    const next = text[m.index + m[0].length] ?? '';
    if (ABBREVIATIONS.test(before) || !/[\p{Lu}\d„"“‚'([]/u.test(next)) continue;
    out.push({ start, end: m.index + m[0].trimEnd().length });
    start = m.index + m[0].length;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ start, end: text.trimEnd().length });
  return out;
}

/** What a sentence holds regardless of the case and its ratings: found once per distinct leaf text. */
interface AnalysedSentence extends Omit<Sentence, 'leaf'> {
  terms: TermHit[];
  confidences: { index: number; text: string }[];
  modals: { index: number; text: string }[];
  hash: string;
}

/** One text leaf's sentences, analysed; the same leaf text (and section and references) gives the same analysis. */
interface LeafAnalysis {
  sentences: AnalysedSentence[];
}

function analyseLeaf(b: TextBlockInfo): LeafAnalysis {
  if (b.kind === 'excerptQuote') return { sentences: [] };
  // Where each atom stands, so each sentence gets the references inside it without recounting from the start.
  const atomOffsets: number[] = [];
  for (let i = b.text.indexOf(ATOM_CHAR); i >= 0; i = b.text.indexOf(ATOM_CHAR, i + 1)) atomOffsets.push(i);
  let atom = 0;
  const sentences = splitSentences(b.text).map<AnalysedSentence>((s) => {
    while (atom < atomOffsets.length && atomOffsets[atom]! < s.start) atom += 1;
    let last = atom;
    while (last < atomOffsets.length && atomOffsets[last]! < s.end) last += 1;
    const refs = b.refs.slice(atom, last);
    atom = last;
    const text = b.text.slice(s.start, s.end);
    return {
      start: s.start,
      end: s.end,
      text,
      section: b.section,
      claimIds: refs.filter((r) => r.kind === 'claim').map((r) => r.id),
      excerptIds: refs.filter((r) => r.kind === 'excerpt').map((r) => r.id),
      terms: findTerms(text),
      confidences: CONFIDENCE_PATTERNS.flatMap((p) => [...text.matchAll(p)]).map((m) => ({
        index: m.index,
        text: m[0],
      })),
      modals: [...text.matchAll(VAGUE_MODALS)].map((m) => ({ index: m.index, text: m[0] })),
      hash: hash(text),
    };
  });
  return { sentences };
}

/**
 * Remembers each leaf's analysis between runs, so checking a long briefing after a
 * key press re-reads only the paragraph that changed (the editor runs the checks on
 * every pause in typing). Keeps only the leaves of the last run.
 */
export class LanguageCheckCache {
  private leaves = new Map<string, LeafAnalysis>();
  private next = new Map<string, LeafAnalysis>();

  analysis(b: TextBlockInfo): LeafAnalysis {
    const key = `${b.kind}\u0001${b.section ?? ''}\u0001${b.refs.map((r) => r.id).join(',')}\u0001${b.text}`;
    const found = this.next.get(key) ?? this.leaves.get(key) ?? analyseLeaf(b);
    this.next.set(key, found);
    return found;
  }

  /** Called after a run: what that run did not use is forgotten. */
  settle(): void {
    this.leaves = this.next;
    this.next = new Map();
  }
}

interface TermHit {
  start: number;
  end: number;
  text: string;
  uses: readonly TermUse[];
}

/** Likelihood terms in a text, longest first, never overlapping ("sehr unwahrscheinlich" is one term, not three). */
export function findTerms(text: string): TermHit[] {
  const lower = text.toLowerCase();
  const hits: TermHit[] = [];
  const terms = [...ESTIMATIVE_TERMS.keys()].sort((a, b) => b.length - a.length);
  const taken = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    let at = lower.indexOf(term);
    while (at >= 0) {
      const end = at + term.length;
      const boundary = !/\p{L}/u.test(lower[at - 1] ?? ' ') && !/\p{L}/u.test(lower[end] ?? ' ');
      if (boundary && !taken.slice(at, end).some(Boolean)) {
        taken.fill(true, at, end);
        hits.push({ start: at, end, text: text.slice(at, end), uses: ESTIMATIVE_TERMS.get(term)! });
      }
      at = lower.indexOf(term, at + 1);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** FNV-1a of the folded sentence: a dismissal survives edits elsewhere, not a rewrite of the sentence. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const stepOn = (uses: readonly TermUse[], scale: LikelihoodScale) => uses.find((u) => u.scale === scale)?.step;

export function checkLanguage(doc: DocNode, ctx: LanguageContext, cache?: LanguageCheckCache): LanguageIssue[] {
  return checkLeaves(textBlocks(doc, ATOM_CHAR), ctx, cache);
}

/**
 * The checks over text leaves as textBlocks(doc, ATOM_CHAR) gives them (the editor
 * builds them from its own document without going through JSON).
 */
export function checkLeaves(
  leaves: readonly TextBlockInfo[],
  ctx: LanguageContext,
  cache: LanguageCheckCache = new LanguageCheckCache(),
): LanguageIssue[] {
  const issues: Omit<LanguageIssue, 'key' | 'dismissed'>[] = [];
  const keyOf = (type: LanguageCheckType, s: Sentence & { hash?: string }, words: string) =>
    `${type}:${s.hash ?? hash(s.text)}:${words.toLowerCase()}`;
  const keys: string[] = [];
  const push = (
    type: LanguageCheckType,
    s: Sentence & { hash?: string },
    start: number,
    end: number,
    message: string,
    keyWords?: string,
  ) => {
    const text = s.text.slice(start, end);
    issues.push({ type, leaf: s.leaf, start: s.start + start, end: s.start + end, text, message });
    keys.push(keyOf(type, s, keyWords ?? text));
  };
  const sentences = leaves.flatMap((b, leaf) => cache.analysis(b).sentences.map((s) => ({ ...s, leaf })));
  cache.settle();

  // Rule (a): which ICD 203 row does the product use? The first row-specific term decides.
  let firstRow: 1 | 2 | null = null;
  for (const s of sentences) {
    for (const hit of s.terms) {
      const rows = new Set(hit.uses.filter((u) => u.scale === 'ICD203').map((u) => u.row));
      if (rows.size === 1) firstRow ??= [...rows][0] ?? null;
    }
  }

  for (const s of sentences) {
    const terms = s.terms;
    if (terms.length && s.confidences.length) {
      const c = s.confidences[0]!;
      push(
        'confidenceWithLikelihood',
        s,
        c.index,
        c.index + c.text.length,
        `ICD 203: do not put a confidence level (“${c.text}”) and a likelihood term (“${terms[0]!.text}”) in one sentence.`,
      );
    }
    for (const hit of terms) {
      const onCase = hit.uses.some((u) => u.scale === ctx.scale);
      if (!onCase) {
        push('offScaleTerm', s, hit.start, hit.end, `“${hit.text}” is not a term of the case’s ${ctx.scale} scale.`);
        continue;
      }
      const icdRows = new Set(hit.uses.filter((u) => u.scale === 'ICD203').map((u) => u.row));
      if (ctx.scale === 'ICD203' && firstRow && icdRows.size === 1 && !icdRows.has(firstRow)) {
        push(
          'mixedIcdRows',
          s,
          hit.start,
          hit.end,
          `“${hit.text}” is from ICD 203 row ${[...icdRows][0]}; this briefing already uses row ${firstRow}. Use one row, or add the disclaimer.`,
        );
      }
      for (const id of s.claimIds) {
        const o = ctx.objects.get(id);
        if (!o?.likelihood) continue;
        const said = stepOn(hit.uses, o.likelihood.scale);
        const rated = stepOn(ESTIMATIVE_TERMS.get(o.likelihood.term) ?? [], o.likelihood.scale);
        if (said !== undefined && rated !== undefined && said !== rated) {
          push(
            'likelihoodDisagrees',
            s,
            hit.start,
            hit.end,
            `“${hit.text}” disagrees with the judgment’s rating “${o.likelihood.term}”.`,
          );
        }
      }
    }
    const inKeyJudgment =
      (s.section !== null && KEY_JUDGMENT_SECTION.test(s.section)) ||
      s.claimIds.some((id) => ctx.objects.get(id)?.kind === 'judgment');
    if (inKeyJudgment) {
      for (const m of s.modals) {
        push(
          'vagueModal',
          s,
          m.index,
          m.index + m.text.length,
          `“${m.text}” is vague in a key judgment: state the likelihood with a term of the scale.`,
        );
      }
    }
  }

  // Citations of orphaned, unconfirmed or deleted excerpts: at the marker, or the whole quotation block.
  const citationMessage = (status: 'moved' | 'orphan' | undefined) =>
    status === undefined
      ? 'This citation points to an excerpt that no longer exists.'
      : status === 'orphan'
        ? 'This citation points to an orphaned excerpt: its words are no longer found in the source.'
        : 'This citation points to an excerpt that moved and awaits confirmation.';
  leaves.forEach((b, leaf) => {
    const whole: Sentence = {
      leaf,
      start: 0,
      end: b.text.length,
      text: b.text,
      section: b.section,
      claimIds: [],
      excerptIds: [],
    };
    if (b.kind === 'excerptQuote') {
      const status = ctx.excerpts.get(b.refs[0]?.id ?? '');
      if (status !== 'anchored')
        push('citationProblem', { ...whole, text: b.refs[0]?.id ?? '' }, 0, 0, citationMessage(status));
      return;
    }
    let atom = -1;
    for (let i = 0; i < b.text.length; i++) {
      if (b.text[i] !== ATOM_CHAR) continue;
      atom += 1;
      const ref = b.refs[atom];
      if (ref?.kind !== 'excerpt') continue;
      const status = ctx.excerpts.get(ref.id);
      if (status !== 'anchored') push('citationProblem', whole, i, i + 1, citationMessage(status), ref.id);
    }
  });

  return issues.map((issue, i) => ({
    ...issue,
    key: keys[i]!,
    dismissed: ctx.dismissed?.has(keys[i]!) ?? false,
  }));
}
