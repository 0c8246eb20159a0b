/** The timeline view's pure rules: dates as exact as they are, in German and English; grouping by month. */
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import de from '../../renderer/src/i18n/de.json';
import en from '../../renderer/src/i18n/en.json';
import { formatEventDate, groupByMonth } from '../../renderer/src/features/timeline/eventDate';
import type { TimelineEvent } from '../../shared/contract/timeline';

let tDe: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  const make = async (lng: string) => {
    const i = i18next.createInstance();
    await i.init({
      resources: { en: { translation: en }, de: { translation: de } },
      lng,
      interpolation: { escapeValue: false },
    });
    return i.t;
  };
  tDe = await make('de');
  tEn = await make('en');
});

type Dated = Pick<TimelineEvent, 'dateStart' | 'dateEnd' | 'precision' | 'part'>;
const d = (dateStart: string, dateEnd: string, precision: Dated['precision'], part: Dated['part'] = null): Dated => ({
  dateStart,
  dateEnd,
  precision,
  part,
});

describe('formatEventDate', () => {
  const cases: [Dated, string, string][] = [
    [d('2024-10-14', '2024-10-14', 'day'), '14. Oktober 2024', 'October 14, 2024'],
    [d('2024-05-03', '2024-05-05', 'day'), '3.–5. Mai 2024', 'May 3 – 5, 2024'],
    [d('2024-07-21', '2024-07-31', 'month', 'late'), 'Ende Juli 2024', 'late July 2024'],
    [d('2024-10-01', '2024-10-10', 'month', 'early'), 'Anfang Oktober 2024', 'early October 2024'],
    [d('2024-06-01', '2024-06-30', 'month'), 'Juni 2024', 'June 2024'],
    [d('2024-10-14', '2024-10-20', 'week'), 'Woche vom 14. Oktober 2024', 'week of October 14, 2024'],
    [d('2024-03-01', '2024-05-31', 'season'), 'Frühjahr 2024', 'spring 2024'],
    [d('2023-12-01', '2024-02-29', 'season'), 'Winter 2023/24', 'winter 2023/24'],
    [d('1989-01-01', '1989-12-31', 'year'), '1989', '1989'],
    [d('2023-09-01', '2023-12-31', 'year', 'late'), 'Ende 2023', 'late 2023'],
  ];
  for (const [event, german, english] of cases) {
    it(`${event.dateStart}..${event.dateEnd} ${event.precision}${event.part ? `/${event.part}` : ''}`, () => {
      expect(formatEventDate(event, 'de', tDe)).toBe(german);
      expect(formatEventDate(event, 'en', tEn).replace(/\u2009/g, ' ')).toBe(english);
    });
  }

  it('1 January stays 1 January in every time zone (formatted as UTC)', () => {
    expect(formatEventDate(d('2025-01-01', '2025-01-01', 'day'), 'de', tDe)).toBe('1. Januar 2025');
  });
});

describe('groupByMonth', () => {
  const ev = (id: number, dateStart: string, precision: TimelineEvent['precision']) =>
    ({ id, dateStart, dateEnd: dateStart, precision }) as TimelineEvent;
  it('consecutive events of a month share a group; seasons and years group by year', () => {
    const groups = groupByMonth([
      ev(1, '1989-01-01', 'year'),
      ev(2, '2024-03-01', 'season'),
      ev(3, '2024-06-01', 'month'),
      ev(4, '2024-06-19', 'day'),
      ev(5, '2024-07-21', 'month'),
    ]);
    expect(groups.map((g) => [g.year, g.month, g.events.map((e) => e.id)])).toEqual([
      [1989, null, [1]],
      [2024, null, [2]],
      [2024, 6, [3, 4]],
      [2024, 7, [5]],
    ]);
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
  });
});
