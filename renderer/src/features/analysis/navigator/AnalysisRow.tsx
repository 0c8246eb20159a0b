import { useState, type DragEvent } from 'react';
import { Icon, Tag } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { RATED_KINDS, type AnalyticObject } from '../../../../../shared/domain/analysis';
import type { AnalyticCheck } from '../../../../../shared/domain/analyticChecks';
import { REFERENCEABLE_KINDS, setClaimDrag } from '../../briefings/dragClaim';
import { clipQuote } from '../../excerpts/panel/quoteText';
import { carriesExcerpt, droppedExcerptId } from '../dragExcerpt';
import { confidenceLabel, likelihoodLabel } from '../labels';

export type ListedObject = AnalyticObject & { evidenceCount: number };

interface AnalysisRowProps {
  item: ListedObject;
  id: string;
  selected: boolean;
  active: boolean;
  /** Open checks about this object (the warning mark). */
  checks: readonly AnalyticCheck[];
  onClick: () => void;
  /** An excerpt row was dropped here (claims, judgments and hypotheses only). */
  onDropExcerpt: (excerptId: string) => void;
}

/** One analytic object: its text, then compact badges (likelihood, confidence, evidence count, a check's mark). */
export function AnalysisRow({ item, id, selected, active, checks, onClick, onDropExcerpt }: AnalysisRowProps) {
  const { t, i18n } = useTranslation();
  const [dropping, setDropping] = useState(false);
  const lang = i18n.language;
  const takesEvidence = RATED_KINDS.includes(item.kind);
  // Claims and key judgments drag into a briefing as live references.
  const referenceable = (REFERENCEABLE_KINDS as readonly string[]).includes(item.kind);
  const spoken = [
    item.likelihood ? likelihoodLabel(item.likelihood, lang) : '',
    item.confidence ? confidenceLabel(item.confidence, lang) : '',
    takesEvidence ? t('analysis.evidenceCount', { count: item.evidenceCount }) : '',
    checks.length ? t('analysis.checksCount', { count: checks.length }) : '',
    item.kind === 'gap' && item.gapStatus === 'closed' ? t('analysis.gapClosed') : '',
    item.tags.length ? t('analysis.tagsList', { tags: item.tags.join(', ') }) : '',
  ].filter(Boolean);

  const over = (e: DragEvent) => {
    if (!takesEvidence || !carriesExcerpt(e.dataTransfer)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'link';
    setDropping(true);
  };
  const drop = (e: DragEvent) => {
    setDropping(false);
    const excerptId = takesEvidence ? droppedExcerptId(e.dataTransfer) : null;
    if (!excerptId) return;
    e.preventDefault();
    onDropExcerpt(excerptId);
  };
  const classes = [
    'wb-analysis-row',
    selected && 'wb-analysis-row--selected',
    active && 'wb-analysis-row--active',
    dropping && 'wb-analysis-row--drop',
  ];
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      aria-labelledby={`${id}-text`}
      aria-describedby={spoken.length ? `${id}-meta` : undefined}
      className={classes.filter(Boolean).join(' ')}
      data-kind={item.kind}
      draggable={referenceable || undefined}
      onDragStart={referenceable ? (e) => setClaimDrag(e.dataTransfer, item.id, item.text) : undefined}
      onClick={onClick}
      onDragOver={over}
      onDragEnter={over}
      onDragLeave={() => setDropping(false)}
      onDrop={drop}
    >
      <span className="wb-analysis-row__main">
        <span id={`${id}-text`} className="wb-analysis-row__text">
          {clipQuote(item.text, 240)}
        </span>
        <span id={`${id}-meta`} className="wb-sr-only">
          {spoken.join(' · ')}
        </span>
        {(item.likelihood || item.confidence || takesEvidence || item.tags.length > 0) && (
          <span className="wb-analysis-row__badges" aria-hidden>
            {item.likelihood && (
              <span className="wb-badge wb-badge--likelihood">{likelihoodLabel(item.likelihood, lang)}</span>
            )}
            {item.confidence && (
              <span className={`wb-badge wb-badge--confidence wb-badge--${item.confidence}`}>
                {confidenceLabel(item.confidence, lang)}
              </span>
            )}
            {takesEvidence && (
              <span
                className="wb-badge wb-badge--evidence"
                title={t('analysis.evidenceCount', { count: item.evidenceCount })}
              >
                <Icon icon="citation" size={10} /> {item.evidenceCount}
              </span>
            )}
            {item.kind === 'gap' && item.gapStatus === 'closed' && (
              <span className="wb-badge">{t('analysis.gapClosed')}</span>
            )}
            {item.tags.map((tag) => (
              <Tag key={tag} minimal>
                {tag}
              </Tag>
            ))}
          </span>
        )}
      </span>
      {checks.length > 0 && (
        <span
          className="wb-analysis-row__flag"
          title={checks.map((c) => t(`analysis.checkTypes.${c.type}`)).join('\n')}
          aria-hidden
        >
          <Icon icon="warning-sign" size={12} intent="warning" />
        </span>
      )}
    </li>
  );
}
