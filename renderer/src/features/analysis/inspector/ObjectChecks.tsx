import { useTranslation } from 'react-i18next';
import { useChecks } from '../../../api/queries';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { CheckItem } from '../CheckItem';

/** The analytic checks that concern this object (it is their subject or is involved). */
export function ObjectChecks({ casePath, objectId }: { casePath: string; objectId: string }) {
  const { t } = useTranslation();
  const checks = useChecks(objectId);
  if (checks.error) return <ErrorCallout error={toWireError(checks.error)} />;
  const items = checks.data ?? [];
  if (!items.length) return <p className="wb-muted wb-history__empty">{t('analysis.checks.noneHere')}</p>;
  return (
    <ul className="wb-analytic-check-list" aria-label={t('analysis.checks.title')}>
      {items.map((c) => (
        <CheckItem key={c.key} casePath={casePath} check={c} />
      ))}
    </ul>
  );
}
