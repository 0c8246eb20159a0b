import { describe, expect, it } from 'vitest';
import { extractDateMentions, type DateMention } from '../../electron/core/domains/timeline/extract';
import { iso } from '../../electron/core/domains/timeline/calendar';
import { FORMS_DE, FORMS_EN, NEWS_DE, SEED_DE } from '../fixtures/timeline/texts';

const PUBLISHED = Date.parse('2024-10-24T08:00:00+02:00');

/** Each mention as "words → first..last precision part resolution". */
function summary(text: string, language: 'de' | 'en' | 'other', at = PUBLISHED): string[] {
  return extractDateMentions(text, at, language).map(
    (m) =>
      `${m.text} → ${iso(m.range.start)}..${iso(m.range.end)} ${m.precision}${m.part ? `/${m.part}` : ''} ${m.resolution}`,
  );
}

function find(mentions: DateMention[], words: string): DateMention {
  const m = mentions.find((x) => x.text === words);
  expect(m, `mention “${words}” in ${JSON.stringify(mentions.map((x) => x.text))}`).toBeDefined();
  return m!;
}

describe('date mentions in German news text (seed article)', () => {
  it('resolves every date against the publication date', () => {
    expect(summary(SEED_DE, 'de')).toEqual([
      '14. Oktober → 2024-10-14..2024-10-14 day yearInferred',
      '19. Juni → 2024-06-19..2024-06-19 day yearInferred',
      'Anfang des Monats → 2024-10-01..2024-10-10 month/early relative',
      '4. Oktober → 2024-10-04..2024-10-04 day yearInferred',
      'Juni → 2024-06-01..2024-06-30 month yearInferred',
      'Ende Juli → 2024-07-21..2024-07-31 month/late yearInferred',
    ]);
  });

  it('gives offsets that slice the stored text to exactly the mention, and a sentence around it', () => {
    for (const m of extractDateMentions(SEED_DE, PUBLISHED, 'de')) {
      expect(SEED_DE.slice(m.start, m.end)).toBe(m.text);
      expect(m.sentenceStart).toBeLessThanOrEqual(m.start);
      expect(m.sentenceEnd).toBeGreaterThanOrEqual(m.end);
    }
    const ende = find(extractDateMentions(SEED_DE, PUBLISHED, 'de'), 'Ende Juli');
    expect(SEED_DE.slice(ende.sentenceStart, ende.sentenceEnd)).toBe(
      'Die südkoreanische Nachrichtenagentur Yonhap berichtete Ende Juli, Nordkorea habe Container mit angeblich mehr als fünf Millionen Artilleriegranaten nach Russland geliefert.',
    );
    // "14. Oktober" ends in a full stop after a number: the sentence does not end there.
    const okt = find(extractDateMentions(SEED_DE, PUBLISHED, 'de'), '14. Oktober');
    expect(SEED_DE.slice(okt.sentenceStart, okt.sentenceEnd)).toMatch(/^Wie CNN berichtet.*einzubeziehen\.$/u);
  });

  it('takes the year before when the date would lie months after the publication', () => {
    const january = Date.parse('2025-01-10T09:00:00Z');
    expect(summary('Yonhap berichtete Ende Juli und am 14. Oktober darüber.', 'de', january)).toEqual([
      'Ende Juli → 2024-07-21..2024-07-31 month/late yearInferred',
      '14. Oktober → 2024-10-14..2024-10-14 day yearInferred',
    ]);
  });
});

