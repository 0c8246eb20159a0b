import { useId, useState } from 'react';
import { Button, Collapse, HTMLSelect, InputGroup, Switch } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import {
  EXCERPT_COLOURS,
  EXCERPT_SORTS,
  EXCERPT_STATUSES,
  type ExcerptStatus,
} from '../../../../../shared/domain/excerpt';
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
  const id = useId();
  const [open, setOpen] = useState(false);
  const active = activeFilterCount(value);
  const any = { value: '', label: t('excerpts.any') };

  const select = (key: 'tag' | 'colour' | 'status', label: string, options: { value: string; label: string }[]) => (
    <div className="wb-filter">
      <label htmlFor={`${id}-${key}`} className="wb-filter__label">
        {label}
      </label>
      <HTMLSelect
        id={`${id}-${key}`}
        fill
        value={value[key]}
        options={[any, ...options]}
        onChange={(e) => onChange({ [key]: e.currentTarget.value } as Partial<PanelControls>)}
      />
    </div>
  );

  return (
    <div className="wb-excerpts__filters">
      <InputGroup
        type="search"
        size="small"
        leftIcon="search"
        placeholder={t('excerpts.searchPlaceholder')}
        aria-label={t('excerpts.searchLabel')}
        value={value.query}
        onValueChange={(query) => onChange({ query })}
      />
      <div className="wb-excerpts__toolbar">
        <HTMLSelect
          minimal
          aria-label={t('excerpts.sortBy')}
          value={value.sort}
          options={EXCERPT_SORTS.map((s) => ({ value: s, label: t(`excerpts.sort.${s}`) }))}
          onChange={(e) => {
            const sort = e.currentTarget.value as PanelControls['sort'];
            onChange({ sort, direction: NATURAL_DIRECTION[sort] });
          }}
        />
        <Button
          size="small"
          variant="minimal"
          icon={value.direction === 'asc' ? 'sort-asc' : 'sort-desc'}
          aria-label={t(value.direction === 'asc' ? 'excerpts.ascending' : 'excerpts.descending')}
          title={t(value.direction === 'asc' ? 'excerpts.ascending' : 'excerpts.descending')}
          onClick={() => onChange({ direction: value.direction === 'asc' ? 'desc' : 'asc' })}
        />
        <span className="wb-excerpts__spacer" />
        <Button
          size="small"
          variant="minimal"
          icon="filter"
          text={active ? t('excerpts.filtersActive', { count: active }) : t('excerpts.filters')}
          intent={active ? 'primary' : 'none'}
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => setOpen(!open)}
        />
      </div>
      <Switch
        className="wb-excerpts__scope"
        checked={value.thisSourceOnly}
        disabled={!hasSource}
        label={t('excerpts.thisSourceOnly')}
        onChange={(e) => onChange({ thisSourceOnly: e.currentTarget.checked })}
      />
      <Collapse isOpen={open}>
        <div id={`${id}-panel`} className="wb-excerpts__panel" role="group" aria-label={t('excerpts.filters')}>
          {select(
            'tag',
            t('excerpts.tag'),
            tags.map((tag) => ({ value: tag, label: tag })),
          )}
          {select(
            'colour',
            t('excerpts.colour'),
            EXCERPT_COLOURS.map((c) => ({ value: c, label: t(`excerpts.colours.${c}`) })),
          )}
          {select(
            'status',
            t('excerpts.statusLabel'),
            EXCERPT_STATUSES.map((s) => ({
              value: s,
              label: t('excerpts.statusCount', { status: t(`excerpts.status.${s}`), count: counts[s] }),
            })),
          )}
          <Button
            size="small"
            variant="minimal"
            icon="filter-remove"
            text={t('excerpts.clearFilters')}
            disabled={!active && !value.query}
            onClick={() => onChange({ query: '', tag: '', colour: '', status: DEFAULT_PANEL_CONTROLS.status })}
          />
        </div>
      </Collapse>
    </div>
  );
}
