/** The excerpt panel's pure logic: list input from the controls, scope, status counts, tag choices, row quotes. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PANEL_CONTROLS,
  NATURAL_DIRECTION,
  activeFilterCount,
  scopeFilter,
  scopeSourceId,
  statusCounts,
  tagsOf,
  toListInput,
} from '../../renderer/src/features/excerpts/panel/panelState';
import { clipQuote } from '../../renderer/src/features/excerpts/panel/quoteText';
import { EXCERPT_SORTS } from '../../shared/domain/excerpt';
import { contract } from '../../shared/contract';

const SRC = 'src_0123456789abcdef';

describe('excerpt panel controls', () => {
  it('asks for the whole case, in reading order, with nothing set', () => {
    const input = toListInput(DEFAULT_PANEL_CONTROLS, '', null);
    expect(input).toEqual({ filter: {}, sort: 'position', direction: 'asc' });
    expect(activeFilterCount(DEFAULT_PANEL_CONTROLS)).toBe(0);
  });

  it('passes tag, colour, status and trimmed words; blank words are no filter', () => {
    const c = { ...DEFAULT_PANEL_CONTROLS, tag: 'Quelle', colour: 'green' as const, status: 'orphan' as const };
    expect(toListInput(c, '  Größe  ', null).filter).toEqual({
      tag: 'Quelle',
      colour: 'green',
      status: 'orphan',
      query: 'Größe',
    });
    expect(toListInput(c, '   ', null).filter).not.toHaveProperty('query');
    expect(activeFilterCount(c)).toBe(3);
  });

  it('narrows to the selected source only when "this source only" is on and a source is selected', () => {
    const on = { ...DEFAULT_PANEL_CONTROLS, thisSourceOnly: true };
    expect(scopeSourceId(on, SRC)).toBe(SRC);
    expect(scopeSourceId(on, null)).toBeNull();
    expect(scopeSourceId(DEFAULT_PANEL_CONTROLS, SRC)).toBeNull();
    expect(scopeFilter(SRC)).toEqual({ sourceId: SRC });
    expect(scopeFilter(null)).toEqual({});
    expect(toListInput(on, 'x', SRC).filter).toEqual({ sourceId: SRC, query: 'x' });
  });

  it('makes list inputs the contract accepts, for every sort', () => {
    for (const sort of EXCERPT_SORTS) {
      const c = {
        ...DEFAULT_PANEL_CONTROLS,
        sort,
        direction: NATURAL_DIRECTION[sort],
        tag: 'a',
        colour: 'pink' as const,
      };
      const parsed = contract['excerpts.list'].input.safeParse(toListInput(c, 'wort', SRC));
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
    // Times newest first; position and colour in their natural order.
    expect(NATURAL_DIRECTION).toEqual({ position: 'asc', createdAt: 'desc', updatedAt: 'desc', colour: 'asc' });
  });
});

describe('status counts and tag choices', () => {
  it('counts every status, zero when absent', () => {
    expect(statusCounts([])).toEqual({ anchored: 0, moved: 0, orphan: 0 });
    expect(
      statusCounts([{ status: 'orphan' }, { status: 'anchored' }, { status: 'orphan' }, { status: 'moved' }]),
    ).toEqual({ anchored: 1, moved: 1, orphan: 2 });
  });

  it('lists each tag once, in the UI language’s order (umlauts where German puts them)', () => {
    const items = [{ tags: ['Zeuge', 'Ärger'] }, { tags: ['Quelle', 'Ärger'] }, { tags: [] }, { tags: ['apfel'] }];
    expect(tagsOf(items, 'de')).toEqual(['apfel', 'Ärger', 'Quelle', 'Zeuge']);
  });
});

describe('row quotes', () => {
  it('keeps a short quote, flattening its white space', () => {
    expect(clipQuote('Die Behörde\n\näußerte   sich')).toBe('Die Behörde äußerte sich');
  });

  it('cuts a long quote at a word boundary with an ellipsis', () => {
    const long = 'Wort '.repeat(100).trim();
    const clipped = clipQuote(long, 50);
    expect(clipped.endsWith('Wort…')).toBe(true);
    expect(clipped.length).toBeLessThanOrEqual(51);
  });

  it('cuts inside a word when there is no space near the end', () => {
    expect(clipQuote('x'.repeat(60), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
