import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Dialog, Icon } from '@blueprintjs/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi, useDoor } from '../../api/client';
import { useMethodQuery } from '../../api/queries';
import { ui, useBriefingSelection, useExcerptSelection } from '../../state/uiStore';
import { useRunCommand } from '../commands/commandContext';
import { useDebounced } from '../newCase/useDebounced';
import { openHit } from '../search/openHit';
import { requestSearchFocus, searchStore } from '../search/searchState';
import { paletteQuery } from './foldLabel';
import { paletteGroups, type PaletteItem } from './paletteItems';
import { PaletteOption } from './PaletteOption';
import './palette.css';

const PAGE = 8;

/**
 * The command palette (Ctrl/Cmd+K): one field, one list of every action and of the
 * case's objects by name, grouped. The ARIA combobox pattern: focus stays in the field,
 * ↑/↓ move the active option (aria-activedescendant), Enter runs it, Esc closes. When
 * it closes, focus goes back where it was — unless the chosen action put it somewhere.
 */
export function CommandPalette({ casePath }: { casePath: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const door = useDoor();
  const run = useRunCommand();
  const excerptId = useExcerptSelection(casePath ?? '');
  const briefingId = useBriefingSelection(casePath ?? '');
  const listId = useId();
  const [typed, setTyped] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  // Captured before the dialog takes focus: where focus returns on Esc.
  const [previous] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const input = useRef<HTMLInputElement>(null);

  const query = useDebounced(typed, 120);
  const fts = paletteQuery(query);
  const search = useMethodQuery(
    'search.query',
    { query: fts, limit: 40 },
    // Never from an earlier opening's cache: the index changes with every edit and search.query invalidates nothing.
    { enabled: casePath !== null && fts !== '', keepPrevious: true, staleTime: 0, gcTime: 0 },
  );
  const hits = useMemo(() => (fts && search.data ? search.data.items : []), [fts, search.data]);
  const groups = useMemo(
    () =>
      paletteGroups(t, {
        query: typed,
        caseOpen: casePath !== null,
        excerptSelected: excerptId !== null,
        briefingOpen: briefingId !== null,
        door,
        hits,
      }),
    [t, typed, casePath, excerptId, briefingId, door, hits],
  );
  const items = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const index = Math.min(activeIndex, Math.max(0, items.length - 1));
  const active = items[index];
  const optionId = (item: PaletteItem) => `${listId}-${item.id}`;
  const activeDomId = active ? optionId(active) : undefined;

  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // On the first option, the first group's title shows too.
    if (index === 0) listRef.current?.scrollTo({ top: 0 });
    else if (activeDomId) document.getElementById(activeDomId)?.scrollIntoView({ block: 'nearest' });
  }, [activeDomId, index]);

  const restoreFocus = () => {
    if (previous?.isConnected) previous.focus();
  };

  const close = () => {
    ui.closeDialog();
    requestAnimationFrame(restoreFocus);
  };

  const choose = (item: PaletteItem) => {
    ui.closeDialog();
    // After the palette and its focus trap are gone, so the action's own focus holds; an action
    // that moves focus nowhere (the theme) leaves it where it was before the palette.
    requestAnimationFrame(() => {
      if (item.type === 'command') run(item.info.command, 'ui');
      else if (item.type === 'hit' && casePath) void openHit(api, queryClient, casePath, item.hit);
      else if (item.type === 'search' && casePath) {
        searchStore.load(casePath, item.query);
        ui.showWorkspaceView(casePath, 'search');
        requestSearchFocus();
      }
      requestAnimationFrame(() => {
        if (document.activeElement === document.body || document.activeElement === null) restoreFocus();
      });
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: index >= last ? 0 : index + 1,
      ArrowUp: index <= 0 ? last : index - 1,
      PageDown: Math.min(last, index + PAGE),
      PageUp: Math.max(0, index - PAGE),
    };
    const target = moves[e.key];
    if (target !== undefined && items.length) {
      e.preventDefault();
      setActiveIndex(target);
    } else if (e.key === 'Enter' && active) {
      e.preventDefault();
      choose(active);
    }
  };

  const count = items.length;
  const busy = casePath !== null && fts !== '' && (search.isFetching || typed !== query);
  return (
    <Dialog
      isOpen
      onClose={close}
      aria-labelledby={`${listId}-title`}
      className="wb-palette"
      shouldReturnFocusOnClose={false}
      canOutsideClickClose
      transitionDuration={0}
    >
      <h2 id={`${listId}-title`} className="wb-sr-only">
        {t('palette.title')}
      </h2>
      <div className="wb-palette__field">
        <Icon icon="search" aria-hidden />
        <input
          ref={input}
          autoFocus
          className="wb-palette__input"
          type="text"
          role="combobox"
          aria-expanded
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeDomId}
          aria-label={t('palette.inputLabel')}
          placeholder={casePath ? t('palette.placeholder') : t('palette.placeholderNoCase')}
          spellCheck={false}
          autoComplete="off"
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            setActiveIndex(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <div ref={listRef} id={listId} role="listbox" aria-label={t('palette.listLabel')} className="wb-palette__list">
        {groups.map((g) => (
          <div key={g.id} role="group" aria-labelledby={`${listId}-g-${g.id}`} className="wb-palette__group">
            <div id={`${listId}-g-${g.id}`} role="presentation" className="wb-palette__group-title">
              {g.title}
            </div>
            {g.items.map((item) => (
              <PaletteOption
                key={item.id}
                id={optionId(item)}
                item={item}
                active={item === active}
                onChoose={() => choose(item)}
                onHover={() => setActiveIndex(items.indexOf(item))}
              />
            ))}
          </div>
        ))}
        {count === 0 && !busy && <p className="wb-palette__empty">{t('palette.empty')}</p>}
      </div>
      <div className="wb-palette__footer">
        <span role="status">{busy ? t('palette.searching') : t('palette.count', { count })}</span>
        <span aria-hidden>{t('palette.hint')}</span>
      </div>
    </Dialog>
  );
}
