import type { Excerpt } from '../../../../../shared/domain/excerpt';
import type { SourceSummary } from '../../../../../shared/domain/source';
import { useListboxKeys } from '../../../components/useListboxKeys';
import { readerLang } from '../../sources/labels';
import { ExcerptRow } from './ExcerptRow';

interface ExcerptListProps {
  items: Excerpt[];
  label: string;
  selectedId: string | null;
  sources: ReadonlyMap<string, SourceSummary>;
  /** Click and Space: the inspector shows the excerpt. */
  onSelect: (item: Excerpt) => void;
  /** Double-click and Enter: "show in source". */
  onShow: (item: Excerpt) => void;
}

/** The excerpts as a listbox, with the source list's keyboard (↑/↓, j/k, Home/End, Enter). */
export function ExcerptList({ items, label, selectedId, sources, onSelect, onShow }: ExcerptListProps) {
  const keys = useListboxKeys(items, selectedId, { onOpen: onShow, onSelect });
  return (
    <ul className="wb-excerpt-list" aria-label={label} {...keys.listProps}>
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
