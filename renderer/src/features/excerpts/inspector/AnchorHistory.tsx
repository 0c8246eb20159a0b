import { useTranslation } from 'react-i18next';
import type { AnchorHistoryEntry } from '../../../../../shared/domain/excerpt';
import { useExcerptHistory } from '../../../api/queries';
import { formatDateTime } from '../../../i18n/format';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { clipQuote } from '../panel/quoteText';

function Entry({ entry, lang }: { entry: AnchorHistoryEntry; lang: string | undefined }) {
  const { t, i18n } = useTranslation();
  const moved = entry.fromVersion !== null && entry.fromVersion !== entry.version;
  const statusChange =
    entry.fromStatus && entry.fromStatus !== entry.status
      ? t('excerpts.history.statusChange', {
          from: t(`excerpts.status.${entry.fromStatus}`),
          to: t(`excerpts.status.${entry.status}`),
        })
      : t(`excerpts.status.${entry.status}`);
  return (
    <li className="wb-history__entry">
      <span className="wb-history__change">
        <span className="wb-history__field">{t(`excerpts.history.events.${entry.event}`)}:</span>{' '}
        {moved
          ? t('excerpts.history.versionChange', { from: entry.fromVersion, to: entry.version })
          : t('excerpts.history.onVersion', { version: entry.version })}
        {' · '}
        {statusChange}
      </span>
      <span className="wb-excerpt-history__how">
        {t(`excerpts.history.methods.${entry.method}`)}
        {entry.similarity !== null &&
          ` · ${t('excerpts.reanchor.similarity', {
            value: new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(
              entry.similarity,
            ),
          })}`}
      </span>
      {entry.previousQuote !== null && entry.previousQuote !== entry.quote && (
        <span className="wb-excerpt-history__quotes">
          <del lang={lang}>{clipQuote(entry.previousQuote, 160)}</del>{' '}
          <ins lang={lang}>{clipQuote(entry.quote, 160)}</ins>
        </span>
      )}
      <time className="wb-history__time" dateTime={new Date(entry.at).toISOString()}>
        {formatDateTime(entry.at, i18n.language)}
      </time>
    </li>
  );
}

/** How the excerpt came to stand where it stands: created, re-anchored, confirmed … oldest first. */
export function AnchorHistory({ excerptId, lang }: { excerptId: string; lang: string | undefined }) {
  const { t } = useTranslation();
  const history = useExcerptHistory(excerptId);
  if (history.error) return <ErrorCallout error={toWireError(history.error)} />;
  const entries = history.data ?? [];
  return (
    <ol className="wb-history" aria-label={t('excerpts.history.title')}>
      {entries.map((entry) => (
        <Entry key={entry.id} entry={entry} lang={lang} />
      ))}
    </ol>
  );
}
