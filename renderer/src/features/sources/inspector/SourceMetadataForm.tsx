import type { ReactNode } from 'react';
import { FormGroup, HTMLSelect, InputGroup, TagInput, TextArea } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { TLP_MARKINGS, type TlpMarking } from '../../../../../shared/domain/markings';
import { WORKING_LANGUAGES, type WorkingLanguage } from '../../../../../shared/domain/scales';
import {
  SOURCE_TYPES,
  type SourceDetail,
  type SourceMetadataPatch,
  type SourceType,
} from '../../../../../shared/domain/source';
import type { WireError } from '../../../../../shared/contract/errors';
import { useUpdateSource } from '../../../api/mutations';
import { describeError } from '../../errors/describeError';
import { languageLabel, sourceTypeLabel } from '../labels';
import { fromDateInput, toDateInput } from './dateInput';
import { useAutoSave } from './useAutoSave';

function Field({
  id,
  label,
  help,
  error,
  children,
}: {
  id: string;
  label: string;
  help?: string;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <FormGroup label={label} labelFor={id} intent={error ? 'danger' : 'none'} helperText={error ?? help}>
      {children}
    </FormGroup>
  );
}

/** The analyst-editable description of a source; every field saves itself. */
export function SourceMetadataForm({ source }: { source: SourceDetail }) {
  const { t, i18n } = useTranslation();
  const { mutateAsync } = useUpdateSource();
  const update = (patch: SourceMetadataPatch) => mutateAsync({ sourceId: source.id, patch });
  const errorText = (e: WireError | null) => (e ? describeError(t, e, i18n.language).message : null);

  const title = useAutoSave(
    source.title,
    (v) => update({ title: v.trim() }),
    (v) => v.trim() !== '',
  );
  const author = useAutoSave(source.author, (author) => update({ author }));
  const outlet = useAutoSave(source.outlet, (outlet) => update({ outlet }));
  const url = useAutoSave(source.url, (v) => update({ url: v.trim() }));
  const published = useAutoSave(toDateInput(source.publishedAt), (v) => update({ publishedAt: fromDateInput(v) }));
  const retrieved = useAutoSave(toDateInput(source.retrievedAt), (v) => update({ retrievedAt: fromDateInput(v) }));
  const language = useAutoSave(source.language, (language) => update({ language }));
  const sourceType = useAutoSave(source.sourceType, (sourceType) => update({ sourceType }));
  const tlp = useAutoSave(source.tlp, (tlp) => update({ tlp }));
  const notes = useAutoSave(source.notes, (notes) => update({ notes }));
  // Tags travel as one newline-joined string so a draft compares by value; the tag input
  // splits on newlines, so no tag can contain one.
  const tags = useAutoSave(source.tags.join('\n'), (v) => update({ tags: v ? v.split('\n') : [] }));

  const text = (id: string, label: string, field: ReturnType<typeof useAutoSave<string>>, extra = {}) => (
    <Field id={id} label={label} error={errorText(field.error)}>
      <InputGroup
        id={id}
        value={field.value}
        onValueChange={field.change}
        onBlur={field.commit}
        onKeyDown={(e) => e.key === 'Enter' && field.commit()}
        {...extra}
      />
    </Field>
  );

  const titleBlank = !title.value.trim();
  return (
    <div className="wb-source-form">
      <Field
        id="source-title"
        label={t('sourceFields.title')}
        error={titleBlank ? t('sourceFields.titleRequired') : errorText(title.error)}
      >
        <InputGroup
          id="source-title"
          required
          aria-invalid={titleBlank}
          intent={titleBlank ? 'danger' : 'none'}
          value={title.value}
          maxLength={1000}
          onValueChange={title.change}
          onBlur={title.commit}
          onKeyDown={(e) => e.key === 'Enter' && title.commit()}
        />
      </Field>
      {text('source-author', t('sourceFields.author'), author, { maxLength: 500 })}
      {text('source-outlet', t('sourceFields.outlet'), outlet, { maxLength: 500 })}
      {text('source-url', t('sourceFields.url'), url, { maxLength: 4000, spellCheck: false, type: 'url' })}
      <div className="wb-source-form__row">
        {text('source-published', t('sourceFields.published'), published, { type: 'date' })}
        {text('source-retrieved', t('sourceFields.retrieved'), retrieved, { type: 'date' })}
      </div>
      <div className="wb-source-form__row">
        <Field id="source-language" label={t('sourceFields.language')} error={errorText(language.error)}>
          <HTMLSelect
            id="source-language"
            fill
            value={language.value}
            options={WORKING_LANGUAGES.map((l) => ({ value: l, label: languageLabel(t, l) }))}
            onChange={(e) => language.set(e.currentTarget.value as WorkingLanguage)}
          />
        </Field>
        <Field id="source-type" label={t('sourceFields.type')} error={errorText(sourceType.error)}>
          <HTMLSelect
            id="source-type"
            fill
            value={sourceType.value}
            options={SOURCE_TYPES.map((s) => ({ value: s, label: sourceTypeLabel(t, s) }))}
            onChange={(e) => sourceType.set(e.currentTarget.value as SourceType)}
          />
        </Field>
      </div>
      <Field id="source-tlp" label={t('sourceFields.tlp')} error={errorText(tlp.error)}>
        <HTMLSelect
          id="source-tlp"
          fill
          value={tlp.value}
          options={TLP_MARKINGS.map((m) => ({ value: m, label: m }))}
          onChange={(e) => tlp.set(e.currentTarget.value as TlpMarking)}
        />
      </Field>
      <Field
        id="source-tags"
        label={t('sourceFields.tags')}
        help={t('sourceFields.tagsHelp')}
        error={errorText(tags.error)}
      >
        <TagInput
          inputProps={{ id: 'source-tags' }}
          values={tags.value ? tags.value.split('\n') : []}
          addOnBlur
          separator={/[,\n]/}
          tagProps={{ minimal: true }}
          onChange={(values) => {
            const clean = [...new Set(values.map((v) => String(v).trim().slice(0, 100)).filter(Boolean))];
            tags.set(clean.join('\n'));
          }}
        />
      </Field>
      <Field id="source-notes" label={t('sourceFields.notes')} error={errorText(notes.error)}>
        <TextArea
          id="source-notes"
          fill
          rows={4}
          value={notes.value}
          maxLength={100_000}
          onChange={(e) => notes.change(e.target.value)}
          onBlur={notes.commit}
        />
      </Field>
    </div>
  );
}
