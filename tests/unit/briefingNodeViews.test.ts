// @vitest-environment jsdom
/**
 * The briefing's reference node views (plain DOM since they left React): what they
 * show from the refs store, that they follow a re-rating and a renumbering, that an
 * unrelated refs change leaves their DOM alone, the citation's hover card, and the
 * cached document JSON the autosave sends.
 */
import i18next, { type TFunction } from 'i18next';
import { Node as PMNode } from '@tiptap/pm/model';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import en from '../../renderer/src/i18n/en.json';
import type { ResolvedClaim, ResolvedExcerpt } from '../../shared/contract/briefings';
import { briefingSchema } from '../../shared/editor/schema';
import type { DocNode } from '../../shared/editor/document';
import { citationView, claimRefView, excerptQuoteView } from '../../renderer/src/features/briefings/nodeViews';
import { RefsStore, type BriefingRefs } from '../../renderer/src/features/briefings/refsStore';
import { docJson } from '../../renderer/src/features/briefings/docJson';
import { Signal } from '../../renderer/src/features/briefings/signals';
import { citationNumbers, referencedIds, referencesOfJson } from '../../renderer/src/features/briefings/leafPositions';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
  t = i18n.t.bind(i18n) as TFunction;
});

const claim = (over: Partial<ResolvedClaim> = {}): ResolvedClaim => ({
  id: 'clm_1',
  exists: true,
  kind: 'judgment',
  text: 'Die Truppen werden an der Grenze verstärkt',
  likelihood: { scale: 'ICD203', term: 'likely' },
  confidence: 'moderate',
  tlp: null,
  ...over,
});

const excerpt = (over: Partial<ResolvedExcerpt> = {}): ResolvedExcerpt => ({
  id: 'exc_1',
  exists: true,
  status: 'anchored',
  quote: 'Sechs Offiziere wurden verlegt',
  translation: null,
  sourceId: null,
  sourceTitle: 'Lagebericht Ost',
  outlet: 'Agentur',
  publishedAt: null,
  url: '',
  sourceLanguage: 'de',
  page: null,
  paragraph: 3,
  reliability: null,
  credibility: null,
  grade: 'B2',
  tlp: null,
  ...over,
});

function refs(over: Partial<BriefingRefs> = {}): BriefingRefs {
  return {
    casePath: '/x.wbcase',
    language: 'de',
    scale: 'ICD203',
    claims: {},
    excerpts: {},
    loading: true,
    numbers: new Map(),
    openExcerpt: () => undefined,
    t,
    ...over,
  };
}

const node = (json: DocNode) => PMNode.fromJSON(briefingSchema, json);
const claimNode = node({ type: 'claimRef', attrs: { claimId: 'clm_1' } });
const citeNode = node({ type: 'citation', attrs: { excerptId: 'exc_1', locator: null } });

