import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../../shared/domain/source';
import { useSourceHistory } from '../../../api/queries';
import { formatDateTime } from '../../../i18n/format';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { reliabilityLabel } from '../labels';
import type { TFunction } from 'i18next';
import type { Reliability } from '../../../../../shared/domain/source';

function valueText(t: TFunction, entry: AuditEntry, value: string | null): string {
  if (entry.field === 'reliability') return reliabilityLabel(t, value as Reliability | null);
  return value ?? t('history.none');
}

function fieldText(t: TFunction, field: string): string {
  if (field === 'reliability' || field === 'tlp' || field === 'deleted') return t(`history.fields.${field}`);
  return field;
}

/** The source's audit history, newest first: what changed from what to what, why and when. */
export function ReliabilityHistory({ sourceId }: { sourceId: string }) {
  const { t, i18n } = useTranslation();
  const history = useSourceHistory(sourceId);
  if (history.error) return <ErrorCallout error={toWireError(history.error)} />;
  const entries = history.data ?? [];
  if (!entries.length) return <p className="wb-muted wb-history__empty">{t('history.empty')}</p>;
  return (
    <ol className="wb-history" aria-label={t('history.title')}>
      {entries.map((entry) => (
        <li key={entry.id} className="wb-history__entry">
          <span className="wb-history__change">
            <span className="wb-history__field">{fieldText(t, entry.field)}:</span>{' '}
            {t('history.change', {
              from: valueText(t, entry, entry.oldValue),
              to: valueText(t, entry, entry.newValue),
            })}
          </span>
          {entry.reason && <q className="wb-history__reason">{entry.reason}</q>}
          <time className="wb-history__time" dateTime={new Date(entry.at).toISOString()}>
            {formatDateTime(entry.at, i18n.language)}
          </time>
        </li>
      ))}
    </ol>
  );
}
