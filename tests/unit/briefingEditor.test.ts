import { Node as PMNode, Slice } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { briefingSchema } from '../../shared/editor/schema';
import { ATOM_CHAR, checkLanguage } from '../../shared/editor/languageChecks';
import { extractReferences, textBlocks } from '../../shared/editor/references';
import type { DocNode } from '../../shared/editor/document';
import {
  citationLabel,
  citationNumbers,
  leafRange,
  leafStarts,
  referencedIds,
} from '../../renderer/src/features/briefings/leafPositions';
import { Autosave, type SaveState } from '../../renderer/src/features/briefings/autosave';

const text = (t: string): DocNode => ({ type: 'text', text: t });
const cite = (id: string): DocNode => ({ type: 'citation', attrs: { excerptId: id, locator: null } });
const claim = (id: string): DocNode => ({ type: 'claimRef', attrs: { claimId: id } });
const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });

const json: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Kernaussagen')] },
    para(text('Ein '), claim('clm_1'), text(' Mit hoher Sicherheit ist ein Angriff wahrscheinlich.'), cite('exc_b')),
    { type: 'excerptQuote', attrs: { excerptId: 'exc_a' } },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [para(text('Straße '), cite('exc_a'), { type: 'hardBreak' }, text('Ü'))] },
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [{ type: 'tableCell', content: [para(text('Zelle'), cite('exc_c'))] }],
        },
      ],
    },
  ],
};
const doc = PMNode.fromJSON(briefingSchema, json);

describe('leaf → editor position mapping', () => {
  it('finds one start per shared text leaf, and each leaf text lies exactly at its positions', () => {
    const starts = leafStarts(doc);
    const leaves = textBlocks(json, ATOM_CHAR);
    expect(starts).toHaveLength(leaves.length);
    leaves.forEach((leaf, i) => {
      const from = starts[i]!;
      const node = doc.nodeAt(from - 1)!;
      expect(node.type.name).toBe(leaf.kind);
      // textBetween with the same atom and break characters reproduces the shared leaf text.
      const inDoc = doc.textBetween(from, from + node.content.size, '', (n) =>
        n.type.name === 'hardBreak' ? '\n' : ATOM_CHAR,
      );
      expect(inDoc).toBe(leaf.text);
    });
  });

  it('puts a language check underline on the words it names', () => {
    const issues = checkLanguage(json, {
      scale: 'ICD203',
      objects: new Map(),
      excerpts: new Map([
        ['exc_a', 'anchored'],
        ['exc_b', 'anchored'],
        ['exc_c', 'anchored'],
      ]),
    });
    const rule = issues.find((i) => i.type === 'confidenceWithLikelihood');
    expect(rule).toBeDefined();
    const range = leafRange(doc, leafStarts(doc), rule!.leaf, rule!.start, rule!.end)!;
    expect(doc.textBetween(range.from, range.to, '', ATOM_CHAR)).toBe(rule!.text);
  });

  it('refuses a range outside its leaf or a leaf that is gone', () => {
    const starts = leafStarts(doc);
    expect(leafRange(doc, starts, 99, 0, 1)).toBeNull();
    expect(leafRange(doc, starts, 0, 0, 500)).toBeNull();
    expect(leafRange(doc, starts, 0, 3, 3)).toBeNull();
  });
});

describe('citation numbers', () => {
  it('number excerpts by first appearance, like the shared extractReferences', () => {
    const numbers = citationNumbers(doc);
    const shared = extractReferences(json);
    expect([...numbers.entries()]).toEqual(
      shared.citations
        .filter((c, i, all) => all.findIndex((d) => d.excerptId === c.excerptId) === i)
        .map((c) => [c.excerptId, c.number]),
    );
    expect(numbers.get('exc_b')).toBe(1);
    expect(numbers.get('exc_a')).toBe(2);
    expect(numbers.get('exc_c')).toBe(3);
  });

  it('renumber when a citation is inserted earlier', () => {
    const earlier = doc.type.schema.nodes.citation!.create({ excerptId: 'exc_c' });
    // Inside the heading, before everything else.
    const changed = doc.replace(1, 1, new Slice(doc.type.schema.nodes.paragraph!.create(null, earlier).content, 0, 0));
    const numbers = citationNumbers(changed);
    expect(numbers.get('exc_c')).toBe(1);
    expect(numbers.get('exc_b')).toBe(2);
  });

  it('shows a dash for a marker not numbered yet', () => {
    expect(citationLabel(4)).toBe('4');
    expect(citationLabel(undefined)).toBe('–');
  });

  it('collects referenced ids once, sorted', () => {
    expect(referencedIds(doc)).toEqual({ claimIds: ['clm_1'], excerptIds: ['exc_a', 'exc_b', 'exc_c'] });
  });
});

