import { Button, Spinner } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useSourceInfo } from '../../../api/queries';
import { ui, type SourceSelection } from '../../../state/uiStore';
import { DerivedFromPicker } from '../../analysis/origins/DerivedFromPicker';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { ProvenanceSection } from './ProvenanceSection';
import { ReliabilityEditor } from './ReliabilityEditor';
import { ReliabilityHistory } from './ReliabilityHistory';
import { SourceMetadataForm } from './SourceMetadataForm';
import { InspectorHeading } from '../../../components/InspectorHeading';

/**
 * The inspector for the selected source: its rating and history, description and provenance. It shows
 * metadata only, so it asks for the source without its text (sources.info): it appears at once beside a
 * large source whose text is still loading, and a metadata edit does not make it wait for the text.
 */
export function SourceInspector({ selection }: { selection: SourceSelection }) {
  const { t } = useTranslation();
  const query = useSourceInfo(selection.sourceId, selection.version);
  if (query.error) return <ErrorCallout error={toWireError(query.error)} />;
  if (!query.data) return <Spinner size={20} aria-label={t('reader.loading')} className="wb-inspector__spinner" />;
  const { source, version } = query.data;
  return (
    <div className="wb-inspector">
      <InspectorHeading title={t('sourceInspector.title')}>
        <Button
          size="small"
          variant="minimal"
          icon="trash"
          intent="danger"
          text={t('sourceInspector.delete')}
          onClick={() => ui.confirmDeleteSource(source.id, source.title)}
        />
      </InspectorHeading>
      <p className="wb-inspector__source-title">{source.title}</p>
      <InspectorHeading title={t('sourceInspector.reliability')} id="source-reliability-heading" />
      <div className="wb-inspector__section">
        <ReliabilityEditor
          key={`${source.id}:${source.reliability ?? ''}`}
          source={source}
          labelledBy="source-reliability-heading"
        />
      </div>
      <InspectorHeading title={t('history.title')} />
      <div className="wb-inspector__section">
        <ReliabilityHistory sourceId={source.id} />
      </div>
      <InspectorHeading title={t('analysis.origins.title')} />
      <div className="wb-inspector__section">
        <DerivedFromPicker sourceId={source.id} />
      </div>
      <InspectorHeading title={t('sourceInspector.details')} />
      <div className="wb-inspector__section">
        <SourceMetadataForm key={source.id} source={source} />
      </div>
      <InspectorHeading title={t('sourceInspector.provenance')} />
      <ProvenanceSection source={source} version={version} />
    </div>
  );
}
