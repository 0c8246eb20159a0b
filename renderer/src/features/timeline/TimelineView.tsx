import { useMemo, useState } from 'react';
import { Button, HTMLSelect, NonIdealState } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { TimelineKind } from '../../../../shared/contract/timeline';
import { useSourceList } from '../../api/queries';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';
import { WorkspaceViewFrame } from '../analysis/workspace/WorkspaceViewFrame';
import { formatMonth, groupByMonth } from './eventDate';
import { TimelineEventRow } from './TimelineEventRow';
import { useTimeline } from './useTimeline';
import './timeline.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The case's dated events on a vertical time axis: publication dates and dates the
 * sources mention, grouped by month (seasons and years by year), filtered by range,
 * kind and source. A row opens the source at the mention; a mention can be kept as
 * an excerpt of its sentence or of its own words.
 */
export function TimelineView({ casePath }: { casePath: string }) {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<'all' | TimelineKind>('all');
  const [sourceId, setSourceId] = useState('');
  const sources = useSourceList({ sort: 'title', direction: 'asc' });
  const timeline = useTimeline({
    ...(DAY.test(from) ? { from } : {}),
    ...(DAY.test(to) ? { to } : {}),
    ...(kind === 'all' ? {} : { kinds: [kind] }),
    ...(sourceId ? { sourceIds: [sourceId] } : {}),
    limit: 5000,
  });
  const items = timeline.data?.items;
  const groups = useMemo(() => groupByMonth(items ?? []), [items]);
  const filtered = !!(from || to || kind !== 'all' || sourceId);

  const filters = (
    <div className="wb-timeline-filters" role="group" aria-label={t('timeline.filters')}>
      <label>
        <span>{t('timeline.from')}</span>
        <input className="bp6-input bp6-small" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label>
        <span>{t('timeline.to')}</span>
        <input className="bp6-input bp6-small" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      <HTMLSelect
        minimal
        aria-label={t('timeline.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as typeof kind)}
        options={[
          { value: 'all', label: t('timeline.kinds.all') },
          { value: 'published', label: t('timeline.kinds.published') },
          { value: 'mention', label: t('timeline.kinds.mention') },
        ]}
      />
      <HTMLSelect
        minimal
        aria-label={t('timeline.source')}
        value={sourceId}
        onChange={(e) => setSourceId(e.target.value)}
        options={[
          { value: '', label: t('timeline.allSources') },
          ...(sources.data?.items ?? []).map((s) => ({ value: s.id, label: s.title })),
        ]}
      />
      {filtered && (
        <Button
          size="small"
          variant="minimal"
          icon="filter-remove"
          text={t('timeline.clearFilters')}
          onClick={() => {
            setFrom('');
            setTo('');
            setKind('all');
            setSourceId('');
          }}
        />
      )}
    </div>
  );

  return (
    <WorkspaceViewFrame
      casePath={casePath}
      title={t('timeline.title')}
      icon="timeline-events"
      className="wb-timeline-view"
      controls={filters}
    >
      <p role="status" className="wb-analysis-view__summary">
        {timeline.data ? t('timeline.summary', { count: timeline.data.total }) : t('timeline.loading')}
      </p>
      {timeline.error && <ErrorCallout error={toWireError(timeline.error)} />}
      {timeline.data && timeline.data.total === 0 && (
        <NonIdealState
          icon="timeline-events"
          title={filtered ? t('timeline.noneFiltered') : t('timeline.emptyTitle')}
          description={filtered ? undefined : t('timeline.emptyBody')}
        />
      )}
      <div className="wb-timeline">
        {groups.map((g, i) => (
          <section key={g.id} className="wb-timeline-group" aria-labelledby={`wb-timeline-group-${i}`}>
            {(i === 0 || groups[i - 1]!.year !== g.year) && <h3 className="wb-timeline-group__year">{g.year}</h3>}
            <h4 id={`wb-timeline-group-${i}`} className="wb-timeline-group__title">
              {g.month === null
                ? t('timeline.groupYear', { year: g.year })
                : formatMonth(`${g.year}-${String(g.month).padStart(2, '0')}-01`, i18n.language)}
            </h4>
            <ol className="wb-timeline-group__events">
              {g.events.map((e) => (
                <TimelineEventRow key={e.id} casePath={casePath} event={e} />
              ))}
            </ol>
          </section>
        ))}
      </div>
    </WorkspaceViewFrame>
  );
}