/** Manual timers: the test moves time by running what is due. */
function fakeTimers() {
  let now = 0;
  let seq = 0;
  const due = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimer: (fn: () => void, ms: number) => {
      seq += 1;
      due.set(seq, { at: now + ms, fn });
      return seq;
    },
    clearTimer: (h: unknown) => void due.delete(h as number),
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...due]) {
        if (t.at <= now) {
          due.delete(id);
          t.fn();
        }
      }
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function harness(save: (doc: DocNode, base: number) => Promise<{ revision: number }>) {
  const timers = fakeTimers();
  const states: SaveState[] = [];
  const exits: [DocNode, number | null][] = [];
  const autosave = new Autosave({
    revision: 1,
    delay: 250,
    save,
    saveOnExit: (d, b) => {
      exits.push([d, b]);
      return new Promise(() => undefined);
    },
    onState: (s) => states.push(s),
    isConflict: (e) => (e as { code?: string }).code === 'EDIT_CONFLICT',
    ...timers,
  });
  return { timers, states, exits, autosave };
}

const d = (t: string): DocNode => ({ type: 'doc', content: [para(text(t))] });

describe('autosave scheduler', () => {
  it('debounces: many changes within the delay make one save of the last document', async () => {
    const saves: [string, number][] = [];
    const h = harness(async (doc, base) => {
      saves.push([JSON.stringify(doc), base]);
      return { revision: base + 1 };
    });
    h.autosave.change(d('a'));
    h.timers.advance(100);
    h.autosave.change(d('ab'));
    h.timers.advance(200);
    expect(saves).toHaveLength(0);
    h.timers.advance(60);
    await tick();
    expect(saves).toEqual([[JSON.stringify(d('ab')), 1]]);
    expect(h.states.at(-1)).toBe('saved');
    expect(h.autosave.baseRevision).toBe(2);
  });

  it('serialises saves and passes each save the revision the previous one returned', async () => {
    const bases: number[] = [];
    let release: () => void = () => undefined;
    const h = harness((_doc, base) => {
      bases.push(base);
      return new Promise((resolve) => {
        release = () => resolve({ revision: base + 1 });
      });
    });
    h.autosave.change(d('one'));
    const first = h.autosave.flush();
    h.autosave.change(d('two'));
    const second = h.autosave.flush();
    await tick();
    expect(bases).toEqual([1]);
    release();
    await tick();
    await tick();
    expect(bases).toEqual([1, 2]);
    release();
    await Promise.all([first, second]);
    expect(h.autosave.baseRevision).toBe(3);
  });

  it('stops on EDIT_CONFLICT and keeps saving off until reset', async () => {
    const h = harness(async () => Promise.reject(Object.assign(new Error('x'), { code: 'EDIT_CONFLICT' })));
    h.autosave.change(d('mine'));
    await h.autosave.flush();
    expect(h.states.at(-1)).toBe('conflict');
    h.autosave.change(d('more'));
    expect(h.states.at(-1)).toBe('conflict');
    h.autosave.reset(7);
    expect(h.autosave.baseRevision).toBe(7);
  });

  it('keeps the document after another error, so the next flush retries it', async () => {
    let fail = true;
    const saved: string[] = [];
    const h = harness(async (doc, base) => {
      if (fail) throw new Error('offline');
      saved.push(JSON.stringify(doc));
      return { revision: base + 1 };
    });
    h.autosave.change(d('keep me'));
    await h.autosave.flush();
    expect(h.states.at(-1)).toBe('error');
    expect(h.autosave.hasUnsaved).toBe(true);
    fail = false;
    await h.autosave.flush();
    expect(saved).toEqual([JSON.stringify(d('keep me'))]);
  });

  it('on exit sends what is pending at once, without a base while a save is in flight', async () => {
    const h = harness(() => new Promise(() => undefined));
    h.autosave.change(d('typed'));
    h.autosave.exit();
    expect(h.exits).toEqual([[d('typed'), 1]]);
    h.autosave.change(d('first'));
    void h.autosave.flush();
    h.autosave.change(d('second'));
    h.autosave.exit();
    expect(h.exits.at(-1)).toEqual([d('second'), null]);
    h.autosave.exit();
    expect(h.exits).toHaveLength(2);
  });
});

