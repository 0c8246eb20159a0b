import { useEffect, useState } from 'react';
import { Button, Spinner } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { RATED_KINDS } from '../../../../../shared/domain/analysis';
import type { CaseInfo } from '../../../../../shared/domain/case';
import { useAnalyticObject } from '../../../api/queries';
import { PropertyList } from '../../../components/PropertyList';
import { ui } from '../../../state/uiStore';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { confidenceLabel, likelihoodLabel } from '../labels';
import { AnalyticFieldsForm } from './AnalyticFieldsForm';
import { ConfidenceAssistant } from './ConfidenceAssistant';
import { EvidenceSection } from './EvidenceSection';
import { LinksSection } from './LinksSection';
import { ObjectChecks } from './ObjectChecks';
import { RatingDialog, type RatingRequest } from './RatingDialog';
import { RatingHistory } from './RatingHistory';
import { InspectorHeading } from '../../../components/InspectorHeading';

/**
 * The inspector for a claim, judgment, hypothesis, assumption, gap or indicator: its words
 * and marking, its ratings (each changed with a reason), the checks that concern it, the
 * confidence assistant, its evidence with grades and origins, its links and its rating history.
 */
export function AnalysisInspector({ info, objectId }: { info: CaseInfo; objectId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const query = useAnalyticObject(objectId);
  const [rating, setRating] = useState<RatingRequest | null>(null);
  const gone = query.error?.code === 'NOT_FOUND';
  // Deleted elsewhere (another window, the CLI): the selection ends.
  useEffect(() => {
    if (gone) ui.selectAnalysis(info.path, null);
  }, [gone, info.path]);
  if (query.error) return gone ? null : <ErrorCallout error={toWireError(query.error)} />;
  const object = query.data;
  if (!object) return <Spinner size={20} aria-label={t('analysis.loading')} className="wb-inspector__spinner" />;
  const rated = RATED_KINDS.includes(object.kind);
  const notRated = <span className="wb-muted">{t('analysis.rating.none')}</span>;
  const offScale = object.likelihood && object.likelihood.scale !== info.likelihoodScale;

  return (
    <div className="wb-inspector wb-analysis-inspector" aria-label={t('analysis.inspectorLabel')}>
      <InspectorHeading title={t(`analysis.kinds.${object.kind}`)} />
      <div className="wb-inspector__section">
        <AnalyticFieldsForm key={object.id} object={object} />
      </div>
      {rated && (
        <>
          <InspectorHeading title={t('analysis.rating.title')} />
          <PropertyList
            items={[
              {
                label: t('analysis.rating.likelihood'),
                value: (
                  <>
                    {object.likelihood ? (
                      <span className="wb-badge wb-badge--likelihood">{likelihoodLabel(object.likelihood, lang)}</span>
                    ) : (
                      notRated
                    )}
                    {offScale && <span className="wb-muted"> ({t(`scales.${object.likelihood!.scale}`)})</span>}
                    <Button
                      size="small"
                      variant="minimal"
                      icon="edit"
                      text={t('analysis.rating.change')}
                      aria-label={t('analysis.rating.changeLikelihood')}
                      onClick={() => setRating({ field: 'likelihood' })}
                    />
                  </>
                ),
              },
              {
                label: t('analysis.rating.confidence'),
                value: (
                  <>
                    {object.confidence ? (
                      <span className={`wb-badge wb-badge--confidence wb-badge--${object.confidence}`}>
                        {confidenceLabel(object.confidence, lang)}
                      </span>
                    ) : (
                      notRated
                    )}
                    <Button
                      size="small"
                      variant="minimal"
                      icon="edit"
                      text={t('analysis.rating.change')}
                      aria-label={t('analysis.rating.changeConfidence')}
                      onClick={() => setRating({ field: 'confidence' })}
                    />
                  </>
                ),
              },
            ]}
          />
        </>
      )}
      <InspectorHeading title={t('analysis.checks.title')} />
      <div className="wb-inspector__section">
        <ObjectChecks casePath={info.path} objectId={object.id} />
      </div>
      {rated && (
        <>
          <InspectorHeading title={t('analysis.assistant.title')} />
          <div className="wb-inspector__section">
            <ConfidenceAssistant
              objectId={object.id}
              onApply={(value, reason) => setRating({ field: 'confidence', value, reason })}
            />
          </div>
          <InspectorHeading title={t('analysis.evidence.title')} />
          <div className="wb-inspector__section">
            <EvidenceSection
              casePath={info.path}
              evidence={object.evidence}
              supportingOrigins={object.supportingOrigins}
            />
          </div>
        </>
      )}
      <InspectorHeading title={t('analysis.links.title')} />
      <div className="wb-inspector__section">
        <LinksSection casePath={info.path} object={object} linksOut={object.linksOut} linksIn={object.linksIn} />
      </div>
      {rated && (
        <>
          <InspectorHeading title={t('analysis.history.title')} />
          <div className="wb-inspector__section">
            <RatingHistory objectId={object.id} evidence={object.evidence} />
          </div>
        </>
      )}
      {rating && (
        <RatingDialog object={object} scale={info.likelihoodScale} request={rating} onClose={() => setRating(null)} />
      )}
    </div>
  );
}
