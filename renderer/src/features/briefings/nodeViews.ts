import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import type { ResolvedExcerpt } from '../../../../shared/contract/briefings';
import { citationLabel } from './leafPositions';
import { confidenceLabel, likelihoodLabel, quoted, shortText } from './ratingLabels';
import type { BriefingRefs, RefsStore } from './refsStore';

/*
 * The reference nodes' views as plain DOM. A long briefing holds a thousand of them;
 * as React node views each was a portal with a dozen fibers that every commit of the
 * editor's React tree walked, and loading the briefing rendered a thousand React
 * trees. Each view here subscribes to the refs store and redraws itself only when
 * what it shows changed (a rating, an excerpt's state, its note number, the UI language).
 */

const idOf = (node: PMNode, key: string): string =>
  typeof node.attrs[key] === 'string' ? (node.attrs[key] as string) : '';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Labels by key and values, per t (a new t comes with a new UI language): a thousand views ask for few distinct labels. */
const labelCache = new WeakMap<BriefingRefs['t'], Map<string, string>>();

function label(t: BriefingRefs['t'], key: string, values?: Record<string, string | number>): string {
  let cache = labelCache.get(t);
  if (!cache) labelCache.set(t, (cache = new Map()));
  const k = values ? `${key}\u0001${JSON.stringify(values)}` : key;
  let text = cache.get(k);
  if (text === undefined) {
    // Keys are built from parts here; i18next's key typing cannot follow them.
    const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
    text = translate(key, values);
    cache.set(k, text);
  }
  return text;
}

/**
 * How PM treats events inside an atom view (as tiptap's node views did): a button in
 * it (the note marker) keeps its events; mousedown, drag and clipboard events select
 * or move the node; everything else stays out of the editor.
 */
function stopEvent(dom: HTMLElement, event: Event): boolean {
  const target = event.target as HTMLElement | null;
  if (!target || !dom.contains(target)) return false;
  const drag = event.type.startsWith('drag') || event.type === 'drop';
  if (target.closest('button') && !drag) return true;
  return !(drag || ['mousedown', 'copy', 'paste', 'cut'].includes(event.type));
}

/** The parts every view shares: store subscription, node updates, selection look, teardown. */
function atomView(
  store: RefsStore,
  initial: PMNode,
  dom: HTMLElement,
  selectedClass: string,
  draw: (node: PMNode, refs: BriefingRefs) => void,
  cleanup?: () => void,
): NodeView {
  let node = initial;
  draw(node, store.current);
  const unsubscribe = store.subscribe((refs) => draw(node, refs));
  return {
    dom,
    update(next) {
      if (next.type !== node.type) return false;
      const changed = next.attrs !== node.attrs && JSON.stringify(next.attrs) !== JSON.stringify(node.attrs);
      node = next;
      if (changed) draw(node, store.current);
      return true;
    },
    selectNode: () => dom.classList.add(selectedClass),
    deselectNode: () => dom.classList.remove(selectedClass),
    stopEvent: (event) => stopEvent(dom, event),
    ignoreMutation: (m: ViewMutationRecord) => m.type !== 'selection',
    destroy() {
      unsubscribe();
      cleanup?.();
    },
  };
}

