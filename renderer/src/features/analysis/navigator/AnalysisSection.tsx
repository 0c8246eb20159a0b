import { useId, useMemo, useState } from 'react';
import { Button, HTMLSelect, InputGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../../shared/contract/errors';
import { useAddEvidence } from '../../../api/mutations';
import { useAnalysisList, useChecks } from '../../../api/queries';
import { ui, useAnalysisSelection } from '../../../state/uiStore';
import { useRunCommand } from '../../commands/commandContext';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { useDebounced } from '../../newCase/useDebounced';
import { flaggedObjects } from '../labels';
import { AnalysisList } from './AnalysisList';
import type { ListedObject } from './AnalysisRow';
import { CreateAnalyticForm } from './CreateAnalyticForm';
import { NavSection } from '../../../components/NavSection';

/**
 * The navigator's "Claims & judgments": the case's analytic objects by kind with their
 * badges, filterable by words and tag, a quick way to add one, and the doors to the
 * case-wide checks and the ACH matrix. Excerpt rows dropped on a claim become its evidence.
 */
export function AnalysisSection({ casePath }: { casePath: string }) {
  const { t, i18n } = useTranslation();
  const selectedId = useAnalysisSelection(casePath);
  const listId = useId();
  const [words, setWords] = useState('');
  const [tag, setTag] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [dropError, setDropError] = useState<WireError | null>(null);
  const query = useDebounced(words, 200);
  const all = useAnalysisList({});
  const filtered = query.trim() !== '' || tag !== '';
  const shown = useAnalysisList(filtered ? { words: query.trim() || undefined, tag: tag || undefined } : {});
  const checks = useChecks();
  const flagged = useMemo(() => flaggedObjects(checks.data ?? []), [checks.data]);
  const openChecks = (checks.data ?? []).filter((c) => !c.acknowledged).length;
  const total = all.data?.total ?? 0;
  const tags = useMemo(
    () =>
      [...new Set((all.data?.items ?? []).flatMap((i) => i.tags))].sort((a, b) => a.localeCompare(b, i18n.language)),
    [all.data, i18n.language],
  );
  const addEvidence = useAddEvidence();
  const run = useRunCommand();

  const select = (item: ListedObject) => ui.selectAnalysis(casePath, item.id);
  const dropExcerpt = (item: ListedObject, excerptId: string) => {
    setNotice(null);
    setDropError(null);
    addEvidence.mutate(
      { excerptId, targetId: item.id, stance: 'supports', credibility: null, note: '', reason: '' },
      {
        onSuccess: () => setNotice(t('analysis.dropped', { text: item.text.slice(0, 80) })),
        onError: (err) => setDropError(toWireError(err)),
      },
    );
  };

  return (
    <NavSection name="analysis" icon="lightbulb" title={t('analysis.section')} count={total}>
      <div className="wb-analysis-views" role="group" aria-label={t('analysis.views')}>
        <Button
          size="small"
          variant="minimal"
          icon={openChecks ? 'warning-sign' : 'tick-circle'}
          intent={openChecks ? 'warning' : 'none'}
          text={t('analysis.checks.open', { count: openChecks })}
          onClick={() => run('analysis.showChecks')}
        />
        <Button
          size="small"
          variant="minimal"
          icon="th"
          text={t('analysis.ach.open')}
          onClick={() => run('analysis.showAch')}
        />
      </div>
      <CreateAnalyticForm onCreated={(object) => ui.selectAnalysis(casePath, object.id)} />
      {all.error && <ErrorCallout error={toWireError(all.error)} />}
      {total === 0 && !all.isPending ? (
        <p className="wb-nav-section__empty">{t('analysis.empty')}</p>
      ) : (
        <>
          <div className="wb-analysis-filters">
            <InputGroup
              type="search"
              leftIcon="search"
              size="small"
              aria-label={t('analysis.search')}
              placeholder={t('analysis.searchPlaceholder')}
              value={words}
              onChange={(e) => setWords(e.target.value)}
            />
            {tags.length > 0 && (
              <HTMLSelect
                aria-label={t('analysis.tagFilter')}
                value={tag}
                options={[{ value: '', label: t('analysis.anyTag') }, ...tags.map((v) => ({ value: v, label: v }))]}
                onChange={(e) => setTag(e.currentTarget.value)}
              />
            )}
          </div>
          {filtered && (
            <p className="wb-analysis__status" role="status">
              {t('analysis.shown', { shown: shown.data?.total ?? 0, count: total })}
            </p>
          )}
          {notice && (
            <p className="wb-analysis__status" role="status">
              {notice}
            </p>
          )}
          {dropError && <ErrorCallout error={dropError} title={t('analysis.dropFailed')} />}
          {shown.error && <ErrorCallout error={toWireError(shown.error)} />}
          {(shown.data?.items.length ?? 0) === 0 && !shown.isPending ? (
            <p className="wb-nav-section__empty">{t('analysis.noMatch')}</p>
          ) : (
            <AnalysisList
              id={listId}
              items={shown.data?.items ?? []}
              selectedId={selectedId}
              flagged={flagged}
              onSelect={select}
              onDropExcerpt={dropExcerpt}
            />
          )}
        </>
      )}
    </NavSection>
  );
}
