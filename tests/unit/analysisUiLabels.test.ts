/** The analysis UI's pure rules: German and English labels of stored terms, grouping, warning marks, link choices, drag data. */
import { describe, expect, it } from 'vitest';
import { carriesExcerpt, droppedExcerptId, setExcerptDrag } from '../../renderer/src/features/analysis/dragExcerpt';
import {
  confidenceLabel,
  flaggedObjects,
  formatScore,
  groupByKind,
  historyValueLabel,
  likelihoodLabel,
  linkOptions,
  parseStoredLikelihood,
} from '../../renderer/src/features/analysis/labels';
import { ANALYTIC_KINDS } from '../../shared/domain/analysis';
import type { AnalyticCheck } from '../../shared/domain/analyticChecks';
import { GERMAN_ICD203_TERMS, GERMAN_PHIA_TERMS } from '../../shared/domain/estimativeTerms';
import { ICD203_TERMS, PHIA_TERMS } from '../../shared/domain/tradecraft';

const CLM = (n: number) => `clm_${String(n).padStart(16, '0')}`;

function check(partial: Partial<AnalyticCheck>): AnalyticCheck {
  return {
    key: 'k',
    type: 'credibilityOneSingleOrigin',
    severity: 'warning',
    message: '',
    subjectId: null,
    involved: [],
    details: {},
    acknowledged: null,
    ...partial,
  };
}

describe('labels of stored ratings', () => {
  it('shows every ICD 203 and PHIA term in German by its step, and the English term as stored', () => {
    ICD203_TERMS.forEach((term, i) => {
      expect(likelihoodLabel({ scale: 'ICD203', term }, 'de')).toBe(GERMAN_ICD203_TERMS[i]);
      expect(likelihoodLabel({ scale: 'ICD203', term }, 'en')).toBe(term);
    });
    PHIA_TERMS.forEach((term, i) =>
      expect(likelihoodLabel({ scale: 'PHIA', term }, 'de-DE')).toBe(GERMAN_PHIA_TERMS[i]),
    );
    expect(likelihoodLabel({ scale: 'ICD203', term: 'almost no chance' }, 'de')).toBe('nahezu ausgeschlossen');
  });

  it('names confidence in both languages', () => {
    expect(confidenceLabel('moderate', 'en')).toBe('moderate confidence');
    expect(confidenceLabel('high', 'de')).toBe('hohe Konfidenz');
  });

  it('reads history values as the core stores them ("SCALE:term", a level, a digit)', () => {
    expect(parseStoredLikelihood('PHIA:realistic possibility')).toEqual({
      scale: 'PHIA',
      term: 'realistic possibility',
    });
    expect(parseStoredLikelihood('likely')).toBeNull();
    expect(historyValueLabel('likelihood', 'ICD203:likely', 'de')).toBe('wahrscheinlich');
    expect(historyValueLabel('confidence', 'low', 'de')).toBe('geringe Konfidenz');
    expect(historyValueLabel('credibility', '3', 'en')).toBe('3');
    expect(historyValueLabel('credibility', null, 'en')).toBeNull();
  });

  it('formats ACH scores with at most two decimals in the UI language', () => {
    expect(formatScore(1.7, 'en')).toBe('1.7');
    expect(formatScore(1.7, 'de')).toBe('1,7');
    expect(formatScore(0.85 * 3, 'en')).toBe('2.55');
    expect(formatScore(2, 'en')).toBe('2');
  });
});

describe('grouping and marks', () => {
  it('groups by kind in the fixed order, keeping each group’s order', () => {
    const items = [
      { id: 'a', kind: 'gap' as const },
      { id: 'b', kind: 'claim' as const },
      { id: 'c', kind: 'claim' as const },
      { id: 'd', kind: 'judgment' as const },
    ];
    const groups = groupByKind(items);
    expect(groups.map((g) => g.kind)).toEqual([...ANALYTIC_KINDS]);
    expect(groups[0]!.items.map((i) => i.id)).toEqual(['b', 'c']);
    expect(groups.find((g) => g.kind === 'gap')!.items.map((i) => i.id)).toEqual(['a']);
    expect(groups.find((g) => g.kind === 'indicator')!.items).toEqual([]);
  });

  it('marks the subject and every involved object of an open check, never of an acknowledged one', () => {
    const open = check({
      key: 'one',
      subjectId: CLM(1),
      involved: [
        { kind: 'object', id: CLM(1), label: 'claim' },
        { kind: 'object', id: CLM(2), label: 'gap' },
        { kind: 'source', id: 'src_0000000000000001', label: 'Agency' },
      ],
    });
    const acknowledged = check({ key: 'two', subjectId: CLM(3), acknowledged: { reason: 'seen', at: 1 } });
    const flagged = flaggedObjects([open, acknowledged]);
    expect([...flagged.keys()].sort()).toEqual([CLM(1), CLM(2)]);
    expect(flagged.get(CLM(1))).toEqual([open]);
    expect(flagged.has(CLM(3))).toBe(false);
    expect(flagged.has('src_0000000000000001')).toBe(false);
  });
});

describe('link choices', () => {
  it('offers a gap only "weakens", out to rated kinds', () => {
    expect(linkOptions('gap')).toEqual([
      { relation: 'weakens', direction: 'out', otherKinds: ['claim', 'judgment', 'hypothesis'] },
    ]);
  });

  it('offers a judgment links from both ends: weakened by gaps, indicators, assumptions, supporting claims', () => {
    const options = linkOptions('judgment').map((o) => `${o.direction}:${o.relation}:${o.otherKinds.join('|')}`);
    expect(options.sort()).toEqual(
      ['in:weakens:gap', 'in:indicates:indicator', 'out:assumes:assumption', 'in:supports:claim'].sort(),
    );
  });

  it('offers an assumption only to be assumed by rated kinds', () => {
    expect(linkOptions('assumption')).toEqual([
      { relation: 'assumes', direction: 'in', otherKinds: ['claim', 'judgment', 'hypothesis'] },
    ]);
  });
});

describe('excerpt drag data', () => {
  class FakeTransfer {
    data = new Map<string, string>();
    effectAllowed = 'none';
    get types() {
      return [...this.data.keys()];
    }
    setData(type: string, value: string) {
      this.data.set(type, value);
    }
    getData(type: string) {
      return this.data.get(type) ?? '';
    }
  }
  const asTransfer = (t: FakeTransfer) => t as unknown as DataTransfer;

  it('carries the excerpt id in its own type, with the quote as plain text', () => {
    const t = new FakeTransfer();
    setExcerptDrag(asTransfer(t), 'exc_0123456789abcdef', 'nur von einer Geheimdienstquelle bestätigt');
    expect(carriesExcerpt(asTransfer(t))).toBe(true);
    expect(droppedExcerptId(asTransfer(t))).toBe('exc_0123456789abcdef');
    expect(t.getData('text/plain')).toBe('nur von einer Geheimdienstquelle bestätigt');
    expect(t.effectAllowed).toBe('link');
  });

  it('ignores plain text and anything not an excerpt id', () => {
    const text = new FakeTransfer();
    text.setData('text/plain', 'exc_0123456789abcdef');
    expect(carriesExcerpt(asTransfer(text))).toBe(false);
    expect(droppedExcerptId(asTransfer(text))).toBeNull();
    const forged = new FakeTransfer();
    forged.setData('application/x-workbench-excerpt', 'exc_../../etc');
    expect(droppedExcerptId(asTransfer(forged))).toBeNull();
  });
});
