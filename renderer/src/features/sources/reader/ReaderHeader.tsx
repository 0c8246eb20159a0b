import { Button, Callout } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { SourceDetail, SourceVersionContent } from '../../../../../shared/domain/source';
import { PropertyList, type Property } from '../../../components/PropertyList';
import { ReliabilityBadge } from '../../../components/ReliabilityBadge';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { ui } from '../../../state/uiStore';
import { formatLabel, reliabilityLabel, warningLabel } from '../labels';

/** The Date header in the UI's language when it parses, else as written. */
function emailDate(raw: string, language: string): string {
  const at = Date.parse(raw);
  return Number.isNaN(at) ? raw : formatDateTime(at, language);
}

/** Rating, format and byline above the title; notices and e-mail headers below it. */
export function ReaderHeader({
  source,
  version,
  lang,
  withTitle,
}: {
  source: SourceDetail;
  version: SourceVersionContent;
  lang: string | undefined;
  /** False when the text's first block is the title (the body then shows it as the heading). */
  withTitle: boolean;
}) {
  const { t, i18n } = useTranslation();
  const byline = [
    source.outlet,
    source.author,
    source.publishedAt !== null ? formatDate(source.publishedAt, i18n.language) : '',
  ].filter(Boolean);
  const email = version.metadata.email;
  const emailItems: Property[] = email
    ? [
        { label: t('reader.email.from'), value: email.from },
        { label: t('reader.email.to'), value: email.to.join(', ') },
        ...(email.cc.length ? [{ label: t('reader.email.cc'), value: email.cc.join(', ') }] : []),
        { label: t('reader.email.date'), value: emailDate(email.date, i18n.language) },
        ...(email.attachments.length
          ? [{ label: t('reader.email.attachments'), value: email.attachments.map((a) => a.name).join(', ') }]
          : []),
      ]
    : [];

  return (
    <header className="wb-reader__header">
      <p className="wb-reader__kicker">
        <ReliabilityBadge value={source.reliability} />
        <span>{reliabilityLabel(t, source.reliability)}</span>
        <span aria-hidden>·</span>
        <span>{formatLabel(t, version.format)}</span>
      </p>
      {byline.length > 0 && <p className="wb-reader__byline">{byline.join(' · ')}</p>}
      {withTitle && (
        <h2 className="wb-reader__title" lang={lang}>
          {source.title}
        </h2>
      )}
      {!version.isCurrent && (
        <Callout intent="warning" icon="history" className="wb-reader__notice">
          {t('reader.oldVersion', { version: version.version, count: source.versionCount })}{' '}
          <Button size="small" variant="outlined" text={t('reader.showCurrent')} onClick={() => ui.showVersion(null)} />
        </Callout>
      )}
      {version.metadata.warnings?.length ? (
        <Callout intent="warning" icon="warning-sign" className="wb-reader__notice" title={t('reader.warnings')}>
          <ul className="wb-reader__warnings">
            {version.metadata.warnings.map((w) => (
              <li key={w}>{warningLabel(t, w)}</li>
            ))}
          </ul>
        </Callout>
      ) : null}
      {email && (
        <div className="wb-reader__email" aria-label={t('reader.email.label')} role="group">
          <PropertyList items={emailItems} />
        </div>
      )}
    </header>
  );
}