describe('judgment reference view', () => {
  it('shows a placeholder while loading, then text, likelihood and confidence in the briefing’s language', () => {
    const store = new RefsStore(refs());
    const view = claimRefView(store, claimNode);
    const dom = view.dom as HTMLElement;
    expect(dom.textContent).toBe('…');
    store.set(refs({ loading: false, claims: { clm_1: claim() } }));
    expect(dom.dataset.claimId).toBe('clm_1');
    expect(dom.querySelector('.wb-claim-ref__text')!.textContent).toBe('Die Truppen werden an der Grenze verstärkt');
    expect(dom.textContent).toContain('wahrscheinlich');
    expect(dom.textContent).toContain('mittlere Konfidenz');
    expect(dom.getAttribute('aria-label')).toMatch(/^Judgment: Die Truppen/);
  });

  it('follows a re-rating, and an unrelated refs change redraws nothing', () => {
    const store = new RefsStore(refs({ loading: false, claims: { clm_1: claim() } }));
    const dom = claimRefView(store, claimNode).dom as HTMLElement;
    const label = dom.querySelector('.wb-claim-ref__text');
    // A new answer with equal content (refs.resolve refetched after an unrelated change).
    store.set(refs({ loading: false, claims: { clm_1: claim() }, numbers: new Map([['exc_9', 1]]) }));
    expect(dom.querySelector('.wb-claim-ref__text')).toBe(label);
    store.set(refs({ loading: false, claims: { clm_1: claim({ confidence: 'high' }) } }));
    expect(dom.textContent).toContain('hohe Konfidenz');
    expect(dom.textContent).not.toContain('mittlere Konfidenz');
  });

  it('says so when the judgment was deleted or is not found, and stops listening when destroyed', () => {
    const store = new RefsStore(refs({ loading: false, claims: { clm_1: claim({ exists: false }) } }));
    const view = claimRefView(store, claimNode);
    const dom = view.dom as HTMLElement;
    expect(dom.textContent).toBe('[deleted judgment]');
    expect(dom.classList.contains('wb-claim-ref--deleted')).toBe(true);
    store.set(refs({ loading: false }));
    expect(dom.textContent).toBe('[judgment not found]');
    view.destroy!();
    store.set(refs({ loading: false, claims: { clm_1: claim() } }));
    expect(dom.textContent).toBe('[judgment not found]');
  });

  it('keeps its selected look across a redraw', () => {
    const store = new RefsStore(refs());
    const view = claimRefView(store, claimNode);
    view.selectNode!();
    store.set(refs({ loading: false, claims: { clm_1: claim() } }));
    expect((view.dom as HTMLElement).classList.contains('wb-claim-ref--selected')).toBe(true);
    view.deselectNode!();
    expect((view.dom as HTMLElement).classList.contains('wb-claim-ref--selected')).toBe(false);
  });
});

describe('citation view', () => {
  it('shows its note number and renumbers when the document’s order changes', () => {
    const store = new RefsStore(refs({ loading: false, excerpts: { exc_1: excerpt() } }));
    const dom = citationView(store, citeNode).dom as HTMLElement;
    const button = dom.querySelector('button')!;
    expect(button.textContent).toBe('–');
    store.set(refs({ loading: false, excerpts: { exc_1: excerpt() }, numbers: new Map([['exc_1', 1]]) }));
    expect(button.textContent).toBe('1');
    expect(button.getAttribute('aria-label')).toBe('Note 1');
    store.set(refs({ loading: false, excerpts: { exc_1: excerpt() }, numbers: new Map([['exc_1', 2]]) }));
    expect(button.textContent).toBe('2');
    store.set(
      refs({ loading: false, excerpts: { exc_1: excerpt({ exists: false }) }, numbers: new Map([['exc_1', 2]]) }),
    );
    expect(dom.classList.contains('wb-citation--deleted')).toBe(true);
    expect(button.getAttribute('aria-label')).toBe('Note 2: excerpt deleted');
  });

  it('shows quote, source and grade on hover in a tooltip outside the editor, and opens the source on click', () => {
    const openExcerpt = vi.fn();
    const store = new RefsStore(
      refs({ loading: false, excerpts: { exc_1: excerpt() }, numbers: new Map([['exc_1', 1]]), openExcerpt }),
    );
    const view = citationView(store, citeNode);
    const dom = view.dom as HTMLElement;
    document.body.append(dom);
    dom.dispatchEvent(new MouseEvent('mouseenter'));
    const card = document.querySelector('[role="tooltip"]')!;
    expect(card.parentElement).toBe(document.body);
    expect(card.textContent).toContain('“Sechs Offiziere wurden verlegt”');
    expect(card.textContent).toContain('Lagebericht Ost · Agentur · para. 3');
    expect(card.textContent).toContain('Grade B2');
    expect(dom.querySelector('button')!.getAttribute('aria-describedby')).toBe(card.id);
    dom.dispatchEvent(new MouseEvent('mouseleave'));
    expect(document.querySelector('[role="tooltip"]')).toBeNull();
    dom.querySelector('button')!.click();
    expect(openExcerpt).toHaveBeenCalledWith('exc_1');
    // The marker's own events stay out of the editor; a mousedown on the atom selects it.
    const click = new MouseEvent('click', { bubbles: true });
    dom.querySelector('button')!.dispatchEvent(click);
    expect(view.stopEvent!(click)).toBe(true);
    const down = new MouseEvent('mousedown', { bubbles: true });
    dom.dispatchEvent(down);
    expect(view.stopEvent!(down)).toBe(false);
    view.destroy!();
    dom.remove();
  });
});

