import { Icon } from '@blueprintjs/core';
import { forwardRef, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/contract/search';
import { useListboxKeys } from '../../components/useListboxKeys';
import { KIND_ICONS } from '../palette/PaletteOption';
import { Snippet } from './Snippet';

interface Row {
  id: string;
  hit: SearchHit;
}

/**
 * The ranked hits as a listbox (one tab stop, ↑/↓ or j/k, Enter opens), each with its
 * kind, name and snippet with the matched words marked.
 */
export const SearchResults = forwardRef<
  HTMLUListElement,
  { hits: readonly SearchHit[]; onOpen: (hit: SearchHit) => void }
>(function SearchResults({ hits, onOpen }, ref) {
  const { t } = useTranslation();
  const rows = useMemo<Row[]>(() => hits.map((hit) => ({ id: `${hit.kind}-${hit.id}`, hit })), [hits]);
  const keys = useListboxKeys(rows, null, { onOpen: (row) => onOpen(row.hit) });
  return (
    <ul ref={ref} className="wb-search-results" aria-label={t('search.results')} {...keys.listProps}>
      {rows.map((row) => {
        const active = keys.active?.id === row.id;
        return (
          <li
            key={row.id}
            id={keys.optionId(row)}
            role="option"
            aria-selected={active}
            className={active ? 'wb-search-result wb-search-result--active' : 'wb-search-result'}
            onClick={() => {
              keys.activate(row);
              onOpen(row.hit);
            }}
          >
            <Icon icon={KIND_ICONS[row.hit.kind]} aria-hidden className="wb-search-result__icon" />
            <span className="wb-search-result__body">
              <span className="wb-search-result__head">
                <span className="wb-search-result__label">{row.hit.label || t('search.untitled')}</span>
                <span className="wb-search-result__kind">{t(`search.kind.${row.hit.kind}`)}</span>
              </span>
              {row.hit.snippet.length > 0 && (
                <span className="wb-search-result__snippet">
                  <Snippet segments={row.hit.snippet} />
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
});
