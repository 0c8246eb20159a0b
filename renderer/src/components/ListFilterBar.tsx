import { useId, useState, type ReactNode } from 'react';
import { Button, Collapse, HTMLSelect, InputGroup } from '@blueprintjs/core';

export interface Option {
  value: string;
  label: string;
}

interface ListFilterBarProps<S extends string> {
  /** The list's own style block (`wb-sources`, `wb-excerpts`): its __toolbar, __spacer and __panel classes. */
  block: string;
  /** All strings already translated by the list. */
  labels: {
    search: string;
    searchPlaceholder: string;
    sortBy: string;
    ascending: string;
    descending: string;
    filters: string;
    /** The filter button's text while filters are on (it counts them). */
    filtersActive: string;
    clearFilters: string;
  };
  searchId?: string;
  query: string;
  onQuery: (query: string) => void;
  sort: S;
  sortOptions: { value: S; label: string }[];
  onSort: (sort: S) => void;
  direction: 'asc' | 'desc';
  onDirection: (direction: 'asc' | 'desc') => void;
  /** How many panel filters are on; the clear button also clears the words. */
  activeCount: number;
  onClear: () => void;
  /** Between the toolbar and the panel (the excerpt list's "this source only"). */
  extra?: ReactNode;
  /** The panel's filters (FilterSelect). */
  children: ReactNode;
}

/**
 * What sits above a navigator list: the words to filter by, the sort and its direction,
 * and a collapsible panel of filters with a button that says how many are on.
 */
export function ListFilterBar<S extends string>(props: ListFilterBarProps<S>) {
  const { block, labels, direction, activeCount } = props;
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const directionLabel = direction === 'asc' ? labels.ascending : labels.descending;
  return (
    <div className={`${block}__filters`}>
      <InputGroup
        id={props.searchId}
        type="search"
        size="small"
        leftIcon="search"
        placeholder={labels.searchPlaceholder}
        aria-label={labels.search}
        value={props.query}
        onValueChange={props.onQuery}
      />
      <div className={`${block}__toolbar`}>
        <HTMLSelect
          minimal
          aria-label={labels.sortBy}
          value={props.sort}
          options={props.sortOptions}
          onChange={(e) => props.onSort(e.currentTarget.value as S)}
        />
        <Button
          size="small"
          variant="minimal"
          icon={direction === 'asc' ? 'sort-asc' : 'sort-desc'}
          aria-label={directionLabel}
          title={directionLabel}
          onClick={() => props.onDirection(direction === 'asc' ? 'desc' : 'asc')}
        />
        <span className={`${block}__spacer`} />
        <Button
          size="small"
          variant="minimal"
          icon="filter"
          text={activeCount ? labels.filtersActive : labels.filters}
          intent={activeCount ? 'primary' : 'none'}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        />
      </div>
      {props.extra}
      <Collapse isOpen={open}>
        <div id={panelId} className={`${block}__panel`} role="group" aria-label={labels.filters}>
          {props.children}
          <Button
            size="small"
            variant="minimal"
            icon="filter-remove"
            text={labels.clearFilters}
            disabled={!activeCount && !props.query}
            onClick={props.onClear}
          />
        </div>
      </Collapse>
    </div>
  );
}

/** One labelled select of a filter panel; its first choice is "any" (the empty value). */
export function FilterSelect(props: {
  label: string;
  value: string;
  any: Option;
  options: Option[];
  disabled?: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="wb-filter">
      <label htmlFor={id} className="wb-filter__label">
        {props.label}
      </label>
      <HTMLSelect
        id={id}
        fill
        value={props.value}
        disabled={props.disabled}
        options={[props.any, ...props.options]}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
    </div>
  );
}
