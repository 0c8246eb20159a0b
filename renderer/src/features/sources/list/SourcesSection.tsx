import { useMemo, useState } from 'react';
import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useSourceList } from '../../../api/queries';
import { ui, useSelection } from '../../../state/uiStore';
import { useRunCommand } from '../../commands/commandContext';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { useDebounced } from '../../newCase/useDebounced';
import { DEFAULT_CONTROLS, activeFilterCount, toFilter, type ListControls } from './listState';
import { SourceFilters } from './SourceFilters';
import { SourceList } from './SourceList';
import { NavSection } from '../../../components/NavSection';

/** The navigator's Sources section: import actions, filters and sort, and the list itself. */
export function SourcesSection({ casePath }: { casePath: string }) {
  const { t } = useTranslation();
  const run = useRunCommand();
  const selection = useSelection(casePath);
  const [controls, setControls] = useState<ListControls>(DEFAULT_CONTROLS);
  const query = useDebounced(controls.query, 200);
  // Everything, for the count and the tag choices; then what the controls select.
  const all = useSourceList({ sort: 'title', direction: 'asc' });
  const shown = useSourceList({
    sort: controls.sort,
    direction: controls.direction,
    filter: toFilter(controls, query),
  });
  const total = all.data?.total ?? 0;
  const items = shown.data?.items ?? [];
  const filtered = activeFilterCount(controls) > 0 || query.trim() !== '';
  const tags = useMemo(
    () => [...new Set(all.data?.items.flatMap((s) => s.tags))].sort((a, b) => a.localeCompare(b)),
    [all.data],
  );

  return (
    <NavSection name="sources" icon="document" title={t('navigator.sources')} count={total}>
      <div className="wb-sources__actions">
        <Button
          size="small"
          variant="outlined"
          icon="import"
          text={t('sources.import')}
          onClick={() => run('sources.import')}
        />
        <Button
          size="small"
          variant="outlined"
          icon="clipboard"
          text={t('sources.paste')}
          onClick={() => run('sources.pasteText')}
        />
      </div>
      {all.error && <ErrorCallout error={toWireError(all.error)} />}
      {total === 0 && !all.isPending ? (
        <p className="wb-nav-section__empty">{t('sources.empty')}</p>
      ) : (
        total > 0 && (
          <>
            <SourceFilters
              value={controls}
              tags={tags}
              onChange={(patch) => setControls((prev) => ({ ...prev, ...patch }))}
            />
            {filtered && (
              <p className="wb-sources__status" role="status">
                {t('sources.shown', { shown: shown.data?.total ?? 0, count: total })}
              </p>
            )}
            {shown.error && <ErrorCallout error={toWireError(shown.error)} />}
            {items.length === 0 && filtered && !shown.isPending ? (
              <p className="wb-nav-section__empty">{t('sources.noMatch')}</p>
            ) : (
              <SourceList
                items={items}
                label={t('sources.listLabel')}
                selectedId={selection?.sourceId ?? null}
                onOpen={(item) => ui.selectSource(casePath, item.id)}
                onDelete={(item) => ui.confirmDeleteSource(item.id, item.title)}
              />
            )}
          </>
        )
      )}
    </NavSection>
  );
}
