import type { Excerpt } from '../../../../../shared/domain/excerpt';
import type { SourceSummary } from '../../../../../shared/domain/source';
import { useListboxKeys } from '../../../components/useListboxKeys';
import { readerLang } from '../../sources/labels';
import { ExcerptRow } from './ExcerptRow';

interface ExcerptListProps {
  id: string;
  items: Excerpt[];
  label: string;
  selectedId: string | null;
  sources: ReadonlyMap<string, SourceSummary>;
  /** Click and Space: the inspector shows the excerpt. */
  onSelect: (item: Excerpt) => void;
  /** Double-click and Enter: "show in source". */
  onShow: (item: Excerpt) => void;
  /** Delete: ask to delete the row's excerpt. */
  onDelete: (item: Excerpt) => void;
}

/** The excerpts as a listbox, with the source list's keyboard (↑/↓, j/k, Home/End, Enter; Space selects, Delete asks). */
export function ExcerptList({ id, items, label, selectedId, sources, onSelect, onShow, onDelete }: ExcerptListProps) {
  const keys = useListboxKeys(items, selectedId, {
    onOpen: onShow,
    onSelect,
    onKey: (key, item) => {
      if (key !== 'Delete') return false;
      onDelete(item);
      return true;
    },
  });
  return (
    <ul id={id} className="wb-excerpt-list" aria-label={label} {...keys.listProps}>
      {items.map((item) => {
        const source = sources.get(item.sourceId);
        return (
          <ExcerptRow
            key={item.id}
            id={keys.optionId(item)}
            item={item}
            lang={source ? readerLang(source.language, undefined) : undefined}
            selected={item.id === selectedId}
            active={item.id === keys.active?.id}
            onClick={() => {
              keys.activate(item);
              onSelect(item);
            }}
            onDoubleClick={() => onShow(item)}
          />
        );
      })}
    </ul>
  );
}
