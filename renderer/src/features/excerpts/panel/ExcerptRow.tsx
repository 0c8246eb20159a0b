import { Icon, Tag } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { Excerpt } from '../../../../../shared/domain/excerpt';
import { setExcerptDrag } from '../../analysis/dragExcerpt';
import { ColourSwatch } from './ColourSwatch';
import { locatorOf, longLocator, shortLocator } from './locator';
import { clipQuote } from './quoteText';

interface ExcerptRowProps {
  item: Excerpt;
  id: string;
  /** The quote's language (the source's), for hyphenation and the screen reader's voice. */
  lang: string | undefined;
  selected: boolean;
  active: boolean;
  onClick: () => void;
  onDoubleClick: () => void;
}

/**
 * One excerpt in the panel: colour, the quote (clamped), then source · locator · tags,
 * and badges for moved / orphan and a translation. The option's name is the quote; the
 * rest is its description, spelled out for screen readers.
 */
export function ExcerptRow({ item, id, lang, selected, active, onClick, onDoubleClick }: ExcerptRowProps) {
  const { t } = useTranslation();
  const loc = locatorOf(item);
  const meta = [item.sourceTitle, shortLocator(t, loc)].filter(Boolean);
  const spoken = [
    t(`excerpts.colours.${item.colour}`),
    longLocator(t, loc),
    item.status === 'anchored' ? '' : t(`excerpts.status.${item.status}`),
    item.translation ? t('excerpts.hasTranslation') : '',
    item.tags.length ? t('excerpts.tagsList', { tags: item.tags.join(', ') }) : '',
  ].filter(Boolean);
  const classes = ['wb-excerpt-row', selected && 'wb-excerpt-row--selected', active && 'wb-excerpt-row--active'];
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      aria-labelledby={`${id}-quote`}
      aria-describedby={`${id}-meta`}
      className={classes.filter(Boolean).join(' ')}
      data-status={item.status}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
      // Dropped on a claim in the navigator's analysis section, the row becomes its evidence.
      draggable
      onDragStart={(e) => setExcerptDrag(e.dataTransfer, item.id, item.quote)}
    >
      <ColourSwatch colour={item.colour} />
      <span className="wb-excerpt-row__main">
        <span id={`${id}-quote`} className="wb-excerpt-row__quote" lang={lang}>
          {t('excerpts.quoted', { quote: clipQuote(item.quote) })}
        </span>
        <span id={`${id}-meta`} className="wb-excerpt-row__meta">
          <span className="wb-excerpt-row__source">{meta.join(' · ')}</span>
          <span className="wb-sr-only">
            {' · '}
            {spoken.join(' · ')}
          </span>
        </span>
        {item.tags.length > 0 && (
          <span className="wb-excerpt-row__tags" aria-hidden>
            {item.tags.map((tag) => (
              <Tag key={tag} minimal>
                {tag}
              </Tag>
            ))}
          </span>
        )}
      </span>
      <span className="wb-excerpt-row__badges" aria-hidden>
        {item.status !== 'anchored' && (
          <span
            className={`wb-excerpt-status wb-excerpt-status--${item.status}`}
            title={t(`excerpts.statusHelp.${item.status}`)}
          >
            {t(`excerpts.status.${item.status}`)}
          </span>
        )}
        {item.translation && (
          <span className="wb-excerpt-row__translation" title={t('excerpts.hasTranslation')}>
            <Icon icon="translate" size={12} />
          </span>
        )}
      </span>
    </li>
  );
}
