import { Button, Icon } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethodMutation } from '../../api/mutations';
import { ReasonDialog } from '../../components/ReasonDialog';
import type { PlacedIssue } from './useChecks';

/**
 * The writing check under the cursor: its explanation and "Dismiss…" (with a
 * reason, kept by the briefing). Shown when the cursor is in an underline, so it
 * works from the keyboard as well as on hover (the underline's title).
 */
export function CheckCard({ briefingId, issue }: { briefingId: string; issue: PlacedIssue }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const dismiss = useMethodMutation('briefings.dismissCheck');
  return (
    <div className="wb-check-card" role="note" aria-label={t('briefing.checks.cardLabel')}>
      <Icon icon="warning-sign" size={14} aria-hidden />
      <span className="wb-check-card__type">{t(`briefing.checks.types.${issue.type}`)}</span>
      <span className="wb-check-card__message">{issue.message}</span>
      <Button size="small" variant="minimal" text={t('briefing.checks.dismiss')} onClick={() => setAsking(true)} />
      {asking && (
        <ReasonDialog
          title={t('briefing.checks.dismissTitle')}
          icon="disable"
          submitText={t('briefing.checks.dismissSubmit')}
          reasonLabel={t('briefing.checks.reason')}
          reasonHelp={t('briefing.checks.reasonHelp')}
          onSubmit={(reason) => dismiss.mutateAsync({ id: briefingId, key: issue.key, reason })}
          onClose={() => setAsking(false)}
        >
          <p className="wb-check-card__quoted">{t('briefing.refs.quoted', { quote: issue.text })}</p>
        </ReasonDialog>
      )}
    </div>
  );
}
