import { useEffect, useRef, useState } from 'react';
import { Button, Callout, InputGroup, NonIdealState, Spinner } from '@blueprintjs/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/contract/search';
import { useApi } from '../../api/client';
import { useMethodQuery } from '../../api/queries';
import { useWorkbenchEvent } from '../../api/useWorkbenchEvent';
import { WorkspaceViewFrame } from '../analysis/workspace/WorkspaceViewFrame';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';
import { useDebounced } from '../newCase/useDebounced';
import { openHit } from './openHit';
import { SavedSearches } from './SavedSearches';
import { SearchFilters } from './SearchFilters';
import { SearchResults } from './SearchResults';
import { PAGE_SIZE, searchStore, useSearchState } from './searchState';
import './search.css';

/**
 * The case-wide search (issue 8) in the workspace: the query (FTS syntax allowed, German
 * folding), filters with counts per kind, ranked hits with their snippets, saved searches.
 * A hit opens at its exact place; the search stays as it was for the way back.
 */
export function SearchView({ casePath }: { casePath: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const state = useSearchState(casePath);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const field = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const query = useDebounced(state.query, 200).trim();
  const result = useMethodQuery(
    'search.query',
    { query, ...state.filters, limit },
    // Fresh when the view opens again (edits meanwhile); while it is open, data.changed below refreshes it.
    { enabled: query !== '', keepPrevious: true, staleTime: 0 },
  );
  const data = query && result.data ? result.data : null;

  // The index follows every change of the case; the query's contract entry invalidates nothing.
  useWorkbenchEvent((event) => {
    if (event.type === 'data.changed') void queryClient.invalidateQueries({ queryKey: ['search.query'] });
  });

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [state.focusRequest]);

  const open = (hit: SearchHit) => void openHit(api, queryClient, casePath, hit);
  const shown = data?.items ?? [];
  return (
    <WorkspaceViewFrame casePath={casePath} title={t('search.title')} icon="search">
      <div className="wb-search">
        <form
          role="search"
          aria-label={t('search.title')}
          className="wb-search__form"
          onSubmit={(e) => {
            e.preventDefault();
            if (shown.length) list.current?.focus();
          }}
        >
          <InputGroup
            inputRef={field}
            type="search"
            leftIcon="search"
            aria-label={t('search.query')}
            placeholder={t('search.placeholder')}
            value={state.query}
            maxLength={2000}
            spellCheck={false}
            onChange={(e) => {
              setLimit(PAGE_SIZE);
              searchStore.setQuery(casePath, e.target.value);
            }}
            onKeyDown={(e) => {
              // ↓ from the field goes into the results, as in the palette.
              if (e.key === 'ArrowDown' && shown.length) {
                e.preventDefault();
                list.current?.focus();
              }
            }}
            rightElement={result.isFetching ? <Spinner size={16} aria-label={t('search.searching')} /> : undefined}
          />
          <SearchFilters
            filters={state.filters}
            counts={data?.counts ?? null}
            onChange={(filters) => {
              setLimit(PAGE_SIZE);
              searchStore.setFilters(casePath, filters);
            }}
          />
        </form>
        <SavedSearches
          query={state.query}
          filters={state.filters}
          onRun={(s) => {
            setLimit(PAGE_SIZE);
            searchStore.load(casePath, s.query, s.filters);
          }}
        />
        {result.error && <ErrorCallout error={toWireError(result.error)} />}
        <p className="wb-search__status" role="status">
          {data ? t('search.count', { count: data.total }) : ''}
        </p>
        {data?.rankedWithin && (
          <p className="wb-search__window">
            {t('search.rankedWithin', {
              window: data.rankedWithin.toLocaleString(i18n.language),
              total: data.total.toLocaleString(i18n.language),
            })}
          </p>
        )}
        {data?.fallback && (
          <Callout intent="primary" icon="info-sign" compact className="wb-search__fallback">
            {t('search.fallback')}
          </Callout>
        )}
        {!query ? (
          <NonIdealState icon="search" title={t('search.emptyTitle')} description={t('search.emptyBody')} />
        ) : data && data.total === 0 ? (
          <NonIdealState icon="search" title={t('search.noHits')} />
        ) : (
          <SearchResults ref={list} hits={shown} onOpen={open} />
        )}
        {data && data.total > shown.length && (
          <Button
            className="wb-search__more"
            variant="outlined"
            text={t('search.more', { count: Math.min(PAGE_SIZE, data.total - shown.length) })}
            onClick={() => setLimit((n) => Math.min(500, n + PAGE_SIZE))}
          />
        )}
      </div>
    </WorkspaceViewFrame>
  );
}
