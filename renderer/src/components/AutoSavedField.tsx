import type { ReactNode } from 'react';
import { FormGroup, TagInput, TextArea } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../shared/contract/errors';
import { describeError } from '../features/errors/describeError';

/** What useAutoSave gives a field (features/sources/inspector/useAutoSave.ts). */
interface AutoSaved {
  value: string;
  change: (value: string) => void;
  set: (value: string) => void;
  commit: () => void;
  error: WireError | null;
}

/**
 * A labelled field that saves itself: when its last save failed, it turns red and says
 * why (in the UI language), unless the form has a message of its own (a required field).
 */
export function AutoSavedField(props: {
  id: string;
  label: string;
  error: WireError | null;
  /** Shown instead of the save error, e.g. "The text cannot be empty". */
  message?: string | null;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const text = props.message ?? (props.error ? describeError(t, props.error, i18n.language).message : null);
  return (
    <FormGroup label={props.label} labelFor={props.id} intent={text ? 'danger' : 'none'} helperText={text ?? undefined}>
      {props.children}
    </FormGroup>
  );
}

/** Words that save after a pause and on blur. */
export function AutoSavedTextArea(props: {
  id: string;
  label: string;
  field: AutoSaved;
  rows: number;
  maxLength: number;
  placeholder?: string;
  message?: string | null;
}) {
  const { field } = props;
  return (
    <AutoSavedField id={props.id} label={props.label} error={field.error} message={props.message}>
      <TextArea
        id={props.id}
        fill
        rows={props.rows}
        value={field.value}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        onChange={(e) => field.change(e.target.value)}
        onBlur={field.commit}
      />
    </AutoSavedField>
  );
}

/**
 * Tags, saved as soon as one is added or removed. The field holds them as one
 * newline-joined string, so a draft compares by value; each is trimmed, at most 100
 * characters, and given once.
 */
export function AutoSavedTags(props: { id: string; label: string; field: AutoSaved; placeholder: string }) {
  const { field } = props;
  return (
    <AutoSavedField id={props.id} label={props.label} error={field.error}>
      <TagInput
        inputProps={{ id: props.id }}
        values={field.value ? field.value.split('\n') : []}
        addOnBlur
        separator={/[,\n]/}
        tagProps={{ minimal: true }}
        placeholder={props.placeholder}
        onChange={(values) => {
          const clean = [...new Set(values.map((v) => String(v).trim().slice(0, 100)).filter(Boolean))];
          field.set(clean.join('\n'));
        }}
      />
    </AutoSavedField>
  );
}
