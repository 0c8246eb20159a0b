import { useTranslation } from 'react-i18next';
import { useChecks } from '../../../api/queries';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { CheckItem } from '../CheckItem';
import { WorkspaceViewFrame } from './WorkspaceViewFrame';

/** Every analytic check of the case, open ones first; acknowledged ones stay listed, marked. */
export function ChecksView({ casePath }: { casePath: string }) {
  const { t } = useTranslation();
  const checks = useChecks();
  const items = [...(checks.data ?? [])].sort((a, b) => Number(!!a.acknowledged) - Number(!!b.acknowledged));
  const open = items.filter((c) => !c.acknowledged).length;
  return (
    <WorkspaceViewFrame casePath={casePath} title={t('analysis.checks.caseTitle')} icon="warning-sign">
      <p className="wb-analysis-view__intro">{t('analysis.checks.intro')}</p>
      <p role="status" className="wb-analysis-view__summary">
        {t('analysis.checks.summary', { count: items.length, open })}
      </p>
      {checks.error && <ErrorCallout error={toWireError(checks.error)} />}
      {items.length > 0 && (
        <ul className="wb-analytic-check-list wb-analytic-check-list--case" aria-label={t('analysis.checks.caseTitle')}>
          {items.map((c) => (
            <CheckItem key={c.key} casePath={casePath} check={c} />
          ))}
        </ul>
      )}
    </WorkspaceViewFrame>
  );
}
