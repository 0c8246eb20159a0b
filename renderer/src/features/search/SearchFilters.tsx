import { Button, HTMLSelect, InputGroup, type ButtonProps } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { SavedSearchFilters, SearchOutput } from '../../../../shared/contract/search';
import { RELIABILITY_CODES, type Reliability } from '../../../../shared/domain/source';
import { WORKING_LANGUAGES } from '../../../../shared/domain/scales';
import { KIND_ORDER } from './searchState';

const DAY_MS = 86_400_000;

/** yyyy-mm-dd of an epoch ms (UTC, as the date field shows it), or ''. */
function dateValue(ms: number | undefined): string {
  return ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10);
}

/** The start of the day typed (UTC), or undefined when the field is empty or not a date. */
function parseDate(value: string): number | undefined {
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(ms) ? ms : undefined;
}

function toggle<T>(list: readonly T[] | undefined, value: T): T[] | undefined {
  const set = new Set(list ?? []);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return set.size ? [...set] : undefined;
}

interface Props {
  filters: SavedSearchFilters;
  counts: SearchOutput['counts'] | null;
  onChange: (filters: SavedSearchFilters) => void;
}

/** A filter that is on or off: a pressed button, filled while on. */
function FilterToggle({ on, ...props }: ButtonProps & { on: boolean }) {
  return (
    <Button
      size="small"
      variant={on ? 'solid' : 'outlined'}
      intent={on ? 'primary' : 'none'}
      aria-pressed={on}
      {...props}
    />
  );
}

/**
 * Filters of the search view: kinds (with their counts under the other filters),
 * tag, source reliability, language and publication date. Reliability, language and
 * date are properties of sources, so they keep sources and excerpts only.
 */
export function SearchFilters({ filters, counts, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<SavedSearchFilters>) => onChange({ ...filters, ...patch });
  const any =
    Boolean(filters.kinds?.length || filters.tag || filters.reliability?.length || filters.languages?.length) ||
    filters.from !== undefined ||
    filters.to !== undefined;
  return (
    <div className="wb-search-filters" role="group" aria-label={t('search.filters.label')}>
      <div className="wb-search-filters__row" role="group" aria-label={t('search.filters.kinds')}>
        {KIND_ORDER.map((kind) => {
          const on = filters.kinds?.includes(kind) ?? false;
          return (
            <FilterToggle key={kind} on={on} onClick={() => set({ kinds: toggle(filters.kinds, kind) })}>
              {t(`search.kinds.${kind}`)}
              {counts && <span className="wb-search-filters__count"> {counts[kind]}</span>}
            </FilterToggle>
          );
        })}
      </div>
      <div className="wb-search-filters__row">
        <label className="wb-search-filters__field">
          <span>{t('search.filters.tag')}</span>
          <InputGroup
            size="small"
            value={filters.tag ?? ''}
            maxLength={100}
            onChange={(e) => set({ tag: e.target.value || undefined })}
          />
        </label>
        <div className="wb-search-filters__field" role="group" aria-label={t('search.filters.reliability')}>
          <span aria-hidden>{t('search.filters.reliability')}</span>
          <span className="wb-search-filters__grades">
            {RELIABILITY_CODES.map((code: Reliability) => {
              const on = filters.reliability?.includes(code) ?? false;
              return (
                <FilterToggle
                  key={code}
                  on={on}
                  aria-label={t('search.filters.grade', { code, label: t(`reliability.${code}`) })}
                  title={t(`reliability.${code}`)}
                  text={code}
                  onClick={() => set({ reliability: toggle(filters.reliability, code) })}
                />
              );
            })}
          </span>
        </div>
        <label className="wb-search-filters__field">
          <span>{t('search.filters.language')}</span>
          <HTMLSelect
            value={filters.languages?.[0] ?? ''}
            onChange={(e) =>
              set({
                languages: e.currentTarget.value
                  ? [e.currentTarget.value as (typeof WORKING_LANGUAGES)[number]]
                  : undefined,
              })
            }
            options={[
              { value: '', label: t('search.filters.anyLanguage') },
              ...WORKING_LANGUAGES.map((l) => ({ value: l, label: t(`workingLanguages.${l}`) })),
            ]}
          />
        </label>
        <label className="wb-search-filters__field">
          <span>{t('search.filters.from')}</span>
          <input
            className="bp6-input bp6-small"
            type="date"
            value={dateValue(filters.from)}
            onChange={(e) => set({ from: parseDate(e.target.value) })}
          />
        </label>
        <label className="wb-search-filters__field">
          <span>{t('search.filters.to')}</span>
          <input
            className="bp6-input bp6-small"
            type="date"
            value={dateValue(filters.to === undefined ? undefined : filters.to - (DAY_MS - 1))}
            // The whole day typed counts: up to its last millisecond.
            onChange={(e) => {
              const day = parseDate(e.target.value);
              set({ to: day === undefined ? undefined : day + DAY_MS - 1 });
            }}
          />
        </label>
        {any && (
          <Button
            size="small"
            variant="minimal"
            icon="filter-remove"
            text={t('search.filters.clear')}
            onClick={() => onChange({})}
          />
        )}
      </div>
    </div>
  );
}
