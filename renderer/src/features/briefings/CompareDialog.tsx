import { Button, Callout } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { JudgmentState } from '../../../../shared/domain/briefing';
import type { BriefingLanguage } from '../../../../shared/editor/templates';
import { useMethodQuery } from '../../api/queries';
import { AppDialog } from '../../components/AppDialog';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';
import type { DocNode } from '../../../../shared/editor/document';
import { confidenceLabel, likelihoodLabel, shortText } from './ratingLabels';

interface CompareDialogProps {
  briefingId: string;
  language: BriefingLanguage;
  canInsert: boolean;
  onInsert: (section: DocNode[]) => void;
  onClose: () => void;
}

function Rating({ j, language }: { j: JudgmentState; language: BriefingLanguage }) {
  const parts = [
    j.likelihood ? likelihoodLabel(j.likelihood, language) : null,
    j.confidence ? confidenceLabel(j.confidence, language) : null,
  ].filter(Boolean);
  return <span className="wb-compare__rating">{parts.join(', ') || '—'}</span>;
}

/** "Compare with previous edition": judgments added, removed and re-rated, and the What-changed section. */
export function CompareDialog({ briefingId, language, canInsert, onInsert, onClose }: CompareDialogProps) {
  const { t } = useTranslation();
  const compare = useMethodQuery('briefings.compare', { id: briefingId }, { staleTime: 0, gcTime: 0 });
  const c = compare.data;
  const list = (title: string, items: JudgmentState[]) => (
    <section className="wb-compare__group">
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="wb-muted">{t('briefing.compare.none')}</p>
      ) : (
        <ul>
          {items.map((j) => (
            <li key={j.id}>
              {shortText(j.text, 160)} <Rating j={j} language={language} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <AppDialog
      isOpen
      title={t('briefing.compare.title')}
      icon="comparison"
      closeLabel={t('common.close')}
      onClose={onClose}
      className="wb-compare"
      footer={
        <>
          <Button text={t('common.close')} onClick={onClose} />
          <Button
            intent="primary"
            text={t('briefing.compare.insert')}
            disabled={!c || !canInsert}
            onClick={() => {
              if (c) onInsert(c.section);
              onClose();
            }}
          />
        </>
      }
    >
      {compare.error && <ErrorCallout error={toWireError(compare.error)} />}
      {c && !c.previous && <Callout intent="primary">{t('briefing.compare.noPrevious')}</Callout>}
      {c?.previous && (
        <>
          <p>{t('briefing.compare.against', { title: c.previous.title, edition: c.previous.edition })}</p>
          {list(t('briefing.compare.added'), c.added)}
          {list(t('briefing.compare.removed'), c.removed)}
          <section className="wb-compare__group">
            <h4>{t('briefing.compare.changed')}</h4>
            {c.changed.length === 0 ? (
              <p className="wb-muted">{t('briefing.compare.none')}</p>
            ) : (
              <ul>
                {c.changed.map(({ before, after }) => (
                  <li key={after.id}>
                    {shortText(after.text, 160)} <Rating j={before} language={language} /> →{' '}
                    <Rating j={after} language={language} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </AppDialog>
  );
}
