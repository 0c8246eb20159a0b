import { useId, useState } from 'react';
import { Button, Collapse, HTMLSelect, InputGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useSourceTags } from '../../../api/queries';
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
  const id = useId();
  const [open, setOpen] = useState(false);
  const active = activeFilterCount(value);
  const any = { value: '', label: t('sources.any') };
  // Every tag of the case, from sources.tags (sorted as titles are: case, umlauts and ß folded). The
  // option is the bare tag, as typed; a native <option> has no room for a second, quieter count.
  const tags = useSourceTags().data ?? [];
  const tagOptions = tags.map(({ tag }) => ({ value: tag, label: tag }));
  // A tag filtered on and then removed from every source stays a choice, so the select still says what
  // filters the list (rather than showing "Any" over an empty list).
  if (value.tag && !tags.some((x) => x.tag === value.tag)) tagOptions.unshift({ value: value.tag, label: value.tag });

  const select = (
    key: 'type' | 'reliability' | 'language' | 'tag',
    label: string,
    options: { value: string; label: string }[],
    disabled = false,
  ) => (
    <div className="wb-filter">
      <label htmlFor={`${id}-${key}`} className="wb-filter__label">
        {label}
      </label>
      <HTMLSelect
        id={`${id}-${key}`}
        fill
        value={value[key]}
        disabled={disabled}
        options={[any, ...options]}
        onChange={(e) => onChange({ [key]: e.currentTarget.value } as Partial<ListControls>)}
      />
    </div>
  );

  return (
    <div className="wb-sources__filters">
      <InputGroup
        id={SOURCE_FILTER_INPUT_ID}
        type="search"
        size="small"
        leftIcon="search"
        placeholder={t('sources.filterPlaceholder')}
        aria-label={t('sources.filterLabel')}
        value={value.query}
        onValueChange={(query) => onChange({ query })}
      />
      <div className="wb-sources__toolbar">
        <HTMLSelect
          minimal
          aria-label={t('sources.sortBy')}
          value={value.sort}
          options={SOURCE_SORTS.map((s) => ({ value: s, label: t(`sources.sort.${s}`) }))}
          onChange={(e) => {
            const sort = e.currentTarget.value as ListControls['sort'];
            onChange({ sort, direction: NATURAL_DIRECTION[sort] });
          }}
        />
        <Button
          size="small"
          variant="minimal"
          icon={value.direction === 'asc' ? 'sort-asc' : 'sort-desc'}
          aria-label={t(value.direction === 'asc' ? 'sources.ascending' : 'sources.descending')}
          title={t(value.direction === 'asc' ? 'sources.ascending' : 'sources.descending')}
          onClick={() => onChange({ direction: value.direction === 'asc' ? 'desc' : 'asc' })}
        />
        <span className="wb-sources__spacer" />
        <Button
          size="small"
          variant="minimal"
          icon="filter"
          text={active ? t('sources.filtersActive', { count: active }) : t('sources.filters')}
          intent={active ? 'primary' : 'none'}
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => setOpen(!open)}
        />
      </div>
      <Collapse isOpen={open}>
        <div id={`${id}-panel`} className="wb-sources__panel" role="group" aria-label={t('sources.filters')}>
          {select(
            'type',
            t('sources.type'),
            SOURCE_TYPES.map((s) => ({ value: s, label: sourceTypeLabel(t, s) })),
          )}
          {select('reliability', t('sources.reliability'), [
            ...RELIABILITY_CODES.map((r) => ({ value: r, label: reliabilityLabel(t, r) })),
            { value: 'none', label: reliabilityLabel(t, null) },
          ])}
          {select(
            'language',
            t('sources.language'),
            WORKING_LANGUAGES.map((l) => ({ value: l, label: languageLabel(t, l) })),
          )}
          {select('tag', t('sources.tag'), tagOptions, tagOptions.length === 0)}
          <Button
            size="small"
            variant="minimal"
            icon="filter-remove"
            text={t('sources.clearFilters')}
            disabled={!active && !value.query}
            onClick={() => onChange({ query: '', type: '', reliability: '', language: '', tag: DEFAULT_CONTROLS.tag })}
          />
        </div>
      </Collapse>
    </div>
  );
}
