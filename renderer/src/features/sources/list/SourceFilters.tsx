import { useTranslation } from 'react-i18next';
import { useSourceTags } from '../../../api/queries';
import { FilterSelect, ListFilterBar } from '../../../components/ListFilterBar';
import { WORKING_LANGUAGES } from '../../../../../shared/domain/scales';
import { RELIABILITY_CODES, SOURCE_SORTS, SOURCE_TYPES } from '../../../../../shared/domain/source';
import { languageLabel, reliabilityLabel, sourceTypeLabel } from '../labels';
import { SOURCE_FILTER_INPUT_ID } from './focusSourceFilter';
import { DEFAULT_CONTROLS, NATURAL_DIRECTION, activeFilterCount, type ListControls } from './listState';

interface SourceFiltersProps {
  value: ListControls;
  onChange: (patch: Partial<ListControls>) => void;
  /**
   * Unused: the tag choices come from sources.tags (every tag of the case with its count), so they no
   * longer depend on the list having loaded every source. Kept optional until the caller stops passing it.
   */
  tags?: string[];
}

/** Text filter, sort and the filter panel (type, reliability, language, tag) above the source list. */
export function SourceFilters({ value, onChange }: SourceFiltersProps) {
  const { t } = useTranslation();
  const active = activeFilterCount(value);
  const any = { value: '', label: t('sources.any') };
  // Every tag of the case, from sources.tags (sorted as titles are: case, umlauts and ß folded). The
  // option is the bare tag, as typed; a native <option> has no room for a second, quieter count.
  const tags = useSourceTags().data ?? [];
  const tagOptions = tags.map(({ tag }) => ({ value: tag, label: tag }));
  // A tag filtered on and then removed from every source stays a choice, so the select still says what
  // filters the list (rather than showing "Any" over an empty list).
  if (value.tag && !tags.some((x) => x.tag === value.tag)) tagOptions.unshift({ value: value.tag, label: value.tag });

  return (
    <ListFilterBar
      block="wb-sources"
      labels={{
        search: t('sources.filterLabel'),
        searchPlaceholder: t('sources.filterPlaceholder'),
        sortBy: t('sources.sortBy'),
        ascending: t('sources.ascending'),
        descending: t('sources.descending'),
        filters: t('sources.filters'),
        filtersActive: t('sources.filtersActive', { count: active }),
        clearFilters: t('sources.clearFilters'),
      }}
      searchId={SOURCE_FILTER_INPUT_ID}
      query={value.query}
      onQuery={(query) => onChange({ query })}
      sort={value.sort}
      sortOptions={SOURCE_SORTS.map((s) => ({ value: s, label: t(`sources.sort.${s}`) }))}
      onSort={(sort) => onChange({ sort, direction: NATURAL_DIRECTION[sort] })}
      direction={value.direction}
      onDirection={(direction) => onChange({ direction })}
      activeCount={active}
      onClear={() => onChange({ query: '', type: '', reliability: '', language: '', tag: DEFAULT_CONTROLS.tag })}
    >
      <FilterSelect
        label={t('sources.type')}
        value={value.type}
        any={any}
        options={SOURCE_TYPES.map((s) => ({ value: s, label: sourceTypeLabel(t, s) }))}
        onChange={(type) => onChange({ type: type as ListControls['type'] })}
      />
      <FilterSelect
        label={t('sources.reliability')}
        value={value.reliability}
        any={any}
        options={[
          ...RELIABILITY_CODES.map((r) => ({ value: r, label: reliabilityLabel(t, r) })),
          { value: 'none', label: reliabilityLabel(t, null) },
        ]}
        onChange={(reliability) => onChange({ reliability: reliability as ListControls['reliability'] })}
      />
      <FilterSelect
        label={t('sources.language')}
        value={value.language}
        any={any}
        options={WORKING_LANGUAGES.map((l) => ({ value: l, label: languageLabel(t, l) }))}
        onChange={(language) => onChange({ language: language as ListControls['language'] })}
      />
      <FilterSelect
        label={t('sources.tag')}
        value={value.tag}
        any={any}
        options={tagOptions}
        disabled={tagOptions.length === 0}
        onChange={(tag) => onChange({ tag })}
      />
    </ListFilterBar>
  );
}
