import { useState } from 'react';
import { Button, HTMLSelect } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { STANCES, type Evidence, type Stance } from '../../../../../shared/domain/analysis';
import { useRemoveEvidence, useUpdateEvidence } from '../../../api/mutations';
import { GradeBadge } from '../../../components/GradeBadge';
import { ui } from '../../../state/uiStore';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { clipQuote } from '../../excerpts/panel/quoteText';
import { CredibilityDialog } from './CredibilityDialog';

/**
 * What the object rests on: each excerpt with its stance, grade ("B2"), source and the
 * source's independent origin, its credibility (changed with a reason) and a way to remove it.
 */
export function EvidenceSection({
  casePath,
  evidence,
  supportingOrigins,
}: {
  casePath: string;
  evidence: readonly Evidence[];
  supportingOrigins: number;
}) {
  const { t } = useTranslation();
  const [rating, setRating] = useState<Evidence | null>(null);
  const update = useUpdateEvidence();
  const remove = useRemoveEvidence();
  const error = update.error ?? remove.error;
  if (!evidence.length) return <p className="wb-muted wb-history__empty">{t('analysis.evidence.none')}</p>;
  return (
    <>
      <p className="wb-analysis-origins" role="status">
        {t('analysis.evidence.origins', { count: supportingOrigins })}
      </p>
      {error && <ErrorCallout error={toWireError(error)} />}
      <ul className="wb-evidence-list" aria-label={t('analysis.evidence.title')}>
        {evidence.map((e) => (
          <li key={e.id} className="wb-evidence" aria-label={clipQuote(e.quote, 120)}>
            <div className="wb-evidence__head">
              <GradeBadge grade={e.grade} />
              <HTMLSelect
                minimal
                aria-label={t('analysis.evidence.stance')}
                value={e.stance}
                options={STANCES.map((s) => ({ value: s, label: t(`analysis.stance.${s}`) }))}
                onChange={(ev) => update.mutate({ evidenceId: e.id, stance: ev.currentTarget.value as Stance })}
              />
              <Button
                size="small"
                variant="minimal"
                icon="confirm"
                text={
                  e.credibility
                    ? t('analysis.evidence.credibility', {
                        code: e.credibility,
                        label: t(`tradecraft.credibility.${e.credibility}`),
                      })
                    : t('analysis.evidence.rateCredibility')
                }
                onClick={() => setRating(e)}
              />
              <Button
                size="small"
                variant="minimal"
                icon="cross"
                aria-label={t('analysis.evidence.remove')}
                title={t('analysis.evidence.remove')}
                onClick={() => remove.mutate({ evidenceId: e.id })}
              />
            </div>
            <button
              type="button"
              className="wb-evidence__quote wb-linklike"
              onClick={() => ui.selectExcerpt(casePath, e.excerptId)}
            >
              {t('analysis.quoted', { quote: clipQuote(e.quote, 240) })}
            </button>
            <span className="wb-evidence__source wb-muted">
              {e.sourceTitle}
              {e.originId !== e.sourceId && <> · {t('analysis.evidence.origin', { title: e.originTitle })}</>}
            </span>
          </li>
        ))}
      </ul>
      {rating && <CredibilityDialog evidence={rating} onClose={() => setRating(null)} />}
    </>
  );
}
