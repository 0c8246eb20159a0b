import { useState } from 'react';
import { Button, FormGroup, HTMLSelect, TextArea } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../../shared/contract/errors';
import { RATED_KINDS, STANCES, type Stance } from '../../../../../shared/domain/analysis';
import type { Credibility } from '../../../../../shared/domain/tradecraft';
import { useAddEvidence } from '../../../api/mutations';
import { useAnalysisList } from '../../../api/queries';
import { AppDialog } from '../../../components/AppDialog';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { clipQuote } from '../../excerpts/panel/quoteText';
import { CredibilityChoice } from '../inspector/CredibilityDialog';

/**
 * "Use as evidence…" from the excerpt inspector: the claim, judgment or hypothesis it bears
 * on, its stance and (optionally) its credibility 1–6, which needs a reason like every rating.
 */
export function UseAsEvidenceDialog({ excerptId, onClose }: { excerptId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const objects = useAnalysisList({ kinds: [...RATED_KINDS] });
  const add = useAddEvidence();
  const [targetId, setTargetId] = useState('');
  const [stance, setStance] = useState<Stance>('supports');
  const [credibility, setCredibility] = useState<Credibility | 'none'>('none');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<WireError | null>(null);
  const [missing, setMissing] = useState<'target' | 'reason' | null>(null);
  const items = objects.data?.items ?? [];

  const submit = () => {
    if (!targetId) return setMissing('target');
    if (credibility !== 'none' && !reason.trim()) return setMissing('reason');
    setMissing(null);
    setError(null);
    add.mutate(
      {
        excerptId,
        targetId,
        stance,
        credibility: credibility === 'none' ? null : credibility,
        note: '',
        reason: reason.trim(),
      },
      { onSuccess: onClose, onError: (err) => setError(toWireError(err)) },
    );
  };

  return (
    <AppDialog
      isOpen
      title={t('analysis.use.title')}
      icon="link"
      closeLabel={t('common.close')}
      onClose={onClose}
      onSubmit={submit}
      className="wb-use-dialog"
      footer={
        <>
          <Button text={t('common.cancel')} onClick={onClose} />
          <Button type="submit" intent="primary" text={t('analysis.use.submit')} loading={add.isPending} />
        </>
      }
    >
      <FormGroup
        label={t('analysis.use.target')}
        labelFor="wb-use-target"
        intent={missing === 'target' ? 'danger' : 'none'}
        helperText={
          missing === 'target'
            ? t('analysis.use.targetRequired')
            : items.length
              ? undefined
              : t('analysis.use.noTargets')
        }
      >
        <HTMLSelect
          id="wb-use-target"
          fill
          autoFocus
          value={targetId}
          options={[
            { value: '', label: t('analysis.use.choose') },
            ...items.map((o) => ({ value: o.id, label: `${t(`analysis.kinds.${o.kind}`)}: ${clipQuote(o.text, 90)}` })),
          ]}
          onChange={(e) => setTargetId(e.currentTarget.value)}
        />
      </FormGroup>
      <FormGroup label={t('analysis.evidence.stance')} labelFor="wb-use-stance">
        <HTMLSelect
          id="wb-use-stance"
          value={stance}
          options={STANCES.map((s) => ({ value: s, label: t(`analysis.stance.${s}`) }))}
          onChange={(e) => setStance(e.currentTarget.value as Stance)}
        />
      </FormGroup>
      <CredibilityChoice value={credibility} onChange={setCredibility} />
      {credibility !== 'none' && (
        <FormGroup
          label={t('analysis.rating.reason')}
          labelFor="wb-use-reason"
          labelInfo={t('common.required')}
          intent={missing === 'reason' ? 'danger' : 'none'}
          helperText={missing === 'reason' ? t('analysis.reasonRequired') : t('analysis.rating.reasonHelp')}
        >
          <TextArea
            id="wb-use-reason"
            fill
            rows={2}
            required
            aria-invalid={missing === 'reason'}
            value={reason}
            maxLength={10_000}
            onChange={(e) => setReason(e.target.value)}
          />
        </FormGroup>
      )}
      {error && <ErrorCallout error={error} title={t('analysis.refused')} />}
    </AppDialog>
  );
}
