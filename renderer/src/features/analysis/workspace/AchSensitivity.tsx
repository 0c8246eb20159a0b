import { useState } from 'react';
import { FormGroup, HTMLSelect } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { AchMatrix } from '../../../../../shared/contract/analysis';
import { clipQuote } from '../../excerpts/panel/quoteText';
import { formatScore } from '../labels';

/** "What if this source is wrong": the scores and ranks without one independent origin's evidence. */
export function AchSensitivity({ matrix }: { matrix: AchMatrix }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [originId, setOriginId] = useState('');
  const chosen = matrix.sensitivity.find((s) => s.originId === originId) ?? null;
  return (
    <section className="wb-ach-sensitivity" aria-labelledby="wb-ach-sensitivity-title">
      <h3 id="wb-ach-sensitivity-title" className="wb-analysis-view__subtitle">
        {t('analysis.ach.sensitivityTitle')}
      </h3>
      <FormGroup label={t('analysis.ach.dropOrigin')} labelFor="wb-ach-origin" inline>
        <HTMLSelect
          id="wb-ach-origin"
          value={originId}
          options={[
            { value: '', label: t('analysis.ach.chooseOrigin') },
            ...matrix.sensitivity.map((s) => ({ value: s.originId, label: s.originTitle })),
          ]}
          onChange={(e) => setOriginId(e.currentTarget.value)}
        />
      </FormGroup>
      {chosen && (
        <>
          <p role="status" className={chosen.rankingChanges ? 'wb-ach-sensitivity__changes' : undefined}>
            {t('analysis.ach.rowsDropped', { count: chosen.rowsDropped })}{' '}
            {chosen.rankingChanges ? t('analysis.ach.rankingChanges') : t('analysis.ach.rankingSame')}
          </p>
          <table className="wb-ach wb-ach--sensitivity" aria-label={t('analysis.ach.sensitivityTable')}>
            <thead>
              <tr>
                <th scope="col">{t('analysis.ach.hypothesis')}</th>
                <th scope="col">{t('analysis.ach.scoreWith')}</th>
                <th scope="col">{t('analysis.ach.scoreWithout')}</th>
                <th scope="col">{t('analysis.ach.rankWith')}</th>
                <th scope="col">{t('analysis.ach.rankWithout')}</th>
              </tr>
            </thead>
            <tbody>
              {matrix.hypotheses.map((h, i) => {
                const before = matrix.scores.find((s) => s.hypothesisId === h.id);
                const after = chosen.scores.find((s) => s.hypothesisId === h.id);
                return (
                  <tr key={h.id} className={before?.rank !== after?.rank ? 'wb-ach__row--moved' : undefined}>
                    <th scope="row">
                      H{i + 1} {clipQuote(h.text, 60)}
                    </th>
                    <td>{before ? formatScore(before.inconsistency, lang) : '–'}</td>
                    <td>{after ? formatScore(after.inconsistency, lang) : '–'}</td>
                    <td>{before?.rank ?? '–'}</td>
                    <td>{after?.rank ?? '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
