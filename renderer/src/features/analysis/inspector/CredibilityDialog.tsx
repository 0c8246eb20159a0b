import { useState } from 'react';
import { Radio, RadioGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../../../shared/domain/analysis';
import { CREDIBILITY_CODES, type Credibility } from '../../../../../shared/domain/tradecraft';
import { useRateEvidence } from '../../../api/mutations';
import { ReasonDialog } from '../../../components/ReasonDialog';

/** The credibility 1–6 of one piece of evidence, changed with a required reason (kept in the history). */
export function CredibilityDialog({ evidence, onClose }: { evidence: Evidence; onClose: () => void }) {
  const { t } = useTranslation();
  const rate = useRateEvidence();
  const [value, setValue] = useState<Credibility | 'none'>(evidence.credibility ?? 'none');
  return (
    <ReasonDialog
      title={t('analysis.credibility.title')}
      icon="confirm"
      submitText={t('analysis.rating.save')}
      reasonLabel={t('analysis.rating.reason')}
      reasonHelp={t('analysis.rating.reasonHelp')}
      onSubmit={(reason) =>
        rate.mutateAsync({ evidenceId: evidence.id, credibility: value === 'none' ? null : value, reason })
      }
      onClose={onClose}
    >
      <CredibilityChoice value={value} onChange={setValue} />
    </ReasonDialog>
  );
}

/** The six credibility codes with their labels (TRADECRAFT.md §2), plus "not rated". */
export function CredibilityChoice({
  value,
  onChange,
}: {
  value: Credibility | 'none';
  onChange: (value: Credibility | 'none') => void;
}) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      label={t('analysis.credibility.label')}
      selectedValue={value}
      onChange={(e) => onChange(e.currentTarget.value as Credibility | 'none')}
      className="wb-credibility-choice"
    >
      {CREDIBILITY_CODES.map((code) => (
        <Radio key={code} value={code} label={`${code} – ${t(`tradecraft.credibility.${code}`)}`} />
      ))}
      <Radio value="none" label={t('tradecraft.credibilityNone')} />
    </RadioGroup>
  );
}
