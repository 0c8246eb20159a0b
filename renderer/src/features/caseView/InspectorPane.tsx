import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { CaseInfo } from '../../../../shared/domain/case';
import { useApi } from '../../api/client';
import { useCapabilities } from '../../api/queries';
import { PropertyList, type Property } from '../../components/PropertyList';
import { TlpLabel } from '../../components/TlpLabel';
import { formatBytes, formatDateTime } from '../../i18n/format';
import { useAnalysisSelection, useBriefingSelection, useExcerptSelection, useSelection } from '../../state/uiStore';
import { AnalysisInspector } from '../analysis/inspector/AnalysisInspector';
import { BriefingInspector } from '../briefings/BriefingInspector';
import { useRunCommand } from '../commands/commandContext';
import { ExcerptInspector } from '../excerpts/inspector/ExcerptInspector';
import { SourceInspector } from '../sources/inspector/SourceInspector';

/** The selection's properties: the selected analytic object or excerpt, else the open source; with nothing selected, the case itself. */
export function InspectorPane({ info }: { info: CaseInfo }) {
  const selection = useSelection(info.path);
  const excerptId = useExcerptSelection(info.path);
  const objectId = useAnalysisSelection(info.path);
  const briefingId = useBriefingSelection(info.path);
  if (objectId) return <AnalysisInspector key={objectId} info={info} objectId={objectId} />;
  if (excerptId) return <ExcerptInspector key={excerptId} casePath={info.path} excerptId={excerptId} />;
  if (briefingId) return <BriefingInspector key={briefingId} briefingId={briefingId} />;
  return selection ? <SourceInspector selection={selection} /> : <CaseInspector info={info} />;
}

function CaseInspector({ info }: { info: CaseInfo }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const canReveal = useCapabilities().data?.revealInFolder ?? false;
  const run = useRunCommand();
  const notSet = <span className="wb-muted">{t('inspector.notSet')}</span>;
  const lang = i18n.language;

  const items: Property[] = [
    { label: t('caseFields.question'), value: info.question || notSet },
    {
      label: t('caseFields.kiqs'),
      value: info.keyQuestions.length ? (
        <ol className="wb-kiq-list">
          {info.keyQuestions.map((k) => (
            <li key={k.id}>{k.text}</li>
          ))}
        </ol>
      ) : (
        notSet
      ),
    },
    { label: t('caseFields.author'), value: info.author || notSet },
    { label: t('caseFields.tlp'), value: <TlpLabel tlp={info.tlp} small /> },
    { label: t('caseFields.handling'), value: info.handling || notSet },
    { label: t('caseFields.scale'), value: t(`scales.${info.likelihoodScale}`) },
    { label: t('caseFields.language'), value: t(`workingLanguages.${info.language}`) },
  ];
  const fileItems: Property[] = [
    {
      label: t('inspector.file'),
      value: (
        <>
          <span>{info.path}</span>
          {canReveal && (
            <Button
              className="wb-reveal"
              size="small"
              variant="minimal"
              icon="folder-shared-open"
              text={t('inspector.reveal')}
              onClick={() => void api.host.revealInFolder({ path: info.path }).catch(() => undefined)}
            />
          )}
        </>
      ),
      breakAnywhere: true,
    },
    { label: t('inspector.created'), value: formatDateTime(info.createdAt, lang) },
    { label: t('inspector.updated'), value: formatDateTime(info.updatedAt, lang) },
    { label: t('inspector.size'), value: formatBytes(info.sizeBytes, lang) },
    { label: t('inspector.schema'), value: String(info.schemaVersion) },
  ];

  return (
    <div className="wb-inspector">
      <div className="wb-inspector__heading">
        <h3 className="wb-inspector__title">{t('inspector.caseTitle')}</h3>
        <Button
          size="small"
          variant="minimal"
          icon="edit"
          text={t('inspector.edit')}
          onClick={() => run('case.settings')}
        />
      </div>
      <PropertyList items={items} />
      <div className="wb-inspector__heading">
        <h3 className="wb-inspector__title">{t('inspector.fileTitle')}</h3>
      </div>
      <PropertyList items={fileItems} />
    </div>
  );
}