describe('find in the briefing', () => {
  const findDoc = PMNode.fromJSON(briefingSchema, {
    type: 'doc',
    content: [
      para(
        text('Die Straße über Ärger; ÄRGER und '),
        { type: 'text', text: 'ärger', marks: [{ type: 'bold' }] },
        cite('x'),
        text('arger'),
      ),
    ],
  });

  it('is case-insensitive and keeps umlauts literal', async () => {
    const { findMatches } = await import('../../renderer/src/features/briefings/findText');
    const hits = findMatches(findDoc, 'ärger').map((m) => findDoc.textBetween(m.from, m.to));
    expect(hits).toEqual(['Ärger', 'ÄRGER', 'ärger']);
    expect(findMatches(findDoc, 'strasse')).toEqual([]);
    expect(findMatches(findDoc, 'STRASSE')).toEqual([]);
    expect(findMatches(findDoc, 'straße').map((m) => findDoc.textBetween(m.from, m.to))).toEqual(['Straße']);
    expect(findMatches(findDoc, '')).toEqual([]);
  });
});

describe('picker triggers', () => {
  it('opens on @, [[ and / and reads the query after them', async () => {
    const { detectTrigger } = await import('../../renderer/src/features/briefings/triggers');
    expect(detectTrigger('Wir schätzen @Angr')).toEqual({ kind: 'claim', query: 'Angr', length: 5 });
    expect(detectTrigger('@')).toEqual({ kind: 'claim', query: '', length: 1 });
    expect(detectTrigger('Laut Bericht [[Hafen')).toEqual({ kind: 'excerpt', query: 'Hafen', length: 7 });
    expect(detectTrigger('/tab')).toEqual({ kind: 'slash', query: 'tab', length: 4 });
    expect(detectTrigger('Text /zit')).toEqual({ kind: 'slash', query: 'zit', length: 4 });
  });

  it('stays closed in e-mail addresses, paths and after a finished query', async () => {
    const { detectTrigger } = await import('../../renderer/src/features/briefings/triggers');
    expect(detectTrigger('mail an a@b')).toBeNull();
    expect(detectTrigger('und/oder')).toBeNull();
    expect(detectTrigger('@Angriff und mehr')).toBeNull();
    expect(detectTrigger('[[x]]')).toBeNull();
  });
});

describe('links', () => {
  it('allow only http, https and mailto', async () => {
    const { safeHref } = await import('../../renderer/src/features/briefings/links');
    expect(safeHref(' https://example.org/a ')).toBe('https://example.org/a');
    expect(safeHref('mailto:lage@example.org')).toBe('mailto:lage@example.org');
    expect(safeHref('HTTP://x')).toBe('HTTP://x');
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'vbscript:x',
      'example.org',
      'https://',
      'https://a b',
    ]) {
      expect(safeHref(bad)).toBeNull();
    }
  });
});

describe('autosave with a lazy document', () => {
  it('reads the document only when saving, and at once on flush even while a save is in flight', async () => {
    let release: () => void = () => undefined;
    const saved: string[] = [];
    const h = harness((doc, base) => {
      saved.push(JSON.stringify(doc));
      return new Promise((resolve) => {
        release = () => resolve({ revision: base + 1 });
      });
    });
    let reads = 0;
    let current = d('eins');
    const read = () => {
      reads += 1;
      return current;
    };
    h.autosave.change(read);
    h.autosave.change(read);
    expect(reads).toBe(0);
    const first = h.autosave.flush();
    expect(reads).toBe(1);
    h.autosave.change(read);
    const second = h.autosave.flush();
    expect(reads).toBe(2);
    // The editor changes (or is gone) afterwards: what was read at flush time is what gets saved.
    current = d('später');
    release();
    await tick();
    await tick();
    release();
    await Promise.all([first, second]);
    expect(saved).toEqual([JSON.stringify(d('eins')), JSON.stringify(d('eins'))]);
  });
});
