import { useState } from 'react';
import { Button, HTMLSelect } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { AnalyticLink, AnalyticObject } from '../../../../../shared/domain/analysis';
import { useLinkAnalytic, useUnlinkAnalytic } from '../../../api/mutations';
import { useAnalysisList } from '../../../api/queries';
import { ui } from '../../../state/uiStore';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { clipQuote } from '../../excerpts/panel/quoteText';
import { linkOptions } from '../labels';

/**
 * Links to other objects (a gap weakens a judgment, an indicator belongs to one, a judgment
 * rests on assumptions, a claim supports a judgment), from both ends, with a picker to add one.
 */
export function LinksSection({
  casePath,
  object,
  linksOut,
  linksIn,
}: {
  casePath: string;
  object: AnalyticObject;
  linksOut: readonly AnalyticLink[];
  linksIn: readonly AnalyticLink[];
}) {
  const { t } = useTranslation();
  const options = linkOptions(object.kind);
  const [optionIndex, setOptionIndex] = useState(0);
  const [otherId, setOtherId] = useState('');
  const option = options[optionIndex];
  const candidates = useAnalysisList(option ? { kinds: [...option.otherKinds] } : {});
  const link = useLinkAnalytic();
  const unlink = useUnlinkAnalytic();
  const error = link.error ?? unlink.error;
  const links = [
    ...linksOut.map((l) => ({ l, direction: 'out' as const })),
    ...linksIn.map((l) => ({ l, direction: 'in' as const })),
  ];
  const choices = (candidates.data?.items ?? []).filter((o) => o.id !== object.id);

  const add = () => {
    if (!option || !otherId) return;
    const ends =
      option.direction === 'out' ? { fromId: object.id, toId: otherId } : { fromId: otherId, toId: object.id };
    link.mutate({ ...ends, relation: option.relation }, { onSuccess: () => setOtherId('') });
  };

  return (
    <div className="wb-analysis-links">
      {error && <ErrorCallout error={toWireError(error)} />}
      {links.length === 0 ? (
        <p className="wb-muted wb-history__empty">{t('analysis.links.none')}</p>
      ) : (
        <ul className="wb-analysis-links__list" aria-label={t('analysis.links.title')}>
          {links.map(({ l, direction }) => (
            <li key={`${l.fromId}:${l.relation}:${l.toId}`} className="wb-analysis-link">
              <span className="wb-analysis-link__relation">{t(`analysis.links.${direction}.${l.relation}`)}</span>
              <button type="button" className="wb-linklike" onClick={() => ui.selectAnalysis(casePath, l.other.id)}>
                {t(`analysis.kinds.${l.other.kind}`)}: {clipQuote(l.other.text, 120)}
              </button>
              <Button
                size="small"
                variant="minimal"
                icon="cross"
                aria-label={t('analysis.links.remove', { text: clipQuote(l.other.text, 60) })}
                onClick={() => unlink.mutate({ fromId: l.fromId, toId: l.toId, relation: l.relation })}
              />
            </li>
          ))}
        </ul>
      )}
      {options.length > 0 && (
        <div className="wb-analysis-links__add" role="group" aria-label={t('analysis.links.add')}>
          <HTMLSelect
            aria-label={t('analysis.links.relation')}
            value={String(optionIndex)}
            options={options.map((o, i) => ({
              value: String(i),
              label: t(`analysis.links.${o.direction}.${o.relation}`),
            }))}
            onChange={(e) => {
              setOptionIndex(Number(e.currentTarget.value));
              setOtherId('');
            }}
          />
          <HTMLSelect
            aria-label={t('analysis.links.other')}
            value={otherId}
            options={[
              { value: '', label: choices.length ? t('analysis.links.choose') : t('analysis.links.noCandidates') },
              ...choices.map((o) => ({
                value: o.id,
                label: `${t(`analysis.kinds.${o.kind}`)}: ${clipQuote(o.text, 60)}`,
              })),
            ]}
            onChange={(e) => setOtherId(e.currentTarget.value)}
          />
          <Button
            size="small"
            icon="link"
            text={t('analysis.links.link')}
            disabled={!otherId}
            onClick={add}
            loading={link.isPending}
          />
        </div>
      )}
    </div>
  );
}
