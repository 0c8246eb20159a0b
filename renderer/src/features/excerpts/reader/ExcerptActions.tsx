import { useCallback, useEffect, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import '../../../styles/excerptsReader.css';
import { Button, ButtonGroup, Callout } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { Excerpt } from '../../../../../shared/domain/excerpt';
import { ui, useUiState, type TextRange } from '../../../state/uiStore';
import { READER_KEYS, isPlainLetter, isTypingTarget } from '../../commands/shortcuts';
import { describeError, type ErrorText } from '../../errors/describeError';
import { toWireError } from '../../errors/toWireError';
import { pickHighlight, sortHighlights, type Highlight } from '../../sources/reader/segments';
import { Anchored, lastRect } from './Anchored';
import { useCreateExcerpt } from './api';
import { KeepExcerptCard } from './KeepExcerptCard';
import { keepDefaults } from './keepDefaults';

/** The id the words being kept carry while the card is open (painted in the chosen colour, never selectable). */
export const PENDING_ID = 'pending';
/** The reader toolbar's height: anchored things stay below it. */
const TOOLBAR = 34;

interface Options {
  casePath: string;
  sourceId: string;
  version: number;
  sourceLanguage: string;
  lang: string | undefined;
  /** The DOM selection inside the reader, if any (for placing the floating action). */
  domRange: Range | null;
  /** Kept when nothing is selected: the current find match (the keyboard's way to a selection). */
  findTarget: TextRange | null;
  highlights: readonly Highlight[];
  selectedId: string | null;
  revealHere: (start: number, end: number, excerptId: string | null) => void;
  afterKeep: () => void;
}

const stopMouseDown = (e: { preventDefault: () => void }) => e.preventDefault();

/**
 * What the reader does with excerpts: keep the live selection (of the text view or
 * the PDF view, both publish `readerSelection`), pick a highlight, move between
 * them. The reader renders the pieces (toolbar, floating action, card).
 */
export function useExcerptActions(o: Options) {
  const { t, i18n } = useTranslation();
  const live = useUiState((s) => s.readerSelection);
  const liveHere = live && live.sourceId === o.sourceId && live.version === o.version ? live : null;
  const selection = liveHere ?? o.findTarget;
  const [card, setCard] = useState<{ target: TextRange; range: Range | null } | null>(null);
  const [error, setError] = useState<ErrorText | null>(null);
  const create = useCreateExcerpt();
  const { casePath, afterKeep } = o;

  const kept = useCallback(
    (excerpt: Excerpt) => {
      document.getSelection()?.removeAllRanges();
      setCard(null);
      setError(null);
      ui.selectExcerpt(casePath, excerpt.id);
      afterKeep();
    },
    [casePath, afterKeep],
  );

  const openCard = () => {
    if (!selection) return;
    setError(null);
    setCardColour(keepDefaults.colour());
    setCard({ target: selection, range: o.domRange });
  };

  const keepNow = () => {
    if (!selection || create.isPending) return;
    setError(null);
    create.mutate(
      { ...selection, colour: keepDefaults.colour(), tags: [], comment: '', translation: null },
      { onSuccess: kept, onError: (e) => setError(describeError(t, toWireError(e), i18n.language)) },
    );
  };

  const pick = (ids: string[]) => {
    const id = pickHighlight(
      ids.filter((i) => i !== PENDING_ID),
      o.selectedId,
    );
    if (id) ui.selectExcerpt(casePath, id);
  };

  const step = (by: 1 | -1) => {
    const list = o.highlights;
    if (!list.length) return;
    const at = o.selectedId ? list.findIndex((h) => h.id === o.selectedId) : -1;
    const next = list[at < 0 ? (by > 0 ? 0 : list.length - 1) : (at + by + list.length) % list.length]!;
    ui.selectExcerpt(casePath, next.id);
    o.revealHere(next.start, next.end, next.id);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.defaultPrevented || isTypingTarget(e.target)) return;
    // The card's own buttons are the card's: no reader keys there.
    if (e.target instanceof Element && e.target.closest('.wb-keep-card')) return;
    const onHighlight = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('[data-excerpts]') : null;
    if (e.key === 'Enter' && onHighlight) {
      e.preventDefault();
      pick((onHighlight.dataset.excerpts ?? '').split(' ').filter(Boolean));
    } else if (isPlainLetter(e, READER_KEYS.keep) && selection && !card) {
      e.preventDefault();
      openCard();
    } else if (isPlainLetter(e, READER_KEYS.keepNow) && selection && !card) {
      e.preventDefault();
      keepNow();
    } else if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      step(e.key === 'ArrowDown' ? 1 : -1);
    }
  };

  // While the card is open its words show in the colour being chosen (the DOM selection is gone by then).
  const [cardColour, setCardColour] = useState(keepDefaults.colour);
  const painted = useMemo(() => {
    if (!card) return o.highlights;
    const pending: Highlight = {
      id: PENDING_ID,
      start: card.target.start,
      end: card.target.end,
      colour: cardColour,
      status: 'anchored',
    };
    return sortHighlights([...o.highlights, pending]);
  }, [card, cardColour, o.highlights]);

  return {
    selection,
    /** A selection made in the text (not a find match): it gets the floating action. */
    live: liveHere,
    card,
    error,
    busy: create.isPending,
    painted,
    highlightCount: o.highlights.length,
    selectedIndex: o.selectedId ? o.highlights.findIndex((h) => h.id === o.selectedId) : -1,
    domRange: o.domRange,
    sourceLanguage: o.sourceLanguage,
    lang: o.lang,
    openCard,
    keepNow,
    closeCard: () => {
      setCard(null);
      afterKeep();
    },
    kept,
    setCardColour,
    dismissError: () => setError(null),
    pickHighlight: pick,
    /** A click on one highlight (the PDF page view reports a single id). */
    selectHighlight: (id: string) => pick([id]),
    step,
    onKeyDown,
  };
}

