import { useTranslation } from 'react-i18next';
import type { PickerItem } from './pickerItems';
import type { TriggerKind } from './triggers';

interface PickerProps {
  kind: TriggerKind;
  quoteMode: boolean;
  items: PickerItem[];
  loading: boolean;
  active: number;
  left: number;
  top: number;
  onChoose: (item: PickerItem) => void;
  onHover: (index: number) => void;
}

/** The search picker under the cursor; the editor keeps focus and steers it with ↑ ↓ Enter Esc. */
export function Picker({ kind, quoteMode, items, loading, active, left, top, onChoose, onHover }: PickerProps) {
  const { t } = useTranslation();
  const title = t(`briefing.picker.${kind === 'excerpt' && quoteMode ? 'quote' : kind}`);
  return (
    <div className="wb-briefing-picker" style={{ left, top }} role="dialog" aria-label={title}>
      <div className="wb-briefing-picker__title">{title}</div>
      {items.length === 0 ? (
        <p className="wb-briefing-picker__empty">
          {loading ? t('briefing.picker.loading') : t('briefing.picker.none')}
        </p>
      ) : (
        <ul role="listbox" aria-label={title} id="wb-briefing-picker-list">
          {items.map((item, i) => (
            <li
              key={item.key}
              id={`wb-picker-${i}`}
              role="option"
              aria-selected={i === active}
              className={
                i === active ? 'wb-briefing-picker__item wb-briefing-picker__item--active' : 'wb-briefing-picker__item'
              }
              onMouseDown={(e) => {
                e.preventDefault();
                onChoose(item);
              }}
              onMouseEnter={() => onHover(i)}
            >
              <span className="wb-briefing-picker__label" lang={item.lang}>
                {item.label}
              </span>
              {item.description && <span className="wb-briefing-picker__desc">{item.description}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
