/**
 * What keeps typing fast in a long briefing, DOM-free: the editor's own text leaves equal the
 * shared textBlocks(), the per-paragraph check cache gives the same findings as a fresh run
 * after edits, only edits that touch a reference recount the notes, and a newer document is
 * fitted to this app's schema for the read-only view without losing a word.
 */
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../shared/editor/document';
import {
  ATOM_CHAR,
  checkLanguage,
  checkLeaves,
  LanguageCheckCache,
  type LanguageContext,
} from '../../shared/editor/languageChecks';
import { fitToSchema } from '../../shared/editor/readOnlyDoc';
import { textBlocks } from '../../shared/editor/references';
import { briefingSchema } from '../../shared/editor/schema';
import { editorLeaves, editorWordCount, touchesReferences } from '../../renderer/src/features/briefings/leafPositions';

const text = (t: string): DocNode => ({ type: 'text', text: t });
const cite = (id: string): DocNode => ({ type: 'citation', attrs: { excerptId: id, locator: null } });
const claim = (id: string): DocNode => ({ type: 'claimRef', attrs: { claimId: id } });
const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const heading = (t: string): DocNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(t)] });

const json: DocNode = {
  type: 'doc',
  content: [
    heading('Kernaussagen'),
    para(text('Wir urteilen: '), claim('clm_1'), text(' Ein Angriff könnte bevorstehen.'), cite('exc_b')),
    { type: 'excerptQuote', attrs: { excerptId: 'exc_a' } },
    heading('Diskussion'),
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [para(text('Straße '), cite('exc_a'), { type: 'hardBreak' }, text('Ü'))] },
      ],
    },
    para(text('Mit hoher Sicherheit ist ein Angriff wahrscheinlich. It is likely with high confidence.')),
  ],
};

const ctx: LanguageContext = {
  scale: 'ICD203',
  objects: new Map([['clm_1', { kind: 'judgment', text: 'Angriff', likelihood: null, confidence: null }]]),
  excerpts: new Map([
    ['exc_a', 'anchored'],
    ['exc_b', 'orphan'],
  ]),
};

const stateOf = (doc: DocNode) => EditorState.create({ doc: PMNode.fromJSON(briefingSchema, doc) });
const endOf = (state: EditorState, leaf: number) => {
  let seen = -1;
  let at = 0;
  state.doc.descendants((node, pos) => {
    if (node.isTextblock && ++seen === leaf) at = pos + node.nodeSize - 1;
    return !node.isTextblock;
  });
  return at;
};

describe('the editor’s text leaves', () => {
  it('equal the shared textBlocks() of the same document, and count the same words as the status bar did', () => {
    const state = stateOf(json);
    expect(editorLeaves(state.doc)).toEqual(textBlocks(json, ATOM_CHAR));
    const counted = state.doc.textBetween(0, state.doc.content.size, ' ', ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
    expect(editorWordCount(state.doc)).toBe(counted?.length);
  });

  it('follow an edit: the changed paragraph is re-read, the others come from the cache', () => {
    const state = stateOf(json);
    const before = editorLeaves(state.doc);
    const typed = state.apply(state.tr.insertText(' Neu', endOf(state, 1)));
    const after = editorLeaves(typed.doc);
    expect(after[1]!.text).toBe(`${before[1]!.text} Neu`);
    expect(after).toEqual(textBlocks(typed.doc.toJSON() as DocNode, ATOM_CHAR));
  });
});

describe('the check cache', () => {
  it('gives the same findings as a fresh run, before and after edits (en and de)', () => {
    const cache = new LanguageCheckCache();
    let state = stateOf(json);
    const fresh = () => checkLanguage(state.doc.toJSON() as DocNode, ctx);
    const cached = () => checkLeaves(editorLeaves(state.doc), ctx, cache);
    expect(cached()).toEqual(fresh());
    expect(fresh().map((i) => i.type)).toEqual(
      expect.arrayContaining(['vagueModal', 'confidenceWithLikelihood', 'citationProblem']),
    );
    // Removing the vague modal's paragraph text and adding one elsewhere: the cache keeps up.
    const from = endOf(state, 1);
    state = state.apply(state.tr.insertText(' Vielleicht.', from));
    expect(cached()).toEqual(fresh());
    state = state.apply(state.tr.delete(from - 5, from + 12));
    expect(cached()).toEqual(fresh());
    // A new heading changes the section of what follows: the same paragraph text is analysed again.
    const h = state.tr.setBlockType(1, 1, briefingSchema.nodes.heading!, { level: 2 });
    state = state.apply(h);
    expect(cached()).toEqual(fresh());
  });
});

describe('which edits recount the notes', () => {
  it('typing and formatting do not; inserting, deleting or moving a reference does', () => {
    const state = stateOf(json);
    const at = endOf(state, 5);
    expect(touchesReferences(state.tr.insertText('x', at))).toBe(false);
    expect(touchesReferences(state.tr.addMark(at - 10, at, briefingSchema.marks.bold!.create()))).toBe(false);
    expect(touchesReferences(state.tr)).toBe(false);
    const insert = state.tr.insert(at, briefingSchema.nodes.citation!.create({ excerptId: 'exc_c' }));
    expect(touchesReferences(insert)).toBe(true);
    // Deleting a range with a citation in it (the first paragraph, which ends in one).
    const p1 = endOf(state, 1);
    expect(touchesReferences(state.tr.delete(p1 - 1, p1))).toBe(true);
    // Deleting text next to it but not the atom.
    expect(touchesReferences(state.tr.delete(p1 - 6, p1 - 2))).toBe(false);
    // Typing over a selection that holds the claim reference (paragraph text starts at 15, the atom is at 29).
    const sel = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 27, 31)));
    expect(touchesReferences(sel.tr.insertText('y'))).toBe(true);
  });
});

describe('a newer document shown read-only', () => {
  it('is kept as it is when it fits', () => {
    expect(fitToSchema(json, briefingSchema)).toBe(json);
  });

  it('keeps every word of unknown nodes and under unknown marks', () => {
    const newer: DocNode = {
      type: 'doc',
      content: [
        heading('Kernaussagen'),
        para(text('Die Lage bleibt '), {
          type: 'text',
          text: 'angespannt',
          marks: [{ type: 'glow' }, { type: 'bold' }],
        }),
        { type: 'marginNote', attrs: { side: 'left' }, content: [para(text('Randnotiz.'), cite('exc_a'))] },
      ],
    };
    const fitted = fitToSchema(newer, briefingSchema);
    const node = PMNode.fromJSON(briefingSchema, fitted);
    node.check();
    expect(node.textBetween(0, node.content.size, '|')).toBe('Kernaussagen|Die Lage bleibt angespannt|Randnotiz.');
    expect(JSON.stringify(fitted)).toContain('"bold"');
    expect(JSON.stringify(fitted)).not.toContain('glow');
    expect(JSON.stringify(fitted)).toContain('exc_a');
  });

  it('falls back to plain paragraphs of the text when lifting is not enough', () => {
    // Inline content straight under the document: lifting leaves it where no paragraph is.
    const odd: DocNode = {
      type: 'doc',
      content: [{ type: 'callout', content: [text('Lose Worte'), { type: 'sparkle' }] }, para(text('Danach.'))],
    };
    const fitted = fitToSchema(odd, briefingSchema);
    const node = PMNode.fromJSON(briefingSchema, fitted);
    node.check();
    expect(node.textBetween(0, node.content.size, '|')).toBe('Lose Worte|Danach.');
  });
});