export type ExcerptActions = ReturnType<typeof useExcerptActions>;

/** The reader toolbar's excerpt controls: keep the selection, and move between the highlights. */
export function ExcerptToolbar({ actions: a }: { actions: ExcerptActions }) {
  const { t, i18n } = useTranslation();
  const count = new Intl.NumberFormat(i18n.language).format(a.highlightCount);
  return (
    <div className="wb-reader__excerpt-tools">
      <Button
        size="small"
        variant="minimal"
        icon="highlight"
        text={t('excerptReader.keep')}
        title={t('excerptReader.keepHint')}
        aria-keyshortcuts="E"
        disabled={!a.selection || a.busy}
        onMouseDown={stopMouseDown}
        onClick={a.openCard}
      />
      {a.highlightCount > 0 && (
        <ButtonGroup variant="minimal" className="wb-reader__excerpt-nav">
          <Button
            size="small"
            icon="chevron-up"
            aria-label={t('excerptReader.previous')}
            title={t('excerptReader.previousHint')}
            onClick={() => a.step(-1)}
          />
          <span className="wb-reader__excerpt-count" role="status">
            {a.selectedIndex >= 0
              ? t('excerptReader.position', { n: a.selectedIndex + 1, total: count })
              : t('excerptReader.count', { count: a.highlightCount, total: count })}
          </span>
          <Button
            size="small"
            icon="chevron-down"
            aria-label={t('excerptReader.next')}
            title={t('excerptReader.nextHint')}
            onClick={() => a.step(1)}
          />
        </ButtonGroup>
      )}
    </div>
  );
}

/**
 * Whether a mouse button is down: the floating action waits until a drag selection
 * ends, or it would appear under the pointer and the drag would select into it.
 */
function usePointerDown(): boolean {
  const [down, setDown] = useState(false);
  useEffect(() => {
    const press = (e: PointerEvent) => {
      // A press on the action itself is a click on it, not the start of a drag.
      const onAction = e.target instanceof Element && e.target.closest('.wb-anchored');
      if (e.pointerType === 'mouse' && e.button === 0 && !onAction) setDown(true);
    };
    const release = () => setDown(false);
    document.addEventListener('pointerdown', press, true);
    document.addEventListener('pointerup', release, true);
    window.addEventListener('blur', release);
    return () => {
      document.removeEventListener('pointerdown', press, true);
      document.removeEventListener('pointerup', release, true);
      window.removeEventListener('blur', release);
    };
  }, []);
  return down;
}

/** What floats over the reader: the action next to a selection, the card, an error. */
export function ExcerptReaderLayer({
  actions: a,
  root,
}: {
  actions: ExcerptActions;
  root: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation();
  const dragging = usePointerDown();
  const range = a.domRange;
  const actionAnchor = useCallback(() => lastRect(range), [range]);
  const cardRange = a.card?.range ?? null;
  const cardAnchor = useCallback(() => {
    const spans = root.current?.querySelectorAll(`[data-excerpts~="${PENDING_ID}"]`);
    const last = spans && spans.length ? spans[spans.length - 1]! : null;
    return last ? last.getBoundingClientRect() : lastRect(cardRange);
  }, [root, cardRange]);

  return (
    <>
      {a.live && range && !a.card && !dragging && (
        <Anchored root={root} anchor={actionAnchor} topInset={TOOLBAR} className="wb-keep-action">
          <ButtonGroup>
            <Button
              size="small"
              icon="highlight"
              intent="primary"
              text={t('excerptReader.keepNow')}
              title={t('excerptReader.keepNowHint')}
              aria-keyshortcuts="H"
              loading={a.busy}
              onMouseDown={stopMouseDown}
              onClick={a.keepNow}
            />
            <Button
              size="small"
              icon="annotation"
              text={t('excerptReader.details')}
              title={t('excerptReader.detailsHint')}
              aria-keyshortcuts="E"
              disabled={a.busy}
              onMouseDown={stopMouseDown}
              onClick={a.openCard}
            />
          </ButtonGroup>
        </Anchored>
      )}
      {a.card && (
        <Anchored root={root} anchor={cardAnchor} topInset={TOOLBAR} className="wb-keep-layer">
          <KeepExcerptCard
            target={a.card.target}
            sourceLanguage={a.sourceLanguage}
            lang={a.lang}
            onColour={a.setCardColour}
            onCancel={a.closeCard}
            onCreated={a.kept}
          />
        </Anchored>
      )}
      {a.error && (
        <Callout intent="danger" icon="error" className="wb-keep-error" role="alert" title={t('excerptReader.failed')}>
          {a.error.message}
          {a.error.detail ? <div className="wb-muted">{a.error.detail}</div> : null}
          <Button size="small" variant="minimal" text={t('common.close')} onClick={a.dismissError} />
        </Callout>
      )}
    </>
  );
}