describe('quotation view', () => {
  it('shows the quote in the briefing’s quotation marks with its language, the source and the note', () => {
    const store = new RefsStore(
      refs({ loading: false, excerpts: { exc_1: excerpt() }, numbers: new Map([['exc_1', 1]]) }),
    );
    const dom = excerptQuoteView(store, node({ type: 'excerptQuote', attrs: { excerptId: 'exc_1' } }))
      .dom as HTMLElement;
    const original = dom.querySelector('.wb-excerpt-quote__original') as HTMLElement;
    expect(original.textContent).toBe('„Sechs Offiziere wurden verlegt“');
    expect(original.lang).toBe('de');
    expect(dom.querySelector('footer')!.textContent).toContain('Lagebericht Ost');
    expect(dom.querySelector('button')!.getAttribute('aria-label')).toBe('Note 1');
    store.set(refs({ loading: false, excerpts: { exc_1: excerpt({ exists: false }) } }));
    expect(dom.textContent).toBe('[The quoted excerpt was deleted]');
  });
});

describe('the autosave’s document JSON', () => {
  const para = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const doc = PMNode.fromJSON(briefingSchema, {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kernaussagen' }] },
      para('Erster Absatz.'),
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Zweiter ' },
          { type: 'claimRef', attrs: { claimId: 'clm_1' } },
        ],
      },
    ],
  });

  it('equals doc.toJSON(), and after an edit reuses the JSON of every block the edit did not touch', () => {
    const first = docJson(doc);
    expect(first).toEqual(doc.toJSON());
    const edited = doc.replace(
      doc.child(0).nodeSize + 1,
      doc.child(0).nodeSize + 1,
      doc.slice(doc.child(0).nodeSize + 2, doc.child(0).nodeSize + 4),
    );
    const second = docJson(edited);
    expect(second).toEqual(edited.toJSON());
    expect(second.content![0]).toBe(first.content![0]);
    expect(second.content![1]).not.toBe(first.content![1]);
    expect(second.content![2]).toBe(first.content![2]);
  });
});

describe('signals', () => {
  it('tell subscribers once after the next paint, with the last value, and not at all for an equal one', async () => {
    const s = new Signal(0);
    const heard: number[] = [];
    s.subscribe(() => heard.push(s.get()));
    s.set(1);
    s.set(2);
    expect(s.get()).toBe(2);
    expect(heard).toEqual([]);
    await vi.waitFor(() => expect(heard).toEqual([2]));
    s.set(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(heard).toEqual([2]);
  });
});

describe('references read from the stored JSON before the editor exists', () => {
  it('give the same ids and note numbers as the editor’s document', () => {
    const json: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'A ' },
            { type: 'citation', attrs: { excerptId: 'exc_b' } },
          ],
        },
        { type: 'excerptQuote', attrs: { excerptId: 'exc_a' } },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    { type: 'claimRef', attrs: { claimId: 'clm_2' } },
                    { type: 'citation', attrs: { excerptId: 'exc_b' } },
                    { type: 'claimRef', attrs: { claimId: 'clm_1' } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const doc = PMNode.fromJSON(briefingSchema, json);
    const fromJson = referencesOfJson(json);
    expect(fromJson.ids).toEqual(referencedIds(doc));
    expect([...fromJson.numbers]).toEqual([...citationNumbers(doc)]);
    expect([...fromJson.numbers]).toEqual([
      ['exc_b', 1],
      ['exc_a', 2],
    ]);
  });
});
