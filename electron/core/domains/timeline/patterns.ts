/**
 * Date expressions chrono-node does not parse (or parses too loosely), German and
 * English, as regular expressions over the stored text: parts of months and years
 * ("Ende Juli", "Anfang des Monats", "mid-July"), seasons ("im Frühjahr"), bare
 * months after a preposition ("im Juni"), relative weeks, months and years
 * ("vergangene Woche", "last year"), the days around the reference ("gestern")
 * and years after a cue word ("seit 1989"). A preposition that only introduces
 * the date ("im", "seit", "in") is matched as a look-behind and is not part of
 * the mention.
 */
import {
  addDays,
  addMonths,
  daysInMonth,
  inferYear,
  iso,
  monthRange,
  partOfMonth,
  partOfYear,
  seasonRange,
  weekRange,
  yearRange,
  type Day,
  type DayRange,
  type Part,
  type Precision,
  type Season,
} from './calendar';

export type Resolution = 'explicit' | 'yearInferred' | 'relative';

export interface Candidate {
  start: number;
  end: number;
  range: DayRange;
  precision: Precision;
  part: Part | null;
  resolution: Resolution;
}

const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, februar: 2, feber: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7,
  august: 8, september: 9, oktober: 10, november: 11, dezember: 12,
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, october: 10, december: 12,
}; // prettier-ignore
const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const YEAR = '((?:1[0-9]|20)[0-9]{2})';
const PARTS: Record<string, Part> = {
  anfang: 'early', beginn: 'early', mitte: 'mid', ende: 'late',
  early: 'early', beginning: 'early', start: 'early', mid: 'mid', middle: 'mid', late: 'late', end: 'late',
}; // prettier-ignore
const SEASON_WORDS: Record<string, Season> = {
  frühjahr: 'spring', frühling: 'spring', sommer: 'summer', herbst: 'autumn', winter: 'winter',
  spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn',
}; // prettier-ignore
/** Relative steps: -1 the one before, 0 this one, +1 the next. */
const STEP: Record<string, number> = {
  vergangen: -1, letzt: -1, vorig: -1, dies: 0, kommend: 1, nächst: 1,
  last: -1, past: -1, previous: -1, this: 0, next: 1, coming: 1,
}; // prettier-ignore
const DE_STEP = '(vergangen|letzt|vorig|dies|kommend|nächst)(?:e|er|en|es|em)';
const EN_STEP = '(last|past|previous|this|next|coming)';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (source: string) => new RegExp(`${B}${source}${E}`, 'giu');

const month = (word: string) => MONTHS[word.toLowerCase()]!;
const step = (word: string) => STEP[word.toLowerCase()]!;
const part = (word: string) => PARTS[word.toLowerCase()]!;

interface Rule {
  pattern: RegExp;
  /** The match's range and how it was found, or null to drop it. */
  resolve(m: RegExpExecArray, ref: Day): Omit<Candidate, 'start' | 'end'> | null;
}

/** A month (part) with or without its year. */
function monthly(ref: Day, m: number, year: string | undefined, p: Part | null): Omit<Candidate, 'start' | 'end'> {
  const build = (y: number) => (p ? partOfMonth(y, m, p) : monthRange(y, m));
  const y = year ? Number(year) : inferYear(ref, build);
  return { range: build(y), precision: 'month', part: p, resolution: year ? 'explicit' : 'yearInferred' };
}

function seasonal(ref: Day, s: Season, year: string | undefined, relStep: number | null) {
  const build = (y: number) => seasonRange(y, s);
  let y = year ? Number(year) : inferYear(ref, build);
  if (relStep !== null) {
    // The latest such season that began on or before the reference day, and whether it is still running.
    const refIso = iso(ref);
    const current = iso(build(ref.y).start) <= refIso ? ref.y : ref.y - 1;
    const running = iso(build(current).end) >= refIso;
    // "letzten Sommer" in October is the summer just past; said in July, last year's.
    if (relStep === -1) y = running ? current - 1 : current;
    else if (relStep === 0) y = current;
    else y = current + 1;
  }
  const resolution: Resolution = year ? 'explicit' : relStep !== null ? 'relative' : 'yearInferred';
  return { range: build(y), precision: 'season' as const, part: null, resolution };
}

const relative = (range: DayRange, precision: Precision, p: Part | null = null) => ({
  range,
  precision,
  part: p,
  resolution: 'relative' as const,
});

