import { useId, useState, type MouseEvent } from 'react';
import { NodeViewWrapper, ReactNodeViewRenderer, type NodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { ResolvedExcerpt } from '../../../../shared/contract/briefings';
import { Citation, ClaimRef, ExcerptQuote } from '../../../../shared/editor/nodes';
import { citationLabel } from './leafPositions';
import { confidenceLabel, likelihoodLabel, quoted, shortText } from './ratingLabels';
import { useBriefingRefs } from './refsContext';

const idOf = (props: NodeViewProps, key: string): string =>
  typeof props.node.attrs[key] === 'string' ? (props.node.attrs[key] as string) : '';

/** A judgment reference: its short text with likelihood and confidence badges, live. */
function ClaimRefView(props: NodeViewProps) {
  const { t } = useTranslation();
  const refs = useBriefingRefs();
  const claim = refs.claims[idOf(props, 'claimId')];
  const cls = `wb-claim-ref${props.selected ? ' wb-claim-ref--selected' : ''}`;
  if (!claim) {
    return (
      <NodeViewWrapper as="span" className={`${cls} wb-claim-ref--pending`}>
        {refs.loading ? '…' : t('briefing.refs.claimMissing')}
      </NodeViewWrapper>
    );
  }
  if (!claim.exists) {
    return (
      <NodeViewWrapper as="span" className={`${cls} wb-claim-ref--deleted`} role="note">
        {t('briefing.refs.claimDeleted')}
      </NodeViewWrapper>
    );
  }
  const likelihood = claim.likelihood ? likelihoodLabel(claim.likelihood, refs.language) : null;
  const confidence = claim.confidence ? confidenceLabel(claim.confidence, refs.language) : null;
  return (
    <NodeViewWrapper
      as="span"
      className={cls}
      lang={refs.language}
      data-claim-id={claim.id}
      aria-label={t('briefing.refs.claimLabel', {
        text: claim.text,
        likelihood: likelihood ?? t('briefing.refs.unrated'),
        confidence: confidence ?? t('briefing.refs.unrated'),
      })}
    >
      <span className="wb-claim-ref__text">{shortText(claim.text)}</span>
      {likelihood && <span className="wb-claim-ref__badge wb-claim-ref__badge--likelihood">{likelihood}</span>}
      {confidence && (
        <span className={`wb-claim-ref__badge wb-claim-ref__badge--${claim.confidence}`}>{confidence}</span>
      )}
    </NodeViewWrapper>
  );
}

function ExcerptDetails({ excerpt }: { excerpt: ResolvedExcerpt }) {
  const { t } = useTranslation();
  const locator = excerpt.page
    ? t('briefing.refs.page', { page: excerpt.page.first.label || String(excerpt.page.first.page) })
    : excerpt.paragraph
      ? t('briefing.refs.paragraph', { n: excerpt.paragraph })
      : '';
  return (
    <span className="wb-citation-card">
      <span className="wb-citation-card__quote" lang={excerpt.sourceLanguage ?? undefined}>
        {t('briefing.refs.quoted', { quote: shortText(excerpt.quote, 280) })}
      </span>
      <span className="wb-citation-card__meta">
        {[excerpt.sourceTitle, excerpt.outlet, locator].filter(Boolean).join(' · ')}
      </span>
      {excerpt.grade && (
        <span className="wb-citation-card__grade">{t('briefing.refs.grade', { grade: excerpt.grade })}</span>
      )}
      {excerpt.status !== 'anchored' && (
        <span className="wb-citation-card__warn">{t(`briefing.refs.status.${excerpt.status ?? 'orphan'}`)}</span>
      )}
    </span>
  );
}

/** A citation: a numbered superscript marker; hover or focus shows the excerpt, a click opens the source there. */
function CitationView(props: NodeViewProps) {
  const { t } = useTranslation();
  const refs = useBriefingRefs();
  const id = idOf(props, 'excerptId');
  const excerpt = refs.excerpts[id];
  const number = citationLabel(refs.numbers.get(id));
  const gone = excerpt && !excerpt.exists;
  const orphan = excerpt?.exists && excerpt.status === 'orphan';
  const cls = [
    'wb-citation',
    gone && 'wb-citation--deleted',
    orphan && 'wb-citation--orphan',
    props.selected && 'wb-citation--selected',
  ];
  // Where the card shows: fixed to the viewport, so the page's scrolling box never clips it.
  const [card, setCard] = useState<{ left: number; top: number } | null>(null);
  const cardId = useId();
  const showCard = card !== null && excerpt?.exists;
  const openCard = (el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    setCard({ left: Math.max(8, Math.min(r.left - 160, window.innerWidth - 388)), top: r.top - 6 });
  };
  return (
    <NodeViewWrapper
      as="sup"
      className={cls.filter(Boolean).join(' ')}
      data-excerpt-id={id}
      onMouseEnter={(e: MouseEvent<HTMLElement>) => openCard(e.currentTarget)}
      onMouseLeave={() => setCard(null)}
    >
      <button
        type="button"
        className="wb-citation__marker"
        aria-label={
          gone ? t('briefing.refs.citationDeleted', { number }) : t('briefing.refs.citationLabel', { number })
        }
        aria-describedby={showCard ? cardId : undefined}
        onFocus={(e) => openCard(e.currentTarget)}
        onBlur={() => setCard(null)}
        onKeyDown={(e) => e.key === 'Escape' && setCard(null)}
        onClick={() => excerpt?.exists && refs.openExcerpt(id)}
      >
        {number}
      </button>
      {showCard && (
        <span
          role="tooltip"
          id={cardId}
          className="wb-citation__card"
          contentEditable={false}
          style={{ left: card.left, top: card.top }}
        >
          <ExcerptDetails excerpt={excerpt} />
        </span>
      )}
    </NodeViewWrapper>
  );
}

/** An excerpt as a quotation: original-language quote (with its lang), the translation, the source and note number. */
function ExcerptQuoteView(props: NodeViewProps) {
  const { t } = useTranslation();
  const refs = useBriefingRefs();
  const id = idOf(props, 'excerptId');
  const excerpt = refs.excerpts[id];
  const number = citationLabel(refs.numbers.get(id));
  const cls = `wb-excerpt-quote${props.selected ? ' wb-excerpt-quote--selected' : ''}`;
  if (!excerpt || !excerpt.exists) {
    return (
      <NodeViewWrapper as="blockquote" className={`${cls} wb-excerpt-quote--deleted`} data-excerpt-id={id}>
        {!excerpt && refs.loading ? '…' : t('briefing.refs.quoteDeleted')}
      </NodeViewWrapper>
    );
  }
  return (
    <NodeViewWrapper
      as="blockquote"
      className={cls}
      data-excerpt-id={id}
      aria-label={t('briefing.refs.quoteLabel', { number })}
    >
      <p className="wb-excerpt-quote__original" lang={excerpt.sourceLanguage ?? undefined}>
        {quoted(excerpt.quote, refs.language)}
      </p>
      {excerpt.translation && (
        <p className="wb-excerpt-quote__translation" lang={excerpt.translation.language}>
          {excerpt.translation.text}
        </p>
      )}
      <footer className="wb-excerpt-quote__source">
        <span>{excerpt.sourceTitle}</span>
        <sup className="wb-citation">
          <button
            type="button"
            className="wb-citation__marker"
            aria-label={t('briefing.refs.citationLabel', { number })}
            onClick={() => refs.openExcerpt(id)}
          >
            {number}
          </button>
        </sup>
      </footer>
    </NodeViewWrapper>
  );
}

/** The shared nodes with the editor's views on top (same names and attributes: documents stay readable in Node). */
export const ClaimRefWithView = ClaimRef.extend({
  addNodeView: () => ReactNodeViewRenderer(ClaimRefView, { as: 'span' }),
});
export const CitationWithView = Citation.extend({
  addNodeView: () => ReactNodeViewRenderer(CitationView, { as: 'sup' }),
});
export const ExcerptQuoteWithView = ExcerptQuote.extend({
  addNodeView: () => ReactNodeViewRenderer(ExcerptQuoteView),
});
