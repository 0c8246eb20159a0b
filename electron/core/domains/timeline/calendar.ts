/**
 * Calendar days as the timeline stores them: `YYYY-MM-DD` strings, inclusive
 * ranges, no time of day and no time zone. A reference instant (a publication
 * time in epoch ms) becomes its UTC calendar day, so the same case gives the same
 * timeline on every machine.
 */

export const PRECISIONS = ['day', 'week', 'month', 'season', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];
export const PARTS = ['early', 'mid', 'late'] as const;
export type Part = (typeof PARTS)[number];
export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof SEASONS)[number];

/** A calendar day; month 1–12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

export interface DayRange {
  start: Day;
  end: Day;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function iso(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function dayOfInstant(ms: number): Day {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const toMs = (day: Day) => Date.UTC(day.y, day.m - 1, day.d);

/** `n` days after `day` (negative: before). */
export function addDays(day: Day, n: number): Day {
  return dayOfInstant(toMs(day) + n * 86_400_000);
}

/** Months after `y-m` (negative: before), as year and month. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export function monthRange(y: number, m: number): DayRange {
  return { start: { y, m, d: 1 }, end: { y, m, d: daysInMonth(y, m) } };
}

/** Early / mid / late month: days 1–10, 11–20, 21–end ("Anfang Juli", "mid-July", "Ende Juli"). */
export function partOfMonth(y: number, m: number, part: Part): DayRange {
  if (part === 'early') return { start: { y, m, d: 1 }, end: { y, m, d: 10 } };
  if (part === 'mid') return { start: { y, m, d: 11 }, end: { y, m, d: 20 } };
  return { start: { y, m, d: 21 }, end: { y, m, d: daysInMonth(y, m) } };
}

/** Early / mid / late year: January–April, May–August, September–December. */
export function partOfYear(y: number, part: Part): DayRange {
  const first = part === 'early' ? 1 : part === 'mid' ? 5 : 9;
  return { start: { y, m: first, d: 1 }, end: { y, m: first + 3, d: daysInMonth(y, first + 3) } };
}

export function yearRange(y: number): DayRange {
  return { start: { y, m: 1, d: 1 }, end: { y, m: 12, d: 31 } };
}

/**
 * Meteorological seasons. Winter `y` runs from December of `y` to February of
 * `y + 1` ("Winter 2023/24" is winter 2023).
 */
export function seasonRange(y: number, season: Season): DayRange {
  if (season === 'winter') return { start: { y, m: 12, d: 1 }, end: { y: y + 1, m: 2, d: daysInMonth(y + 1, 2) } };
  const first = season === 'spring' ? 3 : season === 'summer' ? 6 : 9;
  return { start: { y, m: first, d: 1 }, end: { y, m: first + 2, d: daysInMonth(y, first + 2) } };
}

/** Monday to Sunday of the week `day` is in, moved by `weeks`. */
export function weekRange(day: Day, weeks = 0): DayRange {
  const weekday = (new Date(toMs(day)).getUTCDay() + 6) % 7; // Monday 0
  const monday = addDays(day, weeks * 7 - weekday);
  return { start: monday, end: addDays(monday, 6) };
}

/**
 * The year of a date written without one ("am 14. Oktober", "Ende Juli"), seen from
 * the reference day. News mostly looks back: the date is taken in the reference's
 * year unless that puts it more than three months ahead (then the year before) or
 * more than nine months behind (then the year after).
 */
export function inferYear(ref: Day, build: (y: number) => DayRange): number {
  const refMs = toMs(ref);
  const startMs = toMs(build(ref.y).start);
  if (startMs > refMs + 92 * 86_400_000) return ref.y - 1;
  if (startMs < refMs - 273 * 86_400_000) return ref.y + 1;
  return ref.y;
}
