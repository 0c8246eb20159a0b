import { HTMLSelect } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { SourceDetail, SourceVersionMeta } from '../../../../../shared/domain/source';
import { useSourceVersions } from '../../../api/queries';
import { PropertyList, type Property } from '../../../components/PropertyList';
import { formatBytes, formatDate, formatDateTime } from '../../../i18n/format';
import { ui } from '../../../state/uiStore';
import { formatLabel } from '../labels';

/** Version N of M, with a switcher when there are several (the reader follows it). */
function VersionSwitcher({ source, version }: { source: SourceDetail; version: SourceVersionMeta }) {
  const { t, i18n } = useTranslation();
  const versions = useSourceVersions(source.id).data ?? [];
  const text = t('provenance.versionOf', { version: version.version, count: source.versionCount });
  if (versions.length < 2) return <>{text}</>;
  return (
    <HTMLSelect
      minimal
      aria-label={t('provenance.chooseVersion')}
      value={version.version}
      options={versions.map((v) => ({
        value: v.version,
        label: [
          t('provenance.versionOf', { version: v.version, count: source.versionCount }),
          v.isCurrent ? t('provenance.current') : '',
          formatDate(v.importedAt, i18n.language),
        ]
          .filter(Boolean)
          .join(' · '),
      }))}
      onChange={(e) => {
        const chosen = versions.find((v) => v.version === Number(e.currentTarget.value));
        ui.showVersion(!chosen || chosen.isCurrent ? null : chosen.version);
      }}
    />
  );
}

/** Where the shown version came from: the original file's facts, and what the importer found in it. */
export function ProvenanceSection({ source, version }: { source: SourceDetail; version: SourceVersionMeta }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const items: Property[] = [
    { label: t('provenance.version'), value: <VersionSwitcher source={source} version={version} /> },
    { label: t('provenance.fileName'), value: version.fileName, breakAnywhere: true },
    { label: t('provenance.format'), value: formatLabel(t, version.format) },
    { label: t('provenance.mediaType'), value: version.mediaType, breakAnywhere: true },
    ...(version.encoding ? [{ label: t('provenance.encoding'), value: version.encoding }] : []),
    { label: t('provenance.sha256'), value: <code className="wb-hash">{version.sha256}</code>, breakAnywhere: true },
    { label: t('provenance.size'), value: formatBytes(version.sizeBytes, lang) },
    { label: t('provenance.characters'), value: new Intl.NumberFormat(lang).format(version.charCount) },
    { label: t('provenance.imported'), value: formatDateTime(version.importedAt, lang) },
  ];
  const m = version.metadata;
  const foundRows: [string, string | undefined, boolean?][] = [
    [t('provenance.found.title'), m.title],
    [t('provenance.found.author'), m.author],
    [t('provenance.found.publisher'), m.publisher],
    [t('provenance.found.published'), m.publishedRaw],
    [t('provenance.found.url'), m.canonicalUrl, true],
    [t('provenance.found.language'), m.declaredLanguage],
    [t('provenance.found.pages'), m.pageCount === undefined ? undefined : String(m.pageCount)],
  ];
  const found: Property[] = foundRows
    .filter((row): row is [string, string, boolean?] => Boolean(row[1]))
    .map(([label, value, breakAnywhere]) => ({ label, value, breakAnywhere }));

  return (
    <>
      <PropertyList items={items} />
      {found.length > 0 && (
        <>
          <h4 className="wb-inspector__subtitle">{t('provenance.foundTitle')}</h4>
          <PropertyList items={found} />
        </>
      )}
    </>
  );
}
