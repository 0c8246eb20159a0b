/** The palette's own folding of command names and its typed-query rule (issue 8). */
import { describe, expect, it } from 'vitest';
import { fold } from '../../electron/core/domains/search/fold';
import { parseQuery } from '../../electron/core/domains/search/query';
import { foldLabel, matchesWords, paletteQuery } from '../../renderer/src/features/palette/foldLabel';

describe('palette folding', () => {
  it('folds German names exactly as the search core does', () => {
    for (const word of ['Fall schließen', 'Öffnen', 'Außenminister', 'Ärger', 'Grüße', 'café', 'Quelle', 'STRASSE']) {
      expect(foldLabel(word), word).toBe(fold(word));
    }
  });

  it('matches every typed word anywhere in a name, in any spelling', () => {
    expect(matchesWords('Fall schließen', 'schliessen')).toBe(true);
    expect(matchesWords('Fall schließen', 'fall SCHLIE')).toBe(true);
    expect(matchesWords('Neuer Fall …', 'oeffnen')).toBe(false);
    expect(matchesWords('Fall öffnen …', 'oeffnen')).toBe(true);
    expect(matchesWords('Switch light/dark theme', 'dark theme')).toBe(true);
    expect(matchesWords('Switch light/dark theme', '')).toBe(true);
  });
});

describe('what the palette sends to the core', () => {
  it('makes the last word a prefix while typing, and leaves FTS syntax alone', () => {
    expect(paletteQuery('Aussenmin')).toBe('Aussenmin*');
    expect(paletteQuery('  Hafen Velmar ')).toBe('Hafen Velmar*');
    expect(paletteQuery('a')).toBe('a');
    expect(paletteQuery('')).toBe('');
    expect(paletteQuery('"am Hafen"')).toBe('"am Hafen"');
    expect(paletteQuery('Drohne OR Boje')).toBe('Drohne OR Boje');
    expect(paletteQuery('Drohn*')).toBe('Drohn*');
    // The prefix reaches the core's parser as a folded prefix term.
    expect(parseQuery(paletteQuery('Außenmin')).terms).toEqual([{ text: 'aussenmin', prefix: true }]);
  });
});
