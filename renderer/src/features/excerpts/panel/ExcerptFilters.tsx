import { Switch } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import {
  EXCERPT_COLOURS,
  EXCERPT_SORTS,
  EXCERPT_STATUSES,
  type ExcerptStatus,
} from '../../../../../shared/domain/excerpt';
import { FilterSelect, ListFilterBar } from '../../../components/ListFilterBar';
import { NATURAL_DIRECTION, activeFilterCount, DEFAULT_PANEL_CONTROLS, type PanelControls } from './panelState';

interface ExcerptFiltersProps {
  value: PanelControls;
  onChange: (patch: Partial<PanelControls>) => void;
  /** Tags used in the panel's scope, for the tag filter. */
  tags: string[];
  /** Excerpts per status in the scope, shown in the status filter. */
  counts: Record<ExcerptStatus, number>;
  /** Whether a source is open, so "this source only" means something. */
  hasSource: boolean;
}

/** Words, sort, "this source only" and the filter panel (tag, colour, status) above the excerpt list. */
export function ExcerptFilters({ value, onChange, tags, counts, hasSource }: ExcerptFiltersProps) {
  const { t } = useTranslation();
  const active = activeFilterCount(value);
  const any = { value: '', label: t('excerpts.any') };

  return (
    <ListFilterBar
      block="wb-excerpts"
      labels={{
        search: t('excerpts.searchLabel'),
        searchPlaceholder: t('excerpts.searchPlaceholder'),
        sortBy: t('excerpts.sortBy'),
        ascending: t('excerpts.ascending'),
        descending: t('excerpts.descending'),
        filters: t('excerpts.filters'),
        filtersActive: t('excerpts.filtersActive', { count: active }),
        clearFilters: t('excerpts.clearFilters'),
      }}
      query={value.query}
      onQuery={(query) => onChange({ query })}
      sort={value.sort}
      sortOptions={EXCERPT_SORTS.map((s) => ({ value: s, label: t(`excerpts.sort.${s}`) }))}
      onSort={(sort) => onChange({ sort, direction: NATURAL_DIRECTION[sort] })}
      direction={value.direction}
      onDirection={(direction) => onChange({ direction })}
      activeCount={active}
      onClear={() => onChange({ query: '', tag: '', colour: '', status: DEFAULT_PANEL_CONTROLS.status })}
      extra={
        <Switch
          className="wb-excerpts__scope"
          checked={value.thisSourceOnly}
          disabled={!hasSource}
          label={t('excerpts.thisSourceOnly')}
          onChange={(e) => onChange({ thisSourceOnly: e.currentTarget.checked })}
        />
      }
    >
      <FilterSelect
        label={t('excerpts.tag')}
        value={value.tag}
        any={any}
        options={tags.map((tag) => ({ value: tag, label: tag }))}
        onChange={(tag) => onChange({ tag })}
      />
      <FilterSelect
        label={t('excerpts.colour')}
        value={value.colour}
        any={any}
        options={EXCERPT_COLOURS.map((c) => ({ value: c, label: t(`excerpts.colours.${c}`) }))}
        onChange={(colour) => onChange({ colour: colour as PanelControls['colour'] })}
      />
      <FilterSelect
        label={t('excerpts.statusLabel')}
        value={value.status}
        any={any}
        options={EXCERPT_STATUSES.map((s) => ({
          value: s,
          label: t('excerpts.statusCount', { status: t(`excerpts.status.${s}`), count: counts[s] }),
        }))}
        onChange={(status) => onChange({ status: status as PanelControls['status'] })}
      />
    </ListFilterBar>
  );
}
