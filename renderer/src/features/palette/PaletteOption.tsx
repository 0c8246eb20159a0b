import { Icon, type IconName } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { SearchKindName } from '../../../../shared/contract/search';
import { KeyCombo } from '../../components/KeyCombo';
import { chordKeys, chordLabel } from '../commands/shortcuts';
import { Snippet } from '../search/Snippet';
import type { PaletteItem } from './paletteItems';

export const KIND_ICONS: Record<SearchKindName, IconName> = {
  source: 'document',
  excerpt: 'highlight',
  analytic: 'lightbulb',
  briefing: 'manual',
};

interface Props {
  id: string;
  item: PaletteItem;
  active: boolean;
  onChoose: () => void;
  onHover: () => void;
}

/** One row of the palette: an action with its shortcut, an object with its snippet, or "search the case". */
export function PaletteOption({ id, item, active, onChoose, onHover }: Props) {
  const { t } = useTranslation();
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'wb-palette__option wb-palette__option--active' : 'wb-palette__option'}
      // The field keeps focus: a click must not take it away before the option runs.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onChoose}
      onMouseMove={active ? undefined : onHover}
    >
      {item.type === 'command' && (
        <>
          <Icon icon={item.info.icon} aria-hidden className="wb-palette__icon" />
          <span className="wb-palette__label">{item.label}</span>
          {item.chord && <KeyCombo keys={chordKeys(item.chord)} label={chordLabel(item.chord)} />}
        </>
      )}
      {item.type === 'hit' && (
        <>
          <Icon icon={KIND_ICONS[item.hit.kind]} aria-hidden className="wb-palette__icon" />
          <span className="wb-palette__text">
            <span className="wb-palette__label">{item.hit.label || t('search.untitled')}</span>
            {item.hit.snippet.length > 0 && (
              <span className="wb-palette__snippet">
                <Snippet segments={item.hit.snippet} />
              </span>
            )}
          </span>
        </>
      )}
      {item.type === 'search' && (
        <>
          <Icon icon="search" aria-hidden className="wb-palette__icon" />
          <span className="wb-palette__label">{t('palette.searchAll', { query: item.query })}</span>
        </>
      )}
    </div>
  );
}
