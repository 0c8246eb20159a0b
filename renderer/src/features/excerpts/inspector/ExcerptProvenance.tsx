import { useTranslation } from 'react-i18next';
import type { Excerpt } from '../../../../../shared/domain/excerpt';
import { useSourceVersions } from '../../../api/queries';
import { PropertyList, type Property } from '../../../components/PropertyList';
import { formatDateTime } from '../../../i18n/format';
import { ui } from '../../../state/uiStore';
import { locatorOf, longLocator } from '../panel/locator';

/**
 * Where the words come from (UX.md: provenance always visible): the source (a link that
 * selects it), the version the excerpt stands on with that version's import time and
 * SHA-256, the place in it, and when the excerpt was made and last changed.
 */
export function ExcerptProvenance({ excerpt, casePath }: { excerpt: Excerpt; casePath: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const versions = useSourceVersions(excerpt.sourceId).data ?? [];
  const version = versions.find((v) => v.version === excerpt.version);
  const loc = locatorOf(excerpt);
  const items: Property[] = [
    {
      label: t('excerpts.source'),
      value: (
        <button
          type="button"
          className="wb-link-button"
          title={t('excerpts.selectSource')}
          onClick={() => ui.selectSource(casePath, excerpt.sourceId)}
        >
          {excerpt.sourceTitle}
        </button>
      ),
    },
    {
      label: t('excerpts.version'),
      value: [
        versions.length
          ? t('provenance.versionOf', { version: excerpt.version, count: versions.length })
          : String(excerpt.version),
        version?.isCurrent ? t('provenance.current') : '',
      ]
        .filter(Boolean)
        .join(' · '),
    },
    {
      label: t('excerpts.location'),
      value: loc ? longLocator(t, loc) : <span className="wb-muted">{t('excerpts.noLocation')}</span>,
    },
    ...(version
      ? [
          { label: t('provenance.imported'), value: formatDateTime(version.importedAt, lang) },
          {
            label: t('provenance.sha256'),
            value: <code className="wb-hash">{version.sha256}</code>,
            breakAnywhere: true,
          },
        ]
      : []),
    { label: t('excerpts.created'), value: formatDateTime(excerpt.createdAt, lang) },
    { label: t('excerpts.updated'), value: formatDateTime(excerpt.updatedAt, lang) },
  ];
  return <PropertyList items={items} />;
}
