import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { Confidence } from '../../../../../shared/domain/tradecraft';
import { useSuggestConfidence } from '../../../api/queries';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';
import { confidenceLabel } from '../labels';

/**
 * A suggested confidence from ICD 203's three factors, each with its level and the facts
 * it was read from. It only suggests: "Apply" opens the rating dialog pre-filled, and the
 * analyst's reason goes into the history whatever is chosen.
 */
export function ConfidenceAssistant({
  objectId,
  onApply,
}: {
  objectId: string;
  onApply: (suggested: Confidence, reason: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const query = useSuggestConfidence(objectId);
  if (query.error) return <ErrorCallout error={toWireError(query.error)} />;
  const s = query.data;
  if (!s) return null;
  const english = lang.startsWith('en');
  return (
    <div className="wb-assistant">
      <ul className="wb-assistant__factors" aria-label={t('analysis.assistant.factors')}>
        {s.factors.map((f) => (
          <li key={f.factor} className="wb-assistant__factor">
            <span className="wb-assistant__name">{t(`analysis.assistant.factor.${f.factor}`)}</span>
            <span className={`wb-badge wb-badge--confidence wb-badge--${f.level}`}>
              {confidenceLabel(f.level, lang)}
            </span>
            {english && <span className="wb-assistant__reason">{f.reason}</span>}
            <span className="wb-assistant__facts wb-muted">
              {Object.entries(f.facts)
                .map(([k, v]) => `${t(`analysis.assistant.fact.${k}`, { defaultValue: k })}: ${v}`)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <p className="wb-assistant__suggestion" role="status">
        {t('analysis.assistant.suggested', { level: confidenceLabel(s.suggested, lang) })}
        {s.current && s.current !== s.suggested && (
          <> {t('analysis.assistant.current', { level: confidenceLabel(s.current, lang) })}</>
        )}
      </p>
      {english && <p className="wb-assistant__explanation wb-muted">{s.explanation}</p>}
      <Button
        size="small"
        variant="outlined"
        icon="tick"
        text={t('analysis.assistant.apply')}
        onClick={() =>
          onApply(
            s.suggested,
            t('analysis.assistant.applyReason', {
              factors: s.factors
                .map((f) => `${t(`analysis.assistant.factor.${f.factor}`)}: ${confidenceLabel(f.level, lang)}`)
                .join('; '),
            }),
          )
        }
      />
    </div>
  );
}
