import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { SourceSummary } from '../../../../../shared/domain/source';
import { SourceRow } from './SourceRow';

interface SourceListProps {
  items: SourceSummary[];
  label: string;
  selectedId: string | null;
  onOpen: (item: SourceSummary) => void;
  onDelete: (item: SourceSummary) => void;
}

const PAGE = 10;

/**
 * The sources as a listbox: ↑/↓ or j/k (and Home/End, PageUp/PageDown) move the
 * active row, Enter opens it, Delete asks to delete it. The list holds focus and
 * points at the active row with aria-activedescendant, so there is one tab stop.
 */
export function SourceList({ items, label, selectedId, onOpen, onDelete }: SourceListProps) {
  const baseId = useId();
  const [activeId, setActiveId] = useState<string | null>(null);
  const index = Math.max(
    0,
    items.findIndex((i) => i.id === (activeId ?? selectedId)),
  );
  const active = items[index];
  const optionId = (item: SourceSummary) => `${baseId}-${item.id}`;
  const activeOptionId = active ? optionId(active) : undefined;

  useEffect(() => {
    if (activeOptionId) document.getElementById(activeOptionId)?.scrollIntoView({ block: 'nearest' });
  }, [activeOptionId]);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
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
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(active);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      onDelete(active);
    }
  };

  return (
    <ul
      className="wb-source-list"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeOptionId}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <SourceRow
          key={item.id}
          id={optionId(item)}
          item={item}
          selected={item.id === selectedId}
          active={item.id === active?.id}
          onClick={() => {
            setActiveId(item.id);
            onOpen(item);
          }}
        />
      ))}
    </ul>
  );
}