describe('forms chrono-node misses, German and English', () => {
  it('German: parts of months and years, seasons, weeks, years after a cue, days around the reference', () => {
    expect(summary(FORMS_DE, 'de')).toEqual([
      'Mitte Mai 2023 → 2023-05-11..2023-05-20 month/mid explicit',
      'Frühjahr → 2024-03-01..2024-05-31 season yearInferred',
      'Vergangene Woche → 2024-10-14..2024-10-20 week relative',
      'Anfang Oktober → 2024-10-01..2024-10-10 month/early yearInferred',
      'Ende des Monats → 2024-10-21..2024-10-31 month/late relative',
      '1989 → 1989-01-01..1989-12-31 year explicit',
      '1989 → 1989-01-01..1989-12-31 year explicit',
      'Gestern → 2024-10-23..2024-10-23 day relative',
    ]);
    expect(summary(NEWS_DE, 'de')).toEqual(['Ende Vorjahr → 2023-09-01..2023-12-31 year/late relative']);
  });

  it('English: mid-July, end of the month, last week, a full date, seasons, last year', () => {
    expect(summary(FORMS_EN, 'en')).toEqual([
      'last week → 2024-10-14..2024-10-20 week relative',
      'mid-July → 2024-07-11..2024-07-20 month/mid yearInferred',
      'the end of the month → 2024-10-21..2024-10-31 month/late relative',
      '14 October 2023 → 2023-10-14..2023-10-14 day explicit',
      'spring → 2024-03-01..2024-05-31 season yearInferred',
      'last year → 2023-01-01..2023-12-31 year relative',
    ]);
  });

  it('date ranges, numeric dates and written-out weekdays', () => {
    expect(
      summary('Die Messe läuft vom 3. bis 5. Mai, die Wahl war am 19.1.2016, die Sitzung am Montag.', 'de'),
    ).toEqual([
      '3. bis 5. Mai → 2024-05-03..2024-05-05 day yearInferred',
      '19.1.2016 → 2016-01-19..2016-01-19 day explicit',
      // 24 October 2024 was a Thursday: the Monday closest to it.
      'Montag → 2024-10-21..2024-10-21 day relative',
    ]);
  });

  it('day ranges chrono reads as their last day: “zwischen dem 11. und 13. März”, “between 11 and 13 March”, “March 11–13”', () => {
    const at = Date.parse('2025-03-15T08:00:00+01:00');
    expect(summary('Zwischen dem 11. und 13. März gingen Meldungen ein.', 'de', at)).toEqual([
      '11. und 13. März → 2025-03-11..2025-03-13 day yearInferred',
    ]);
    expect(
      summary(
        'Between 11 and 13 March, staff made reports; between March 20th and 22nd, none. March 11–13, 2024 too.',
        'en',
        at,
      ),
    ).toEqual([
      '11 and 13 March → 2025-03-11..2025-03-13 day yearInferred',
      'March 20th and 22nd → 2025-03-20..2025-03-22 day yearInferred',
      'March 11–13, 2024 → 2024-03-11..2024-03-13 day explicit',
    ]);
    // Not forward ranges of real days, and numbers that are no days: nothing of the range is kept.
    expect(
      summary('Zwischen dem 13. und 11. März; zwischen 2 und 3 Millionen.', 'de', at).map((s) => s.split(' → ')[0]),
    ).toEqual(['11. März']);
    expect(summary('Between 30 and 31 February; between 2 and 3 million.', 'en', at)).toEqual([]);
  });

  it('letzten Sommer is the summer just past in October, last year’s while summer runs', () => {
    expect(summary('Das war letzten Sommer.', 'de')).toEqual([
      'letzten Sommer → 2024-06-01..2024-08-31 season relative',
    ]);
    expect(summary('Das war letzten Sommer.', 'de', Date.parse('2024-07-15T12:00:00Z'))).toEqual([
      'letzten Sommer → 2023-06-01..2023-08-31 season relative',
    ]);
  });
});

describe('no false positives', () => {
  it('percentages, paragraphs, scores, counts and weekday abbreviations are no dates', () => {
    expect(summary(NEWS_DE.split('\n').slice(1).join('\n'), 'de')).toEqual([]);
    expect(
      summary(
        'So sagte Fr. Müller, es seien 14 Prozent; von 20 Anträgen wurden 3 genehmigt. In Absatz 4 steht nichts, § 3 gilt.',
        'other',
      ),
    ).toEqual([]);
    expect(summary('The ministry had spent 14 percent of its budget under section 3; you may go.', 'en')).toEqual([]);
  });

  it('a year needs a cue word, and a comma after a day is not one (“5. Mai, 2000 Menschen”)', () => {
    expect(summary('Rund 1989 Menschen kamen; am 5. Mai, 2000 Menschen später.', 'de')).toEqual([
      '5. Mai → 2024-05-05..2024-05-05 day yearInferred',
    ]);
  });

  it('German “Fall” is a case, English “fall” a season', () => {
    expect(summary('In diesem Fall gilt das, im Fall der Fälle auch.', 'other')).toEqual([]);
    expect(summary('Talks resumed in the fall.', 'en')).toEqual(['fall → 2024-09-01..2024-11-30 season yearInferred']);
  });

  it('a weekday abbreviation inside a word is not a weekday (“Fr” in “Frühjahr”)', () => {
    expect(summary('Sie kam im Frühjahr.', 'de').map((s) => s.split(' → ')[0])).toEqual(['Frühjahr']);
  });
});

describe('offsets with umlauts, „quotes“ and characters outside the BMP', () => {
  it('slice the stored text to exactly the mention', () => {
    const text =
      '„Grüße aus Köln“ 🇩🇪 – Straße gesperrt. Äußerungen folgten Ende Juli, »Maßnahmen« am 14. Oktober 2024 😀.';
    const mentions = extractDateMentions(text, PUBLISHED, 'de');
    expect(mentions.map((m) => m.text)).toEqual(['Ende Juli', '14. Oktober 2024']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions[0]!.start).toBe(text.indexOf('Ende Juli'));
  });

  it('the whole forms text: every mention is where its offsets say', () => {
    for (const text of [FORMS_DE, FORMS_EN, SEED_DE]) {
      for (const m of extractDateMentions(text, PUBLISHED, 'other')) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