/** Days `d1`–`d2` of one month, or null when they are not a forward range of real days. */
function dayRange(ref: Day, d1: string, d2: string, monthWord: string, year: string | undefined) {
  const m = month(monthWord);
  const first = Number(d1);
  const last = Number(d2);
  const build = (y: number): DayRange => ({ start: { y, m, d: first }, end: { y, m, d: last } });
  const y = year ? Number(year) : inferYear(ref, build);
  if (first < 1 || first >= last || last > daysInMonth(y, m)) return null;
  return {
    range: build(y),
    precision: 'day' as const,
    part: null,
    resolution: year ? ('explicit' as const) : ('yearInferred' as const),
  };
}

const ORD = '(?:st|nd|rd|th)?';

const RULES: Rule[] = [
  // Day ranges chrono reads as their last day only: "zwischen dem 11. und 13. März", "between 11 and 13 March",
  // "between March 11 and 13", "March 11–13, 2025". The "zwischen"/"between" only introduces the range.
  {
    pattern: re(
      `(?<=${B}zwischen\\s+(?:dem\\s+)?)(\\d{1,2})\\.\\s*und\\s+(?:dem\\s+)?(\\d{1,2})\\.\\s*${MONTH}(?:\\s+${YEAR})?`,
    ),
    resolve: (m, ref) => dayRange(ref, m[1]!, m[2]!, m[3]!, m[4]),
  },
  {
    pattern: re(
      `(?<=${B}between\\s+(?:the\\s+)?)(\\d{1,2})${ORD}\\s+and\\s+(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`,
    ),
    resolve: (m, ref) => dayRange(ref, m[1]!, m[2]!, m[3]!, m[4]),
  },
  {
    pattern: re(
      `(?:(?<=${B}between\\s+)${MONTH}\\s+(\\d{1,2})${ORD}\\s+and\\s+(\\d{1,2})${ORD}|${MONTH}\\s+(\\d{1,2})\\s*[–-]\\s*(\\d{1,2}))(?:,?\\s+${YEAR})?`,
    ),
    resolve: (m, ref) => (m[1] ? dayRange(ref, m[2]!, m[3]!, m[1], m[7]) : dayRange(ref, m[5]!, m[6]!, m[4]!, m[7])),
  },
  // "Ende Juli", "Anfang Oktober 2023", "mid-July", "late March", "end of June 2024"
  {
    pattern: re(`(Anfang|Beginn|Mitte|Ende|early|mid|late)[\\s-]+${MONTH}(?:\\s+${YEAR})?`),
    resolve: (m, ref) => monthly(ref, month(m[2]!), m[3], part(m[1]!)),
  },
  {
    pattern: re(`(beginning|start|middle|end) of ${MONTH}(?:\\s+${YEAR})?`),
    resolve: (m, ref) => monthly(ref, month(m[2]!), m[3], part(m[1]!)),
  },
  // "Anfang des Monats", "Ende dieses Monats", "Mitte des vergangenen Monats", "end of the month", "end of last month"
  {
    pattern: re(`(Anfang|Mitte|Ende) (?:des|dieses)(?: ${DE_STEP})? Monats`),
    resolve: (m, ref) => {
      const at = addMonths(ref.y, ref.m, m[2] ? step(m[2]) : 0);
      return relative(partOfMonth(at.y, at.m, part(m[1]!)), 'month', part(m[1]!));
    },
  },
  {
    pattern: re(`(?:the )?(beginning|start|middle|end) of (?:the|this|(last|next)) month`),
    resolve: (m, ref) => {
      const at = addMonths(ref.y, ref.m, m[2] ? step(m[2]) : 0);
      return relative(partOfMonth(at.y, at.m, part(m[1]!)), 'month', part(m[1]!));
    },
  },
  // "Ende des Jahres", "Anfang des vergangenen Jahres", "Ende Vorjahr", "end of last year", "Ende 2023"
  {
    pattern: re(`(Anfang|Mitte|Ende) (?:(?:des|dieses)(?: ${DE_STEP})? Jahres|(?:des )?(Vorjahr)(?:es|s)?)`),
    resolve: (m, ref) => {
      const y = ref.y + (m[3] ? -1 : m[2] ? step(m[2]) : 0);
      return relative(partOfYear(y, part(m[1]!)), 'year', part(m[1]!));
    },
  },
  {
    pattern: re(`(?:the )?(beginning|start|middle|end) of (?:the|this|(last|next)) year`),
    resolve: (m, ref) => {
      const y = ref.y + (m[2] ? step(m[2]) : 0);
      return relative(partOfYear(y, part(m[1]!)), 'year', part(m[1]!));
    },
  },
  {
    pattern: re(`(Anfang|Mitte|Ende|early|mid|late)[\\s-]+${YEAR}`),
    resolve: (m) => ({
      range: partOfYear(Number(m[2]), part(m[1]!)),
      precision: 'year',
      part: part(m[1]!),
      resolution: 'explicit',
    }),
  },
  // Seasons: "im Frühjahr", "im Herbst 1989", "Sommer 2023", "letzten Winter", "in the spring", "last summer"
  {
    pattern: re(
      `(?:(?<=${B}(?:im|seit|bis|in|since|until|during)\\s+(?:the\\s+)?)(frühjahr|frühling|sommer|herbst|winter|spring|summer|autumn|fall)(?:\\s+(?:of\\s+)?${YEAR})?|(frühjahr|frühling|sommer|herbst|winter|spring|summer|autumn)\\s+${YEAR})`,
    ),
    resolve: (m, ref) => {
      const word = (m[1] ?? m[3])!;
      // German "Fall" is a case ("im Fall", "in diesem Fall"), never autumn.
      if (word === 'Fall') return null;
      return seasonal(ref, SEASON_WORDS[word.toLowerCase()]!, m[2] ?? m[4], null);
    },
  },
  {
    pattern: re(`(?:${DE_STEP}|${EN_STEP}) (frühjahr|frühling|sommer|herbst|winter|spring|summer|autumn|fall)`),
    resolve: (m, ref) =>
      m[3] === 'Fall' ? null : seasonal(ref, SEASON_WORDS[m[3]!.toLowerCase()]!, undefined, step((m[1] ?? m[2])!)),
  },
  // A month on its own after a preposition, or with its year: "im Juni", "seit März 2022", "in June", "Juni 2023"
  {
    pattern: re(
      `(?:(?<=${B}(?:im|seit|bis|ab|vom|zum|in|since|until|from|by|during)\\s+)${MONTH}(?:\\s+${YEAR})?|${MONTH}\\s+${YEAR})`,
    ),
    resolve: (m, ref) => {
      const word = (m[1] ?? m[3])!;
      // "may" is a verb in English: a bare May needs its capital.
      if (word === 'may') return null;
      return monthly(ref, month(word), m[2] ?? m[4], null);
    },
  },
  // Weeks, months and years around the reference: "vergangene Woche", "letzten Monat", "im vergangenen Jahr", "next week"
  {
    pattern: re(`(?:${DE_STEP}|${EN_STEP}) (Woche|Monat|Monats|Jahr|Jahres|week|month|year)`),
    resolve: (m, ref) => {
      const n = step((m[1] ?? m[2])!);
      const unit = m[3]!.toLowerCase();
      if (unit === 'woche' || unit === 'week') return relative(weekRange(ref, n), 'week');
      if (unit.startsWith('monat') || unit === 'month') {
        const at = addMonths(ref.y, ref.m, n);
        return relative(monthRange(at.y, at.m), 'month');
      }
      return relative(yearRange(ref.y + n), 'year');
    },
  },
  { pattern: re(`Vorjahr(?:es|s)?`), resolve: (_m, ref) => relative(yearRange(ref.y - 1), 'year') },
  // The days around the reference. ("morgen" is left out: it is also "the morning".)
  {
    pattern: re(`(heute|gestern|vorgestern|today|yesterday)(?!-)`),
    resolve: (m, ref) => {
      const word = m[1]!.toLowerCase();
      const n = word === 'vorgestern' ? -2 : word === 'gestern' || word === 'yesterday' ? -1 : 0;
      const day = addDays(ref, n);
      return relative({ start: day, end: day }, 'day');
    },
  },
  // A year after a cue word: "im Jahr 1989", "seit 1989", "bis 2025", "since 2014", "in 1989."
  {
    pattern: re(
      `(?:(?<=${B}(?:im Jahre?|des Jahres|seit|bis|ab|since|until|in the year)\\s+)${YEAR}|(?<=${B}(?:in|von|from)\\s+)${YEAR}(?=\\s*(?:[.,;:!?)–-]|$|\\s(?:bis|and|to|und)\\s)))(?!\\s*(?:%|Prozent|percent|per cent|Euro|€|Dollar|\\$))`,
    ),
    resolve: (m) => ({
      range: yearRange(Number(m[1] ?? m[2])),
      precision: 'year',
      part: null,
      resolution: 'explicit',
    }),
  },
];

/** Every match of every rule, possibly overlapping (the caller keeps the longest). */
export function matchPatterns(text: string, ref: Day): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const found = rule.resolve(m, ref);
      if (found) out.push({ start: m.index, end: m.index + m[0].length, ...found });
    }
  }
  return out;
}
