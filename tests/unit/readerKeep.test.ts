import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../../shared/domain/excerpt';
import { toHighlights } from '../../renderer/src/features/excerpts/reader/highlights';
import {
  defaultTranslationLanguage,
  keepDefaults,
  parseTags,
} from '../../renderer/src/features/excerpts/reader/keepDefaults';

const SOURCE = 'src_0000000000000001';

function excerpt(id: string, extra: Partial<Excerpt>): Excerpt {
  return {
    id,
    sourceId: SOURCE,
    sourceTitle: 'Lagebild',
    version: 2,
    onCurrentVersion: true,
    status: 'anchored',
    start: 0,
    end: 5,
    quote: 'Lage.',
    prefix: '',
    suffix: '',
    proposal: null,
    page: null,
    blockIndex: 0,
    colour: 'yellow',
    tags: [],
    comment: '',
    translation: null,
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}

describe('toHighlights', () => {
  it('paints anchored and moved excerpts of the shown version only, in reading order', () => {
    const items = [
      excerpt('exc_b', { start: 10, end: 20, status: 'moved', colour: 'pink' }),
      excerpt('exc_a', { start: 2, end: 8 }),
      excerpt('exc_orphan', { status: 'orphan', start: null, end: null }),
      excerpt('exc_old', { version: 1, start: 0, end: 4 }),
      excerpt('exc_other', { sourceId: 'src_0000000000000002' }),
      excerpt('exc_empty', { start: 7, end: 7 }),
    ];
    expect(toHighlights(items, SOURCE, 2)).toEqual([
      { id: 'exc_a', start: 2, end: 8, colour: 'yellow', status: 'anchored' },
      { id: 'exc_b', start: 10, end: 20, colour: 'pink', status: 'moved' },
    ]);
    expect(toHighlights(items, SOURCE, 1).map((h) => h.id)).toEqual(['exc_old']);
    expect(toHighlights([], SOURCE, 2)).toEqual([]);
  });
});

describe('keep defaults', () => {
  it('translates German sources into English and every other source into German', () => {
    expect(defaultTranslationLanguage('de')).toBe('en');
    expect(defaultTranslationLanguage('de-AT')).toBe('en');
    expect(defaultTranslationLanguage('en')).toBe('de');
    expect(defaultTranslationLanguage('other')).toBe('de');
    expect(defaultTranslationLanguage(undefined)).toBe('de');
  });

  it('splits tags on commas, trims them and drops duplicates whatever their case', () => {
    expect(parseTags(' Görlitz, Verkehr,, görlitz ; Straße\nLage ')).toEqual(['Görlitz', 'Verkehr', 'Straße', 'Lage']);
    expect(parseTags('   ')).toEqual([]);
    expect(parseTags('x'.repeat(150))).toEqual(['x'.repeat(100)]);
  });

  it('remembers the last colour for "keep at once"', () => {
    expect(keepDefaults.colour()).toBe('yellow');
    keepDefaults.remember('blue');
    expect(keepDefaults.colour()).toBe('blue');
  });
});
