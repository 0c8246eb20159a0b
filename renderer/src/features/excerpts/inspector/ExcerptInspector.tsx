import { useEffect, useRef, useState } from 'react';
import { Button, Spinner } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useExcerpt } from '../../../api/queries';
import { ui } from '../../../state/uiStore';
import { UseAsEvidenceDialog } from '../../analysis/evidence/UseAsEvidenceDialog';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { readerLang } from '../../sources/labels';
import { showInSource } from '../panel/showInSource';
import { useSourceSummaries } from '../panel/useSourceSummaries';
import { AnchorHistory } from './AnchorHistory';
import { DeleteExcerptDialog } from './DeleteExcerptDialog';
import { ExcerptAnnotationsForm } from './ExcerptAnnotationsForm';
import { ExcerptProvenance } from './ExcerptProvenance';
import { ExcerptUses } from './ExcerptUses';
import { QuoteView } from './QuoteView';
import { ReanchorPanel } from './ReanchorPanel';
import { InspectorHeading } from '../../../components/InspectorHeading';

/**
 * The inspector for the selected excerpt: its words (and translation), what re-anchoring
 * asks of the analyst, the analyst's annotations, provenance and anchoring history.
 */
export function ExcerptInspector({ casePath, excerptId }: { casePath: string; excerptId: string }) {
  const { t } = useTranslation();
  const query = useExcerpt(excerptId);
  const sources = useSourceSummaries();
  const [deleting, setDeleting] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const [using, setUsing] = useState(false);
  const useButton = useRef<HTMLButtonElement>(null);
  const gone = query.error?.code === 'NOT_FOUND';
  // Deleted here, in another window or from the CLI: the selection ends, the inspector moves on.
  useEffect(() => {
    if (gone) ui.selectExcerpt(casePath, null);
  }, [gone, casePath]);

  if (query.error) return gone ? null : <ErrorCallout error={toWireError(query.error)} />;
  const excerpt = query.data;
  if (!excerpt) return <Spinner size={20} aria-label={t('excerpts.loading')} className="wb-inspector__spinner" />;
  const source = sources.get(excerpt.sourceId);
  const lang = source ? readerLang(source.language, undefined) : undefined;
  const orphan = excerpt.start === null;

  return (
    <div className="wb-inspector wb-excerpt-inspector">
      <InspectorHeading title={t('excerpts.inspectorTitle')} />
      <div className="wb-excerpt-inspector__actions">
        <Button
          size="small"
          variant="outlined"
          icon="locate"
          text={t('excerpts.showInSource')}
          disabled={orphan}
          title={orphan ? t('excerpts.orphanNoPlace') : undefined}
          onClick={() => showInSource(casePath, excerpt)}
        />
        <Button
          size="small"
          variant="minimal"
          icon="trash"
          intent="danger"
          text={t('excerpts.delete.open')}
          ref={deleteButton}
          onClick={() => setDeleting(true)}
        />
      </div>
      <QuoteView excerpt={excerpt} lang={lang} />
      <ReanchorPanel excerpt={excerpt} lang={lang} />
      <InspectorHeading title={t('excerpts.annotations')} />
      <div className="wb-inspector__section">
        <ExcerptAnnotationsForm key={excerpt.id} excerpt={excerpt} sourceLanguage={source?.language} />
      </div>
      <InspectorHeading title={t('excerpts.uses.title')}>
        <Button
          size="small"
          variant="minimal"
          icon="link"
          text={t('analysis.use.open')}
          ref={useButton}
          onClick={() => setUsing(true)}
        />
      </InspectorHeading>
      <div className="wb-inspector__section">
        <ExcerptUses excerptId={excerpt.id} />
      </div>
      <InspectorHeading title={t('excerpts.provenance')} />
      <ExcerptProvenance excerpt={excerpt} casePath={casePath} />
      <InspectorHeading title={t('excerpts.history.title')} />
      <div className="wb-inspector__section">
        <AnchorHistory excerptId={excerpt.id} lang={lang} />
      </div>
      {using && (
        <UseAsEvidenceDialog
          excerptId={excerpt.id}
          onClose={() => {
            setUsing(false);
            // After the dialog has gone (its focus trap would take focus back while it is still there).
            window.requestAnimationFrame(() => useButton.current?.focus());
          }}
        />
      )}
      {deleting && (
        <DeleteExcerptDialog
          excerpt={excerpt}
          lang={lang}
          onClose={() => {
            setDeleting(false);
            deleteButton.current?.focus();
          }}
          onDeleted={() => {
            setDeleting(false);
            ui.selectExcerpt(casePath, null);
          }}
        />
      )}
    </div>
  );
}
