import { useId, type KeyboardEvent } from 'react';
import { Button, Tag } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { RecentCase } from '../../../../shared/domain/case';
import { TlpLabel } from '../../components/TlpLabel';
import { formatDate } from '../../i18n/format';

interface RecentCasesListProps {
  cases: RecentCase[];
  onOpen: (recent: RecentCase) => void;
  onRemove?: (recent: RecentCase) => void;
  disabled?: boolean;
  compact?: boolean;
}

function splitPath(path: string): { folder: string; file: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1;
  return { folder: path.slice(0, cut), file: path.slice(cut) };
}

/** ↑/↓ move between the entries' open buttons, as in any list. */
function moveFocus(e: KeyboardEvent<HTMLUListElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-recent-open]'));
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0) return;
  e.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, index + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
}

export function RecentCasesList({ cases, onOpen, onRemove, disabled = false, compact = false }: RecentCasesListProps) {
  const { t, i18n } = useTranslation();
  const baseId = useId();
  return (
    <ul className={compact ? 'wb-recent wb-recent--compact' : 'wb-recent'} onKeyDown={moveFocus}>
      {cases.map((recent, i) => {
        const metaId = `${baseId}-${i}`;
        return (
          <li
            key={recent.path}
            className={recent.exists ? 'wb-recent__item' : 'wb-recent__item wb-recent__item--missing'}
          >
            <button
              type="button"
              className="wb-recent__open"
              data-recent-open
              aria-label={t('recent.open', { title: recent.title })}
              aria-describedby={metaId}
              disabled={disabled}
              onClick={() => onOpen(recent)}
            >
              <span className="wb-recent__title">{recent.title}</span>
              <span className="wb-recent__path" id={metaId}>
                {/* The folder gives way first; the file name stays readable. */}
                <span className="wb-recent__folder">{splitPath(recent.path).folder}</span>
                <span className="wb-recent__file">{splitPath(recent.path).file}</span>
              </span>
            </button>
            <span className="wb-recent__meta">
              {!recent.exists && (
                <Tag intent="warning" minimal>
                  {t('recent.missing')}
                </Tag>
              )}
              {recent.tlp && <TlpLabel tlp={recent.tlp} small />}
              {!compact && <span className="wb-recent__date">{formatDate(recent.openedAt, i18n.language)}</span>}
            </span>
            {onRemove && (
              <Button
                variant="minimal"
                size="small"
                icon="cross"
                aria-label={t('recent.remove', { title: recent.title })}
                title={t('recent.remove', { title: recent.title })}
                onClick={() => onRemove(recent)}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