/** A judgment reference: its short text with likelihood and confidence badges, live. */
export function claimRefView(store: RefsStore, node: PMNode): NodeView {
  const dom = el('span', 'wb-claim-ref');
  let drawn = '';
  let drawnT: BriefingRefs['t'] | null = null;
  return atomView(store, node, dom, 'wb-claim-ref--selected', (n, refs) => {
    const t = (key: string, values?: Record<string, string>) => label(refs.t, key, values);
    const claim = refs.claims[idOf(n, 'claimId')];
    const likelihood = claim?.likelihood ? likelihoodLabel(claim.likelihood, refs.language) : null;
    const confidence = claim?.confidence ? confidenceLabel(claim.confidence, refs.language) : null;
    const key = JSON.stringify([claim ?? null, refs.loading, refs.language]);
    if (key === drawn && refs.t === drawnT) return;
    drawn = key;
    drawnT = refs.t;
    const selected = dom.classList.contains('wb-claim-ref--selected');
    dom.replaceChildren();
    for (const a of ['role', 'lang', 'data-claim-id', 'aria-label']) dom.removeAttribute(a);
    if (!claim || !claim.exists) {
      dom.className = `wb-claim-ref ${claim ? 'wb-claim-ref--deleted' : 'wb-claim-ref--pending'}`;
      if (claim) dom.setAttribute('role', 'note');
      dom.textContent = claim ? t('briefing.refs.claimDeleted') : refs.loading ? '…' : t('briefing.refs.claimMissing');
    } else {
      dom.className = 'wb-claim-ref';
      dom.lang = refs.language;
      dom.dataset.claimId = claim.id;
      dom.setAttribute(
        'aria-label',
        t('briefing.refs.claimLabel', {
          text: claim.text,
          likelihood: likelihood ?? t('briefing.refs.unrated'),
          confidence: confidence ?? t('briefing.refs.unrated'),
        }),
      );
      dom.append(el('span', 'wb-claim-ref__text', shortText(claim.text)));
      if (likelihood) dom.append(el('span', 'wb-claim-ref__badge wb-claim-ref__badge--likelihood', likelihood));
      if (confidence)
        dom.append(el('span', `wb-claim-ref__badge wb-claim-ref__badge--${claim.confidence}`, confidence));
    }
    if (selected) dom.classList.add('wb-claim-ref--selected');
  });
}

let cardIds = 0;

/** The hover and focus card of a citation: quote, source, locator, grade and state of the excerpt. */
function excerptCard(excerpt: ResolvedExcerpt, t: BriefingRefs['t']): HTMLElement {
  const card = el('span', 'wb-citation-card');
  const quote = el(
    'span',
    'wb-citation-card__quote',
    t('briefing.refs.quoted', { quote: shortText(excerpt.quote, 280) }),
  );
  if (excerpt.sourceLanguage) quote.lang = excerpt.sourceLanguage;
  const locator = excerpt.page
    ? t('briefing.refs.page', { page: excerpt.page.first.label || String(excerpt.page.first.page) })
    : excerpt.paragraph
      ? t('briefing.refs.paragraph', { n: excerpt.paragraph })
      : '';
  card.append(
    quote,
    el('span', 'wb-citation-card__meta', [excerpt.sourceTitle, excerpt.outlet, locator].filter(Boolean).join(' · ')),
  );
  if (excerpt.grade)
    card.append(el('span', 'wb-citation-card__grade', t('briefing.refs.grade', { grade: excerpt.grade })));
  if (excerpt.status !== 'anchored') {
    card.append(el('span', 'wb-citation-card__warn', t(`briefing.refs.status.${excerpt.status ?? 'orphan'}`)));
  }
  return card;
}

/** A citation: a numbered superscript marker; hover or focus shows the excerpt, a click opens the source there. */
export function citationView(store: RefsStore, node: PMNode): NodeView {
  const dom = el('sup', 'wb-citation');
  const button = el('button', 'wb-citation__marker');
  button.type = 'button';
  dom.append(button);
  let current = node;
  // The card lives in the body, fixed to the viewport: the blocks' containment (content-visibility) would clip it.
  let card: HTMLElement | null = null;
  const closeCard = () => {
    card?.remove();
    card = null;
    button.removeAttribute('aria-describedby');
  };
  const openCard = (anchor: HTMLElement) => {
    const refs = store.current;
    const excerpt = refs.excerpts[idOf(current, 'excerptId')];
    closeCard();
    if (!excerpt?.exists) return;
    const r = anchor.getBoundingClientRect();
    card = el('span', 'wb-citation__card');
    card.id = `wb-citation-card-${++cardIds}`;
    card.setAttribute('role', 'tooltip');
    card.style.left = `${Math.max(8, Math.min(r.left - 160, window.innerWidth - 388))}px`;
    card.style.top = `${r.top - 6}px`;
    card.append(excerptCard(excerpt, refs.t));
    document.body.append(card);
    button.setAttribute('aria-describedby', card.id);
  };
  dom.addEventListener('mouseenter', () => openCard(dom));
  dom.addEventListener('mouseleave', closeCard);
  button.addEventListener('focus', () => openCard(button));
  button.addEventListener('blur', closeCard);
  button.addEventListener('keydown', (e) => e.key === 'Escape' && closeCard());
  button.addEventListener('click', () => {
    const id = idOf(current, 'excerptId');
    if (store.current.excerpts[id]?.exists) store.current.openExcerpt(id);
  });
  let drawn = '';
  return atomView(
    store,
    node,
    dom,
    'wb-citation--selected',
    (n, refs) => {
      current = n;
      const id = idOf(n, 'excerptId');
      const excerpt = refs.excerpts[id];
      const number = citationLabel(refs.numbers.get(id));
      const gone = Boolean(excerpt && !excerpt.exists);
      const orphan = Boolean(excerpt?.exists && excerpt.status === 'orphan');
      const name = label(refs.t, gone ? 'briefing.refs.citationDeleted' : 'briefing.refs.citationLabel', { number });
      const key = `${id}\u0001${number}\u0001${gone}\u0001${orphan}\u0001${name}`;
      if (key === drawn) return;
      drawn = key;
      dom.dataset.excerptId = id;
      dom.classList.toggle('wb-citation--deleted', gone);
      dom.classList.toggle('wb-citation--orphan', orphan);
      button.textContent = number;
      button.setAttribute('aria-label', name);
    },
    closeCard,
  );
}

