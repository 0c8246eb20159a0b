import { useState } from 'react';
import { FormGroup, HTMLSelect } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { AnalyticObject } from '../../../../../shared/domain/analysis';
import type { LikelihoodScale } from '../../../../../shared/domain/scales';
import { CONFIDENCE_LEVELS, LIKELIHOOD_TERMS, type Confidence } from '../../../../../shared/domain/tradecraft';
import { useRateAnalytic } from '../../../api/mutations';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { confidenceLabel, likelihoodLabel } from '../labels';

export interface RatingRequest {
  field: 'likelihood' | 'confidence';
  /** Pre-filled choice (the confidence assistant's suggestion); the current rating otherwise. */
  value?: string;
  reason?: string;
}

/**
 * Changing a likelihood (on the case's scale) or a confidence: the new value and the
 * required reason, kept in the object's rating history with the old value.
 */
export function RatingDialog({
  object,
  scale,
  request,
  onClose,
}: {
  object: AnalyticObject;
  scale: LikelihoodScale;
  request: RatingRequest;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rate = useRateAnalytic();
  const current =
    request.field === 'likelihood'
      ? object.likelihood?.scale === scale
        ? object.likelihood.term
        : ''
      : (object.confidence ?? '');
  const [value, setValue] = useState(request.value ?? current);
  const options =
    request.field === 'likelihood'
      ? LIKELIHOOD_TERMS[scale].map((term) => ({ value: term, label: likelihoodLabel({ scale, term }, lang) }))
      : CONFIDENCE_LEVELS.map((c) => ({ value: c, label: confidenceLabel(c, lang) }));
  const submit = (reason: string) =>
    rate.mutateAsync(
      request.field === 'likelihood'
        ? { id: object.id, likelihood: value ? { scale, term: value } : null, reason }
        : { id: object.id, confidence: value ? (value as Confidence) : null, reason },
    );
  return (
    <ReasonDialog
      title={t(`analysis.rating.${request.field}Title`)}
      icon="edit"
      submitText={t('analysis.rating.save')}
      initialReason={request.reason}
      reasonLabel={t('analysis.rating.reason')}
      reasonHelp={t('analysis.rating.reasonHelp')}
      onSubmit={submit}
      onClose={onClose}
    >
      <FormGroup
        label={t(`analysis.rating.${request.field}`)}
        labelFor="wb-rating-value"
        helperText={
          request.field === 'likelihood' ? t('analysis.rating.onScale', { scale: t(`scales.${scale}`) }) : undefined
        }
      >
        <HTMLSelect
          id="wb-rating-value"
          fill
          value={value}
          options={[{ value: '', label: t('analysis.rating.none') }, ...options]}
          onChange={(e) => setValue(e.currentTarget.value)}
        />
      </FormGroup>
    </ReasonDialog>
  );
}
