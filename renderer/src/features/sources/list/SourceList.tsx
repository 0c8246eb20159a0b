import type { SourceSummary } from '../../../../../shared/domain/source';
import { useListboxKeys } from '../../../components/useListboxKeys';
import { SourceRow } from './SourceRow';

interface SourceListProps {
  items: SourceSummary[];
  label: string;
  selectedId: string | null;
  onOpen: (item: SourceSummary) => void;
  onDelete: (item: SourceSummary) => void;
}

/**
 * The sources as a listbox (the keys of useListboxKeys): ↑/↓ or j/k, Home/End and
 * PageUp/PageDown move the active row, Enter or Space opens it, Delete asks to delete it.
 */
export function SourceList({ items, label, selectedId, onOpen, onDelete }: SourceListProps) {
  const { active, optionId, activate, listProps } = useListboxKeys(items, selectedId, {
    onOpen,
    onKey: (key, item) => {
      if (key !== 'Delete') return false;
      onDelete(item);
      return true;
    },
  });

  return (
    <ul className="wb-source-list" aria-label={label} {...listProps}>
      {items.map((item) => (
        <SourceRow
          key={item.id}
          id={optionId(item)}
          item={item}
          selected={item.id === selectedId}
          active={item.id === active?.id}
          onClick={() => {
            activate(item);
            onOpen(item);
          }}
        />
      ))}
    </ul>
  );
}
