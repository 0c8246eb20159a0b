import { useState } from 'react';
import { Button, Icon } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { AnalyticCheck } from '../../../../shared/domain/analyticChecks';
import { useAcknowledgeCheck } from '../../api/mutations';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatDateTime } from '../../i18n/format';
import { ui } from '../../state/uiStore';
import { clipQuote } from '../excerpts/panel/quoteText';

/**
 * One analytic check: the rule, why it fires here, every object involved (objects and
 * sources select themselves on a click) and its acknowledgement, which marks it but never hides it.
 */
export function CheckItem({ casePath, check }: { casePath: string; check: AnalyticCheck }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [acknowledging, setAcknowledging] = useState(false);
  const acknowledge = useAcknowledgeCheck();
  // The core explains in English with the specifics; other languages get the rule's explanation.
  const why = lang.startsWith('en') ? check.message : t(`analysis.checkHelp.${check.type}`);
  return (
    <li
      className={`wb-analytic-check wb-analytic-check--${check.severity}${check.acknowledged ? ' wb-analytic-check--acknowledged' : ''}`}
      aria-label={t(`analysis.checkTypes.${check.type}`)}
    >
      <div className="wb-analytic-check__head">
        <Icon
          icon={check.acknowledged ? 'tick-circle' : 'warning-sign'}
          intent={check.acknowledged ? 'none' : 'warning'}
          size={14}
          aria-hidden
        />
        <strong className="wb-analytic-check__title">{t(`analysis.checkTypes.${check.type}`)}</strong>
        {check.acknowledged && (
          <span className="wb-badge wb-analytic-check__ack">{t('analysis.checks.acknowledged')}</span>
        )}
      </div>
      <p className="wb-analytic-check__why">{why}</p>
      {check.involved.length > 0 && (
        <ul className="wb-analytic-check__involved" aria-label={t('analysis.checks.involved')}>
          {check.involved.map((i) => (
            <li key={`${i.kind}:${i.id}`}>
              <span className="wb-muted">{t(`analysis.checks.involvedKind.${i.kind}`)}: </span>
              {i.kind === 'evidence' ? (
                <span>{clipQuote(i.label, 100)}</span>
              ) : (
                <button
                  type="button"
                  className="wb-linklike"
                  onClick={() =>
                    i.kind === 'object' ? ui.selectAnalysis(casePath, i.id) : ui.selectSource(casePath, i.id)
                  }
                >
                  {clipQuote(i.label, 100)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {check.acknowledged ? (
        <p className="wb-analytic-check__ack-reason">
          {t('analysis.checks.acknowledgedBecause')} <q>{check.acknowledged.reason}</q>{' '}
          <time className="wb-muted" dateTime={new Date(check.acknowledged.at).toISOString()}>
            {formatDateTime(check.acknowledged.at, lang)}
          </time>
        </p>
      ) : (
        <Button
          size="small"
          variant="outlined"
          icon="tick"
          text={t('analysis.checks.acknowledge')}
          onClick={() => setAcknowledging(true)}
        />
      )}
      {acknowledging && (
        <ReasonDialog
          title={t('analysis.checks.acknowledgeTitle')}
          icon="tick"
          submitText={t('analysis.checks.acknowledgeSubmit')}
          reasonLabel={t('analysis.checks.reason')}
          reasonHelp={t('analysis.checks.reasonHelp')}
          onSubmit={(reason) => acknowledge.mutateAsync({ key: check.key, reason })}
          onClose={() => setAcknowledging(false)}
        >
          <p>{t(`analysis.checkTypes.${check.type}`)}</p>
        </ReasonDialog>
      )}
    </li>
  );
}
