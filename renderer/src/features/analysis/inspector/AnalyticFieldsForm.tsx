import type { ReactNode } from 'react';
import { FormGroup, HTMLSelect, Switch, TagInput, TextArea } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../../shared/contract/errors';
import { RATED_KINDS, type AnalyticObject } from '../../../../../shared/domain/analysis';
import { TLP_MARKINGS, type TlpMarking } from '../../../../../shared/domain/markings';
import { useUpdateAnalytic } from '../../../api/mutations';
import { describeError } from '../../errors/describeError';
import { useAutoSave } from '../../sources/inspector/useAutoSave';

type Patch = Parameters<ReturnType<typeof useUpdateAnalytic>['mutateAsync']>[0]['patch'];

function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <FormGroup label={label} labelFor={id} intent={error ? 'danger' : 'none'} helperText={error ?? undefined}>
      {children}
    </FormGroup>
  );
}

/** Text, notes, tags, marking, rationale (and a gap's open/closed); every field saves itself. */
export function AnalyticFieldsForm({ object }: { object: AnalyticObject }) {
  const { t, i18n } = useTranslation();
  const { mutateAsync } = useUpdateAnalytic();
  const update = (patch: Patch) => mutateAsync({ id: object.id, patch });
  const errorText = (e: WireError | null) => (e ? describeError(t, e, i18n.language).message : null);
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
      <Field
        id={`${id}-text`}
        label={t('analysis.fields.text')}
        error={text.value.trim() === '' ? t('analysis.fields.textRequired') : errorText(text.error)}
      >
        <TextArea
          id={`${id}-text`}
          fill
          rows={3}
          value={text.value}
          maxLength={20_000}
          onChange={(e) => text.change(e.target.value)}
          onBlur={text.commit}
        />
      </Field>
      {rated && (
        <Field id={`${id}-rationale`} label={t('analysis.fields.rationale')} error={errorText(rationale.error)}>
          <TextArea
            id={`${id}-rationale`}
            fill
            rows={3}
            value={rationale.value}
            placeholder={t('analysis.fields.rationalePlaceholder')}
            maxLength={100_000}
            onChange={(e) => rationale.change(e.target.value)}
            onBlur={rationale.commit}
          />
        </Field>
      )}
      <Field id={`${id}-notes`} label={t('analysis.fields.notes')} error={errorText(notes.error)}>
        <TextArea
          id={`${id}-notes`}
          fill
          rows={2}
          value={notes.value}
          maxLength={100_000}
          onChange={(e) => notes.change(e.target.value)}
          onBlur={notes.commit}
        />
      </Field>
      <Field id={`${id}-tags`} label={t('analysis.fields.tags')} error={errorText(tags.error)}>
        <TagInput
          inputProps={{ id: `${id}-tags` }}
          values={tags.value ? tags.value.split('\n') : []}
          addOnBlur
          separator={/[,\n]/}
          tagProps={{ minimal: true }}
          placeholder={t('analysis.fields.tagsPlaceholder')}
          onChange={(values) => {
            const clean = [...new Set(values.map((v) => String(v).trim().slice(0, 100)).filter(Boolean))];
            tags.set(clean.join('\n'));
          }}
        />
      </Field>
      <Field id={`${id}-tlp`} label={t('analysis.fields.tlp')} error={errorText(tlp.error)}>
        <HTMLSelect
          id={`${id}-tlp`}
          value={tlp.value}
          options={TLP_MARKINGS.map((m) => ({ value: m, label: m }))}
          onChange={(e) => tlp.set(e.currentTarget.value as TlpMarking)}
        />
      </Field>
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
