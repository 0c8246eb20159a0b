import { useEffect, useId, useState, type KeyboardEvent } from 'react';

const PAGE = 10;

interface ListboxOptions<T> {
  /** Enter (and Space unless `onSelect` is given) on the active row. */
  onOpen: (item: T) => void;
  /** Space on the active row, when it should do less than Enter (select, not open). */
  onSelect?: (item: T) => void;
  /** Further keys on the active row (Delete …); return true when handled. */
  onKey?: (key: string, item: T) => boolean;
}

/**
 * The keyboard of a list drawn as a listbox: ↑/↓ or j/k (and Home/End, PageUp/PageDown)
 * move the active row, Enter opens it. The list holds focus and points at the active row
 * with aria-activedescendant, so there is one tab stop; the active row scrolls into view.
 * Without a row of its own choosing, the active row is the selected one.
 */
export function useListboxKeys<T extends { id: string }>(
  items: readonly T[],
  selectedId: string | null,
  { onOpen, onSelect, onKey }: ListboxOptions<T>,
) {
  const baseId = useId();
  const [activeId, setActiveId] = useState<string | null>(null);
  // A selection made elsewhere (a highlight in the reader) moves the keyboard there too,
  // and so scrolls it into view (state adjusted while rendering, React's pattern for this).
  const [seenSelectedId, setSeenSelectedId] = useState(selectedId);
  if (seenSelectedId !== selectedId) {
    setSeenSelectedId(selectedId);
    if (selectedId !== null) setActiveId(null);
  }
  const index = Math.max(
    0,
    items.findIndex((i) => i.id === (activeId ?? selectedId)),
  );
  const active = items[index];
  const optionId = (item: T) => `${baseId}-${item.id}`;
  const activeOptionId = active ? optionId(active) : undefined;

  useEffect(() => {
    if (activeOptionId) document.getElementById(activeOptionId)?.scrollIntoView({ block: 'nearest' });
  }, [activeOptionId]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || !active) return;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      j: index + 1,
      ArrowUp: index - 1,
      k: index - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: index + PAGE,
      PageUp: index - PAGE,
    };
    const target = moves[e.key];
    if (target !== undefined) {
      e.preventDefault();
      setActiveId(items[Math.max(0, Math.min(items.length - 1, target))]?.id ?? null);
    } else if (e.key === 'Enter' || (e.key === ' ' && !onSelect)) {
      e.preventDefault();
      onOpen(active);
    } else if (e.key === ' ' && onSelect) {
      e.preventDefault();
      onSelect(active);
    } else if (onKey?.(e.key, active)) {
      e.preventDefault();
    }
  };

  return {
    /** The row the keyboard is on. */
    active,
    optionId,
    /** A click makes the row the keyboard's too. */
    activate: (item: T) => setActiveId(item.id),
    listProps: {
      role: 'listbox' as const,
      tabIndex: 0,
      'aria-activedescendant': activeOptionId,
      onKeyDown,
    },
  };
}
