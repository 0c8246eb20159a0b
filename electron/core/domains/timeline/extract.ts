/**
 * Date mentions in a source's stored text, resolved against a reference day (the
 * publication date). chrono-node finds explicit calendar dates ("am 14. Oktober",
 * "19.1.2016", "July 4, 2023", "vom 3. bis 5. Mai") and weekdays; patterns.ts adds
 * what it misses. chrono's looser finds are dropped on purpose: it reads "so" and
 * "Fr" as weekdays, "2:1" as a time and "von 20" as eight in the evening, which in
 * news text are nearly always something else.
 *
 * Offsets are UTF-16 code units into the text exactly as stored (the same offsets
 * excerpts anchor with), so `text.slice(start, end)` is the mention.
 */
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { dayOfInstant, inferYear, type Day, type DayRange } from './calendar';
import { matchPatterns, type Candidate } from './patterns';
import { sentenceAround } from './sentences';

/** Bump when extraction changes: stored timelines of older versions are recomputed. */
export const EXTRACTOR_VERSION = 3;

export interface DateMention extends Candidate {
  /** The stored text of [start, end). */
  text: string;
  /** The sentence around it, as offsets into the stored text. */
  sentenceStart: number;
  sentenceEnd: number;
}

const WEEKDAY_NAMES =
  /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Words chrono keeps at the front of a match that only introduce the date. */
const LEADING_WORDS = /^(?:am|an|vom|von|zum|bis|seit|ab|on|the|since|until|from|by)\s+/iu;

function chronoReference(ref: Day) {
  return { instant: new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)), timezone: 0 };
}

/** One chrono component as a day, with the year inferred when the text gave none. */
function dayOf(c: ParsedComponents, ref: Day, yearAllowed = true): { day: Day; yearGiven: boolean } {
  const m = c.get('month')!;
  const d = c.get('day')!;
  const yearGiven = yearAllowed && c.isCertain('year');
  const y = yearGiven ? c.get('year')! : inferYear(ref, (yy) => ({ start: { y: yy, m, d }, end: { y: yy, m, d } }));
  return { day: { y, m, d }, yearGiven };
}

/** `offset`: where the text chrono parsed starts in the stored text. */
function fromChrono(text: string, r: ParsedResult, ref: Day, offset: number): Candidate | null {
  let start = r.index + offset;
  let matched = r.text.trimStart();
  start += r.text.length - matched.length;
  const lead = LEADING_WORDS.exec(matched);
  if (lead) {
    start += lead[0].length;
    matched = matched.slice(lead[0].length);
  }
  matched = matched.replace(/[\s,]+$/u, '');
  // chrono reads "5. Mai, 2000 Menschen" as a year: a comma-separated number followed by a word is not one.
  const commaYear = /,\s*\d{4}$/u.exec(matched);
  const yearAllowed = !(commaYear && /^\s+\p{L}/u.test(text.slice(start + matched.length)));
  if (!yearAllowed) matched = matched.slice(0, commaYear!.index);
  const end = start + matched.length;
  const c = r.start;
  // A calendar date needs a number in its words: chrono also gives "vergangene Woche" and "heute" a day and month.
  if (c.isCertain('day') && c.isCertain('month') && /\p{N}/u.test(matched)) {
    const first = dayOf(c, ref, yearAllowed);
    let range: DayRange = { start: first.day, end: first.day };
    if (r.end?.isCertain('day') && r.end.isCertain('month')) {
      const last = dayOf(r.end, ref, yearAllowed);
      if (last.day.y === first.day.y || first.yearGiven) range = { start: first.day, end: last.day };
    }
    return {
      start,
      end,
      range,
      precision: 'day',
      part: null,
      resolution: first.yearGiven ? 'explicit' : 'yearInferred',
    };
  }
  // A weekday only when written out in full ("am Montag", "on Friday"), never "So" or "Fr".
  if (c.isCertain('weekday') && WEEKDAY_NAMES.test(matched.split(/\s+/u)[0] ?? '')) {
    const day = { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
    return { start, end: start + matched.split(/\s+/u)[0]!.length, range: { start: day, end: day }, precision: 'day', part: null, resolution: 'relative' }; // prettier-ignore
  }
  return null;
}

/**
 * What chrono is kept for (calendar dates and weekdays) always contains a month
 * name, a weekday name or a numeric day.month; chrono runs only on windows around
 * those, which makes a long text several times faster than parsing all of it.
 */
const TRIGGER = new RegExp(
  '(?:januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember|' +
    'january|february|march|may|june|july|october|december|montag|dienstag|mittwoch|donnerstag|freitag|samstag|' +
    'sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d{1,2}[./]\\d{1,2}[./])',
  'giu',
);
const WINDOW = 48;

function chronoWindows(text: string): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    let start = Math.max(0, m.index - WINDOW);
    let end = Math.min(text.length, m.index + m[0].length + WINDOW);
    // Never cut a word: widen to the white space around.
    while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
    while (end < text.length && !/\s/u.test(text[end]!)) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** A candidate that starts or ends inside a word ("Fr" in "Frühjahr") is a false find. */
function onWordBoundaries(text: string, c: Candidate): boolean {
  return (
    c.end > c.start &&
    !(c.start > 0 && LETTER_OR_DIGIT.test(text[c.start - 1]!)) &&
    !(c.end < text.length && LETTER_OR_DIGIT.test(text[c.end]!))
  );
}

/** Longest first; where two overlap, the longer one wins (patterns before chrono on a tie). */
function keepLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every date mention of `text`, resolved against the reference instant (epoch ms;
 * its UTC day counts). `language` picks chrono's parsers: German, English, or
 * both for a source of another or unknown language.
 */
export function extractDateMentions(text: string, referenceAt: number, language: 'de' | 'en' | 'other'): DateMention[] {
  const ref = dayOfInstant(referenceAt);
  const parsers = language === 'de' ? [chrono.de] : language === 'en' ? [chrono.en] : [chrono.de, chrono.en];
  const candidates: Candidate[] = matchPatterns(text, ref);
  for (const parser of parsers) {
    for (const w of chronoWindows(text)) {
      for (const r of parser.parse(text.slice(w.start, w.end), chronoReference(ref))) {
        const c = fromChrono(text, r, ref, w.start);
        if (c) candidates.push(c);
      }
    }
  }
  return keepLongest(candidates.filter((c) => onWordBoundaries(text, c))).map((c) => {
    const sentence = sentenceAround(text, c.start, c.end);
    return { ...c, text: text.slice(c.start, c.end), sentenceStart: sentence.start, sentenceEnd: sentence.end };
  });
}
