import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../../../shared/domain/analysis';
import { useAnalysisHistory } from '../../../api/queries';
import { formatDateTime } from '../../../i18n/format';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { clipQuote } from '../../excerpts/panel/quoteText';
import { historyValueLabel } from '../labels';

/** Every rating change of the object and of its evidence links: old → new, the reason, when. Newest first. */
export function RatingHistory({ objectId, evidence }: { objectId: string; evidence: readonly Evidence[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const history = useAnalysisHistory(objectId);
  if (history.error) return <ErrorCallout error={toWireError(history.error)} />;
  const items = history.data ?? [];
  if (!items.length) return <p className="wb-muted wb-history__empty">{t('analysis.history.none')}</p>;
  const none = t('analysis.history.noValue');
  return (
    <ol className="wb-history wb-rating-history" aria-label={t('analysis.history.title')}>
      {items.map((h) => {
        const link = h.field === 'credibility' ? evidence.find((e) => e.id === h.entityId) : undefined;
        return (
          <li key={h.id} className="wb-history__entry">
            <span className="wb-history__change">
              {t(`analysis.history.field.${h.field}`)}
              {link && (
                <span className="wb-muted"> ({t('analysis.quoted', { quote: clipQuote(link.quote, 60) })})</span>
              )}
              {': '}
              <span className="wb-history__old">{historyValueLabel(h.field, h.oldValue, lang) ?? none}</span>
              {' → '}
              <strong className="wb-history__new">{historyValueLabel(h.field, h.newValue, lang) ?? none}</strong>
            </span>
            <q className="wb-history__reason">{h.reason}</q>
            <time className="wb-history__time wb-muted" dateTime={new Date(h.at).toISOString()}>
              {formatDateTime(h.at, lang)}
            </time>
          </li>
        );
      })}
    </ol>
  );
}
