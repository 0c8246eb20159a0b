/** The briefing document schema in Node (no DOM): references, numbering, word count, migrations. */
import { describe, expect, it } from 'vitest';
import { DOC_VERSION, migrateDoc, type DocNode } from '../../shared/editor/document';
import { extractReferences, textBlocks, withoutExcerpt, wordCount } from '../../shared/editor/references';
import { briefingSchema } from '../../shared/editor/schema';

const text = (t: string): DocNode => ({ type: 'text', text: t });
const cite = (excerptId: string, locator?: string): DocNode => ({
  type: 'citation',
  attrs: { excerptId, ...(locator ? { locator } : {}) },
});
const ref = (claimId: string): DocNode => ({ type: 'claimRef', attrs: { claimId } });
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const h = (level: number, t: string): DocNode => ({ type: 'heading', attrs: { level }, content: [text(t)] });

const DOC: DocNode = {
  type: 'doc',
  content: [
    h(2, 'Kernaussagen'),
    p(ref('clm_a'), text(' Die Angaben zu Verlusten beruhen auf einer Quelle.'), cite('exc_1')),
    { type: 'excerptQuote', attrs: { excerptId: 'exc_2' } },
    h(2, 'Diskussion'),
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [p(text('Größe der Einheit unklar'), cite('exc_1', 'S. 3'))] }],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [{ type: 'tableCell', content: [p(text('Straße „Nord“'), cite('exc_3'), ref('clm_b'))] }],
        },
      ],
    },
  ],
};

describe('briefing schema', () => {
  it('loads in Node with the live reference nodes, and accepts a document using all of them', () => {
    for (const name of ['claimRef', 'citation', 'excerptQuote', 'table', 'heading', 'blockquote', 'bulletList']) {
      expect(briefingSchema.nodes[name], name).toBeDefined();
    }
    expect(Object.keys(briefingSchema.marks)).toEqual(expect.arrayContaining(['bold', 'italic', 'link']));
    const node = briefingSchema.nodeFromJSON(DOC);
    expect(() => node.check()).not.toThrow();
    // Atoms hold ids only: no text of theirs enters the document.
    expect(node.textContent).toBe(
      'Kernaussagen Die Angaben zu Verlusten beruhen auf einer Quelle.DiskussionGröße der Einheit unklarStraße „Nord“',
    );
  });

  it('refuses unknown nodes', () => {
    expect(() => briefingSchema.nodeFromJSON({ type: 'doc', content: [{ type: 'script' }] })).toThrow();
  });
});

describe('references and numbering', () => {
  it('extracts claims and citations in document order; an excerpt cited again keeps its number', () => {
    const r = extractReferences(DOC);
    expect(r.claimIds).toEqual(['clm_a', 'clm_b']);
    expect(r.excerptIds).toEqual(['exc_1', 'exc_2', 'exc_3']);
    expect(r.citations.map((c) => [c.excerptId, c.number, c.fromQuote, c.locator])).toEqual([
      ['exc_1', 1, false, null],
      ['exc_2', 2, true, null],
      ['exc_1', 1, false, 'S. 3'],
      ['exc_3', 3, false, null],
    ]);
  });

  it('renumbers when a citation is inserted earlier', () => {
    const earlier: DocNode = { ...DOC, content: [p(text('Vorab'), cite('exc_3')), ...DOC.content!] };
    expect(extractReferences(earlier).citations.map((c) => `${c.excerptId}:${c.number}`)).toEqual([
      'exc_3:1',
      'exc_1:2',
      'exc_2:3',
      'exc_1:2',
      'exc_3:1',
    ]);
  });

  it('removes every use of an excerpt, keeping a valid document', () => {
    const { doc, removed } = withoutExcerpt(DOC, 'exc_1');
    expect(removed).toBe(2);
    expect(extractReferences(doc).excerptIds).toEqual(['exc_2', 'exc_3']);
    expect(() => briefingSchema.nodeFromJSON(doc).check()).not.toThrow();
    const only = withoutExcerpt({ type: 'doc', content: [{ type: 'excerptQuote', attrs: { excerptId: 'x' } }] }, 'x');
    expect(() => briefingSchema.nodeFromJSON(only.doc).check()).not.toThrow();
  });

  it('lists text leaves with sections and atoms as one character each', () => {
    const leaves = textBlocks(DOC, '\uFFFC');
    expect(leaves.map((l) => [l.kind, l.section])).toEqual([
      ['heading', null],
      ['paragraph', 'Kernaussagen'],
      ['excerptQuote', 'Kernaussagen'],
      ['heading', null],
      ['paragraph', 'Diskussion'],
      ['paragraph', 'Diskussion'],
    ]);
    expect(leaves[1]!.text).toBe('\uFFFC Die Angaben zu Verlusten beruhen auf einer Quelle.\uFFFC');
    expect(leaves[5]!.refs).toEqual([
      { kind: 'excerpt', id: 'exc_3' },
      { kind: 'claim', id: 'clm_b' },
    ]);
  });

  it('counts words in German text, references not counted', () => {
    expect(wordCount(DOC)).toBe(1 + 8 + 1 + 4 + 2);
  });
});

describe('document versions', () => {
  it('opens the current version for writing and a newer one read-only', () => {
    expect(migrateDoc(DOC, DOC_VERSION)).toMatchObject({ readOnly: false, storedVersion: DOC_VERSION });
    expect(migrateDoc(DOC, DOC_VERSION + 1)).toMatchObject({ readOnly: true, doc: DOC });
  });
});
