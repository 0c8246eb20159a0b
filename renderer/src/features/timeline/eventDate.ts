import type { TFunction } from 'i18next';
import type { TimelineEvent } from '../../../../shared/contract/timeline';

type Translate = TFunction;

type Dated = Pick<TimelineEvent, 'dateStart' | 'dateEnd' | 'precision' | 'part'>;

/** A `YYYY-MM-DD` day as a Date at UTC midnight; formatted with timeZone UTC so no zone shifts the day. */
export function utcDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

const fmt = (language: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(language, { timeZone: 'UTC', ...options });

/** The month and year of a day, "Juli 2024" / "July 2024". */
export function formatMonth(day: string, language: string): string {
  return fmt(language, { month: 'long', year: 'numeric' }).format(utcDay(day));
}

/**
 * An event's date in the UI language, as exact as it is: "14. Oktober 2024",
 * "3.–5. Mai 2024", "Ende Juli 2024", "Woche vom 14. Oktober 2024", "Frühjahr 2024",
 * "Winter 2023/24", "1989", "Ende 2023".
 */
export function formatEventDate(e: Dated, language: string, t: Translate): string {
  const start = utcDay(e.dateStart);
  const year = start.getUTCFullYear();
  switch (e.precision) {
    case 'day': {
      const long = fmt(language, { dateStyle: 'long' });
      return e.dateStart === e.dateEnd ? long.format(start) : long.formatRange(start, utcDay(e.dateEnd));
    }
    case 'week':
      return t('timeline.date.week', { day: fmt(language, { dateStyle: 'long' }).format(start) });
    case 'month': {
      const month = formatMonth(e.dateStart, language);
      return e.part ? t(`timeline.date.part.${e.part}`, { when: month }) : month;
    }
    case 'season': {
      const season = seasonOf(start.getUTCMonth() + 1);
      const label = season === 'winter' ? `${year}/${String(year + 1).slice(-2)}` : String(year);
      return t(`timeline.date.season.${season}`, { year: label });
    }
    case 'year':
      return e.part ? t(`timeline.date.part.${e.part}`, { when: String(year) }) : String(year);
  }
}

function seasonOf(firstMonth: number): 'spring' | 'summer' | 'autumn' | 'winter' {
  if (firstMonth >= 3 && firstMonth <= 5) return 'spring';
  if (firstMonth >= 6 && firstMonth <= 8) return 'summer';
  if (firstMonth >= 9 && firstMonth <= 11) return 'autumn';
  return 'winter';
}

export interface EventGroup {
  /** Unique among the groups (the same month can come back after a season or year group). */
  id: string;
  key: string;
  /** Year of the group, and its month (1–12) or null for seasons and years. */
  year: number;
  month: number | null;
  events: TimelineEvent[];
}

/**
 * Consecutive events (already in date order) grouped by month; events no more exact
 * than a season or a year form their own group under the year.
 */
export function groupByMonth(events: readonly TimelineEvent[]): EventGroup[] {
  const groups: EventGroup[] = [];
  for (const e of events) {
    const [y, m] = e.dateStart.split('-').map(Number) as [number, number];
    const month = e.precision === 'season' || e.precision === 'year' ? null : m;
    const key = `${y}-${month ?? 'y'}`;
    const last = groups[groups.length - 1];
    if (last?.key === key) last.events.push(e);
    else groups.push({ id: `${key}#${groups.length}`, key, year: y, month, events: [e] });
  }
  return groups;
}
