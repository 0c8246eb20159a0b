import { useState } from 'react';
import { Button, FormGroup, Radio, RadioGroup, TextArea } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../../shared/contract/errors';
import { RELIABILITY_CODES, type Reliability, type SourceDetail } from '../../../../../shared/domain/source';
import { useSetReliability } from '../../../api/mutations';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';

type Choice = Reliability | 'none';

/**
 * Source reliability A–F (Admiralty, TRADECRAFT.md §1). A change is only saved with
 * a reason, which goes into the source's audit history together with old and new grade.
 * Keyed by the stored grade, so it starts fresh after every saved change.
 */
export function ReliabilityEditor({ source, labelledBy }: { source: SourceDetail; labelledBy: string }) {
  const { t } = useTranslation();
  const stored: Choice = source.reliability ?? 'none';
  const [choice, setChoice] = useState<Choice>(stored);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [error, setError] = useState<WireError | null>(null);
  const mutation = useSetReliability();
  const changed = choice !== stored;

  const reset = () => {
    setChoice(stored);
    setReason('');
    setReasonMissing(false);
    setError(null);
  };
  const save = () => {
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    setError(null);
    mutation.mutate(
      { sourceId: source.id, reliability: choice === 'none' ? null : choice, reason: reason.trim() },
      { onError: (err) => setError(toWireError(err)) },
    );
  };

  return (
    <div className="wb-reliability">
      <RadioGroup
        aria-labelledby={labelledBy}
        selectedValue={choice}
        onChange={(e) => setChoice(e.currentTarget.value as Choice)}
        className="wb-reliability__choices"
      >
        {RELIABILITY_CODES.map((code) => (
          <Radio
            key={code}
            value={code}
            labelElement={
              <>
                <span className={`wb-rel wb-rel--${code}`} aria-hidden>
                  {code}
                </span>
                <span className="wb-sr-only">{code} – </span>
                {t(`reliability.${code}`)}
              </>
            }
          />
        ))}
        <Radio value="none" label={t('reliability.none')} />
      </RadioGroup>
      {choice !== 'none' && <p className="wb-reliability__meaning">{t(`reliabilityMeaning.${choice}`)}</p>}
      {changed && (
        <div className="wb-reliability__change">
          <FormGroup
            label={t('reliability.reason')}
            labelFor={`reliability-reason-${source.id}`}
            labelInfo={t('common.required')}
            intent={reasonMissing ? 'danger' : 'none'}
            helperText={reasonMissing ? t('reliability.reasonRequired') : t('reliability.reasonHelp')}
          >
            <TextArea
              id={`reliability-reason-${source.id}`}
              fill
              rows={3}
              required
              aria-invalid={reasonMissing}
              intent={reasonMissing ? 'danger' : 'none'}
              value={reason}
              maxLength={4000}
              onChange={(e) => {
                setReason(e.target.value);
                if (e.target.value.trim()) setReasonMissing(false);
              }}
            />
          </FormGroup>
          {error && <ErrorCallout error={error} title={t('reliability.failed')} />}
          <div className="wb-reliability__actions">
            <Button text={t('common.cancel')} size="small" onClick={reset} />
            <Button
              text={t('reliability.save')}
              size="small"
              intent="primary"
              loading={mutation.isPending}
              onClick={save}
            />
          </div>
        </div>
      )}
    </div>
  );
}
