import { useId, useMemo, useState } from 'react';
import { Button, Icon } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { Excerpt } from '../../../../../shared/domain/excerpt';
import { useExcerptList } from '../../../api/queries';
import { ui, useExcerptSelection, useSelection } from '../../../state/uiStore';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { useDebounced } from '../../newCase/useDebounced';
import { readerLang } from '../../sources/labels';
import { DeleteExcerptDialog } from '../inspector/DeleteExcerptDialog';
import { ExcerptFilters } from './ExcerptFilters';
import { ExcerptList } from './ExcerptList';
import {
  DEFAULT_PANEL_CONTROLS,
  activeFilterCount,
  scopeFilter,
  scopeSourceId,
  statusCounts,
  tagsOf,
  toListInput,
  type PanelControls,
} from './panelState';
import { showInSource } from './showInSource';
import { useSourceSummaries } from './useSourceSummaries';
import { NavSection } from '../../../components/NavSection';

/** The most excerpts the scope query fetches for counts and tag choices (the contract's page limit). */
const SCOPE_LIMIT = 10_000;
/** Rows drawn before "Show more". */
const ROW_PAGE = 200;

/**
 * The navigator's Excerpts section: across the case or for the open source only,
 * searchable, filterable by tag, colour and status (with counts, so orphans are seen),
 * sortable. Selecting a row shows it in the inspector; Enter or a double-click shows
 * it in its source.
 */
export function ExcerptsSection({ casePath }: { casePath: string }) {
  const { t, i18n } = useTranslation();
  const selection = useSelection(casePath);
  const selectedId = useExcerptSelection(casePath);
  const [controls, setControls] = useState<PanelControls>(DEFAULT_PANEL_CONTROLS);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Excerpt | null>(null);
  const listId = useId();
  const query = useDebounced(controls.query, 200);
  const sourceId = scopeSourceId(controls, selection?.sourceId ?? null);
  const sources = useSourceSummaries();
  const filtered = activeFilterCount(controls) > 0 || query.trim() !== '';
  // The whole scope, for the heading's count, the status counts and the tag choices; then what the
  // controls select. Unfiltered, both are the same call, so it is made once.
  const scopeInput = {
    filter: scopeFilter(sourceId),
    sort: controls.sort,
    direction: controls.direction,
    limit: SCOPE_LIMIT,
  };
  const all = useExcerptList(scopeInput);
  const shown = useExcerptList(
    filtered ? { ...toListInput(controls, query, sourceId), limit: SCOPE_LIMIT } : scopeInput,
  );
  const total = all.data?.total ?? 0;
  const items = shown.data?.items ?? [];
  // Rows are drawn a page at a time: thousands of quotes at once would make every keystroke slow.
  const [rowLimit, setRowLimit] = useState(ROW_PAGE);
  const counts = useMemo(() => statusCounts(all.data?.items ?? []), [all.data]);
  const tags = useMemo(() => tagsOf(all.data?.items ?? [], i18n.language), [all.data, i18n.language]);
  const langOf = (item: Excerpt) => {
    const source = sources.get(item.sourceId);
    return source ? readerLang(source.language, undefined) : undefined;
  };
  const change = (patch: Partial<PanelControls>) => setControls((prev) => ({ ...prev, ...patch }));

  const select = (item: Excerpt) => {
    setNotice(null);
    ui.selectExcerpt(casePath, item.id);
  };
  const show = (item: Excerpt) => setNotice(showInSource(casePath, item) ? null : t('excerpts.orphanNoPlace'));
  const toggleStatus = (status: 'moved' | 'orphan') => change({ status: controls.status === status ? '' : status });

  return (
    <NavSection name="excerpts" icon="citation" title={t('navigator.excerpts')} count={total}>
      {all.error && <ErrorCallout error={toWireError(all.error)} />}
      {total === 0 && !all.isPending && !controls.thisSourceOnly ? (
        <p className="wb-nav-section__empty">{t('excerpts.empty')}</p>
      ) : (
        <>
          <ExcerptFilters
            value={controls}
            tags={tags}
            counts={counts}
            hasSource={selection !== null}
            onChange={change}
          />
          {(counts.moved > 0 || counts.orphan > 0) && (
            <div className="wb-excerpts__attention" role="group" aria-label={t('excerpts.attention')}>
              <Icon icon="warning-sign" size={12} intent="warning" aria-hidden />
              {(['moved', 'orphan'] as const).map(
                (status) =>
                  counts[status] > 0 && (
                    <Button
                      key={status}
                      size="small"
                      variant="minimal"
                      intent={status === 'moved' ? 'warning' : 'danger'}
                      aria-pressed={controls.status === status}
                      active={controls.status === status}
                      text={t(`excerpts.attentionCount.${status}`, { count: counts[status] })}
                      onClick={() => toggleStatus(status)}
                    />
                  ),
              )}
            </div>
          )}
          {filtered && (
            <p className="wb-excerpts__status" role="status">
              {t('excerpts.shown', { shown: shown.data?.total ?? 0, count: total })}
            </p>
          )}
          {notice && (
            <p className="wb-excerpts__notice" role="alert">
              {notice}
            </p>
          )}
          {shown.error && <ErrorCallout error={toWireError(shown.error)} />}
          {items.length === 0 && !shown.isPending ? (
            <p className="wb-nav-section__empty">{filtered ? t('excerpts.noMatch') : t('excerpts.emptyForSource')}</p>
          ) : (
            <ExcerptList
              id={listId}
              items={items.length > rowLimit ? items.slice(0, rowLimit) : items}
              label={t('excerpts.listLabel')}
              selectedId={selectedId}
              sources={sources}
              onSelect={select}
              onShow={show}
              onDelete={setDeleting}
            />
          )}
          {items.length > rowLimit && (
            <Button
              size="small"
              variant="minimal"
              icon="more"
              className="wb-excerpts__more"
              text={t('excerpts.showMore', { count: Math.min(ROW_PAGE, items.length - rowLimit), total: items.length })}
              onClick={() => setRowLimit((n) => n + ROW_PAGE)}
            />
          )}
        </>
      )}
      {deleting && (
        <DeleteExcerptDialog
          excerpt={deleting}
          lang={langOf(deleting)}
          onClose={() => {
            setDeleting(null);
            // The dialog goes away with its state, so focus is handed back to the list by hand.
            document.getElementById(listId)?.focus();
          }}
          onDeleted={() => {
            if (ui.get().excerptSelection?.excerptId === deleting.id) ui.selectExcerpt(casePath, null);
            setDeleting(null);
            document.getElementById(listId)?.focus();
          }}
        />
      )}
    </NavSection>
  );
}