/** An excerpt as a quotation: original-language quote (with its lang), the translation, the source and note number. */
export function excerptQuoteView(store: RefsStore, node: PMNode): NodeView {
  const dom = el('blockquote', 'wb-excerpt-quote');
  let current = node;
  let drawn = '';
  return atomView(store, node, dom, 'wb-excerpt-quote--selected', (n, refs) => {
    current = n;
    const { t } = refs;
    const id = idOf(n, 'excerptId');
    const excerpt = refs.excerpts[id];
    const number = citationLabel(refs.numbers.get(id));
    const key = JSON.stringify([
      id,
      excerpt ?? null,
      number,
      refs.loading,
      refs.language,
      t('briefing.refs.quoteDeleted'),
    ]);
    if (key === drawn) return;
    drawn = key;
    const selected = dom.classList.contains('wb-excerpt-quote--selected');
    dom.replaceChildren();
    dom.dataset.excerptId = id;
    dom.removeAttribute('aria-label');
    if (!excerpt || !excerpt.exists) {
      dom.className = 'wb-excerpt-quote wb-excerpt-quote--deleted';
      dom.textContent = !excerpt && refs.loading ? '…' : t('briefing.refs.quoteDeleted');
    } else {
      dom.className = 'wb-excerpt-quote';
      dom.setAttribute('aria-label', t('briefing.refs.quoteLabel', { number }));
      const original = el('p', 'wb-excerpt-quote__original', quoted(excerpt.quote, refs.language));
      if (excerpt.sourceLanguage) original.lang = excerpt.sourceLanguage;
      dom.append(original);
      if (excerpt.translation) {
        const translation = el('p', 'wb-excerpt-quote__translation', excerpt.translation.text);
        translation.lang = excerpt.translation.language;
        dom.append(translation);
      }
      const footer = el('footer', 'wb-excerpt-quote__source');
      const sup = el('sup', 'wb-citation');
      const marker = el('button', 'wb-citation__marker', number);
      marker.type = 'button';
      marker.setAttribute('aria-label', t('briefing.refs.citationLabel', { number }));
      marker.addEventListener('click', () => store.current.openExcerpt(idOf(current, 'excerptId')));
      sup.append(marker);
      footer.append(el('span', '', excerpt.sourceTitle), sup);
      dom.append(footer);
    }
    if (selected) dom.classList.add('wb-excerpt-quote--selected');
  });
}

/**
 * The views as a plugin's `nodeViews` prop rather than tiptap's addNodeView: tiptap
 * hands ProseMirror freshly made view functions once the editor is mounted, which
 * makes it build the whole document's DOM a second time; these functions stay the
 * same, so a long briefing is built once.
 */
export function referenceViewsPlugin(store: RefsStore): Plugin {
  return new Plugin({
    key: new PluginKey('briefingReferenceViews'),
    props: {
      nodeViews: {
        claimRef: (node) => claimRefView(store, node),
        citation: (node) => citationView(store, node),
        excerptQuote: (node) => excerptQuoteView(store, node),
      },
    },
  });
}
