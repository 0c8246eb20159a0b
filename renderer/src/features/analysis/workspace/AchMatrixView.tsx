import { HTMLSelect } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { ACH_RATINGS, type AchRating } from '../../../../../shared/domain/analyticChecks';
import { useRateAch } from '../../../api/mutations';
import { useAchMatrix } from '../../../api/queries';
import { GradeBadge } from '../../../components/GradeBadge';
import { ui } from '../../../state/uiStore';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { clipQuote } from '../../excerpts/panel/quoteText';
import { formatScore } from '../labels';
import { AchSensitivity } from './AchSensitivity';
import { WorkspaceViewFrame } from './WorkspaceViewFrame';

/**
 * Analysis of Competing Hypotheses: hypotheses × evidence, each cell a consistency rating.
 * Below, each hypothesis's weighted inconsistency score and rank (fewest points against it
 * first); rows that help tell hypotheses apart are highlighted, the others dimmed. A
 * structured view for the analyst's reasoning, not a verdict.
 */
export function AchMatrixView({ casePath }: { casePath: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const query = useAchMatrix();
  const rate = useRateAch();
  const m = query.data;
  const ratingLabel = (r: AchRating) => `${r} – ${t(`analysis.ach.rating.${r}`)}`;
  return (
    <WorkspaceViewFrame casePath={casePath} title={t('analysis.ach.title')} icon="th">
      <p className="wb-analysis-view__intro">{t('analysis.ach.intro')}</p>
      {query.error && <ErrorCallout error={toWireError(query.error)} />}
      {rate.error && <ErrorCallout error={toWireError(rate.error)} />}
      {m && m.hypotheses.length === 0 && <p className="wb-muted">{t('analysis.ach.noHypotheses')}</p>}
      {m && m.hypotheses.length > 0 && m.rows.length === 0 && <p className="wb-muted">{t('analysis.ach.noRows')}</p>}
      {m && m.hypotheses.length > 0 && m.rows.length > 0 && (
        <>
          <div className="wb-ach__scroll">
            <table className="wb-ach" aria-label={t('analysis.ach.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('analysis.ach.evidence')}</th>
                  <th scope="col">{t('analysis.ach.grade')}</th>
                  {m.hypotheses.map((h, i) => (
                    <th key={h.id} scope="col" className="wb-ach__hyp">
                      <button type="button" className="wb-linklike" onClick={() => ui.selectAnalysis(casePath, h.id)}>
                        <span className="wb-ach__hyp-code">H{i + 1}</span> {clipQuote(h.text, 80)}
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {m.rows.map((row) => (
                  <tr
                    key={row.excerptId}
                    className={row.diagnostic ? 'wb-ach__row--diagnostic' : 'wb-ach__row--flat'}
                    data-diagnostic={row.diagnostic}
                  >
                    <th scope="row" className="wb-ach__evidence">
                      <span className="wb-ach__quote">
                        {t('analysis.quoted', { quote: clipQuote(row.quote, 140) })}
                      </span>
                      <span className="wb-muted wb-ach__origin">
                        {t('analysis.ach.origin', { title: row.originTitle })} ·{' '}
                        {row.diagnostic ? t('analysis.ach.diagnostic') : t('analysis.ach.notDiagnostic')}
                      </span>
                    </th>
                    <td>
                      <GradeBadge grade={row.grade} />
                      <span className="wb-muted wb-ach__weight">
                        {t('analysis.ach.weight', { weight: formatScore(row.weight, lang) })}
                      </span>
                    </td>
                    {m.hypotheses.map((h, i) => (
                      <td key={h.id} className="wb-ach__cell" data-rating={row.cells[i] ?? ''}>
                        <HTMLSelect
                          minimal
                          aria-label={t('analysis.ach.cellLabel', {
                            quote: clipQuote(row.quote, 40),
                            hypothesis: `H${i + 1}`,
                          })}
                          value={row.cells[i] ?? ''}
                          options={[{ value: '', label: '—' }, ...ACH_RATINGS.map((r) => ({ value: r, label: r }))]}
                          onChange={(e) =>
                            rate.mutate({
                              hypothesisId: h.id,
                              excerptId: row.excerptId,
                              rating: (e.currentTarget.value || null) as AchRating | null,
                            })
                          }
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t('analysis.ach.inconsistency')}
                  </th>
                  {m.scores.map((s) => (
                    <td key={s.hypothesisId} className="wb-ach__score">
                      {formatScore(s.inconsistency, lang)}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t('analysis.ach.rank')}
                  </th>
                  {m.scores.map((s) => (
                    <td key={s.hypothesisId} className="wb-ach__rank">
                      {s.rank}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="wb-muted wb-ach__legend">
            {ACH_RATINGS.map(ratingLabel).join(' · ')}. {t('analysis.ach.scoreHelp')}
          </p>
          <AchSensitivity matrix={m} />
        </>
      )}
    </WorkspaceViewFrame>
  );
}
