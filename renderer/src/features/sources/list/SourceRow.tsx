import { useTranslation } from 'react-i18next';
import type { SourceSummary } from '../../../../../shared/domain/source';
import { ReliabilityBadge } from '../../../components/ReliabilityBadge';
import { formatShortDate } from '../../../i18n/format';
import { reliabilityLabel, sourceTypeLabel } from '../labels';

interface SourceRowProps {
  item: SourceSummary;
  id: string;
  selected: boolean;
  active: boolean;
  onClick: () => void;
}

/**
 * One source in the list: reliability badge, title, then outlet · type · language ·
 * date, and the number of excerpts. The option's name is the title alone; the rest
 * is its description, so a screen reader says the title first.
 */
export function SourceRow({ item, id, selected, active, onClick }: SourceRowProps) {
  const { t, i18n } = useTranslation();
  const meta = [
    item.outlet,
    sourceTypeLabel(t, item.sourceType),
    item.language === 'other' ? '' : item.language.toUpperCase(),
    item.publishedAt !== null ? formatShortDate(item.publishedAt, i18n.language) : '',
  ].filter(Boolean);
  const classes = ['wb-source-row', selected && 'wb-source-row--selected', active && 'wb-source-row--active'];
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-meta`}
      className={classes.filter(Boolean).join(' ')}
      onClick={onClick}
    >
      <ReliabilityBadge value={item.reliability} />
      <span className="wb-source-row__main">
        <span
          id={`${id}-title`}
          className="wb-source-row__title"
          lang={item.language === 'other' ? undefined : item.language}
        >
          {item.title}
        </span>
        <span id={`${id}-meta`} className="wb-source-row__meta">
          {meta.join(' · ')}
          <span className="wb-sr-only">
            {' · '}
            {reliabilityLabel(t, item.reliability)} · {t('sources.excerpts', { count: item.excerptCount })}
          </span>
        </span>
      </span>
      <span
        className={
          item.excerptCount ? 'wb-source-row__excerpts' : 'wb-source-row__excerpts wb-source-row__excerpts--none'
        }
        title={t('sources.excerpts', { count: item.excerptCount })}
        aria-hidden
      >
        {item.excerptCount}
      </span>
    </li>
  );
}
