import { HTMLSelect, Switch } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { RATED_KINDS, type AnalyticObject } from '../../../../../shared/domain/analysis';
import { TLP_MARKINGS, type TlpMarking } from '../../../../../shared/domain/markings';
import { useUpdateAnalytic } from '../../../api/mutations';
import { AutoSavedField, AutoSavedTags, AutoSavedTextArea } from '../../../components/AutoSavedField';
import { useAutoSave } from '../../sources/inspector/useAutoSave';

type Patch = Parameters<ReturnType<typeof useUpdateAnalytic>['mutateAsync']>[0]['patch'];

/** Text, notes, tags, marking, rationale (and a gap's open/closed); every field saves itself. */
export function AnalyticFieldsForm({ object }: { object: AnalyticObject }) {
  const { t } = useTranslation();
  const { mutateAsync } = useUpdateAnalytic();
  const update = (patch: Patch) => mutateAsync({ id: object.id, patch });
  const id = `analytic-${object.id}`;
  const text = useAutoSave(
    object.text,
    (v) => update({ text: v }),
    (v) => v.trim() !== '',
  );
  const notes = useAutoSave(object.notes, (v) => update({ notes: v }));
  const rationale = useAutoSave(object.rationale, (v) => update({ rationale: v }));
  // Tags as one newline-joined string so a draft compares by value.
  const tags = useAutoSave(object.tags.join('\n'), (v) => update({ tags: v ? v.split('\n') : [] }));
  const tlp = useAutoSave(object.tlp, (v) => update({ tlp: v }));
  const rated = RATED_KINDS.includes(object.kind);

  return (
    <div className="wb-analytic-form">
      <AutoSavedTextArea
        id={`${id}-text`}
        label={t('analysis.fields.text')}
        field={text}
        rows={3}
        maxLength={20_000}
        message={text.value.trim() === '' ? t('analysis.fields.textRequired') : null}
      />
      {rated && (
        <AutoSavedTextArea
          id={`${id}-rationale`}
          label={t('analysis.fields.rationale')}
          field={rationale}
          rows={3}
          maxLength={100_000}
          placeholder={t('analysis.fields.rationalePlaceholder')}
        />
      )}
      <AutoSavedTextArea
        id={`${id}-notes`}
        label={t('analysis.fields.notes')}
        field={notes}
        rows={2}
        maxLength={100_000}
      />
      <AutoSavedTags
        id={`${id}-tags`}
        label={t('analysis.fields.tags')}
        field={tags}
        placeholder={t('analysis.fields.tagsPlaceholder')}
      />
      <AutoSavedField id={`${id}-tlp`} label={t('analysis.fields.tlp')} error={tlp.error}>
        <HTMLSelect
          id={`${id}-tlp`}
          value={tlp.value}
          options={TLP_MARKINGS.map((m) => ({ value: m, label: m }))}
          onChange={(e) => tlp.set(e.currentTarget.value as TlpMarking)}
        />
      </AutoSavedField>
      {object.kind === 'gap' && (
        <GapStatus
          object={object}
          onChange={(open) => void update({ gapStatus: open ? 'open' : 'closed' }).catch(() => undefined)}
        />
      )}
    </div>
  );
}

function GapStatus({ object, onChange }: { object: AnalyticObject; onChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Switch
      checked={object.gapStatus !== 'closed'}
      label={t('analysis.fields.gapOpen')}
      onChange={(e) => onChange(e.currentTarget.checked)}
    />
  );
}
