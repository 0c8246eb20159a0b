import { useTranslation } from 'react-i18next';
import type { AnalyticCheck } from '../../../../../shared/domain/analyticChecks';
import { useListboxKeys } from '../../../components/useListboxKeys';
import { groupByKind } from '../labels';
import { AnalysisRow, type ListedObject } from './AnalysisRow';

interface AnalysisListProps {
  id: string;
  items: ListedObject[];
  selectedId: string | null;
  flagged: ReadonlyMap<string, AnalyticCheck[]>;
  onSelect: (item: ListedObject) => void;
  onDropExcerpt: (item: ListedObject, excerptId: string) => void;
}

/**
 * The objects as one listbox, grouped by kind (each group headed with its count), with the
 * other lists' keyboard: ↑/↓, j/k, Home/End move across groups; Enter and Space select.
 */
export function AnalysisList({ id, items, selectedId, flagged, onSelect, onDropExcerpt }: AnalysisListProps) {
  const { t } = useTranslation();
  const groups = groupByKind(items).filter((g) => g.items.length > 0);
  // Keyboard order is the order drawn: group by group.
  const ordered = groups.flatMap((g) => g.items);
  const keys = useListboxKeys(ordered, selectedId, { onOpen: onSelect, onSelect });
  return (
    <ul id={id} className="wb-analysis-list" aria-label={t('analysis.listLabel')} {...keys.listProps}>
      {groups.map((group) => (
        <li key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`} className="wb-analysis-group">
          <span id={`${id}-${group.kind}`} className="wb-analysis-group__title">
            {t(`analysis.groups.${group.kind}`)}
            <span className="wb-count">{group.items.length}</span>
          </span>
          <ul role="none" className="wb-analysis-group__items">
            {group.items.map((item) => (
              <AnalysisRow
                key={item.id}
                id={keys.optionId(item)}
                item={item}
                selected={item.id === selectedId}
                active={item.id === keys.active?.id}
                checks={flagged.get(item.id) ?? []}
                onClick={() => {
                  keys.activate(item);
                  onSelect(item);
                }}
                onDropExcerpt={(excerptId) => onDropExcerpt(item, excerptId)}
              />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
