import { useState } from 'react';
import { FormGroup, HTMLSelect, TextArea } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../../shared/contract/errors';
import type { Excerpt, ExcerptColour, ExcerptPatch } from '../../../../../shared/domain/excerpt';
import { useUpdateExcerpt } from '../../../api/mutations';
import { AutoSavedField, AutoSavedTags, AutoSavedTextArea } from '../../../components/AutoSavedField';
import { describeError } from '../../errors/describeError';
import { useAutoSave } from '../../sources/inspector/useAutoSave';
import { ColourPicker } from './ColourPicker';
import {
  decodeTranslation,
  defaultTranslationLanguage,
  encodeTranslation,
  toStoredTranslation,
} from './translationDraft';

const TRANSLATION_LANGUAGES = ['en', 'de'] as const;

/** What the analyst adds to the words: colour, tags, comment and a translation; every field saves itself. */
export function ExcerptAnnotationsForm({
  excerpt,
  sourceLanguage,
}: {
  excerpt: Excerpt;
  sourceLanguage: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { mutateAsync } = useUpdateExcerpt();
  const update = (patch: ExcerptPatch) => mutateAsync({ excerptId: excerpt.id, patch });
  const errorText = (e: WireError | null) => (e ? describeError(t, e, i18n.language).message : null);
  const id = `excerpt-${excerpt.id}`;

  const colour = useAutoSave<ExcerptColour>(excerpt.colour, (c) => update({ colour: c }));
  // Tags as one newline-joined string so a draft compares by value (the tag input splits on newlines).
  const tags = useAutoSave(excerpt.tags.join('\n'), (v) => update({ tags: v ? v.split('\n') : [] }));
  const comment = useAutoSave(excerpt.comment, (c) => update({ comment: c }));
  // The language offered while there is no translation yet; choosing one saves nothing until words follow.
  const [newLanguage, setNewLanguage] = useState(() => defaultTranslationLanguage(sourceLanguage, i18n.language));
  const translation = useAutoSave(encodeTranslation(excerpt.translation, newLanguage), (v) =>
    update({ translation: toStoredTranslation(v) }),
  );
  const draft = decodeTranslation(translation.value);
  const languages: string[] = TRANSLATION_LANGUAGES.includes(draft.language as 'en' | 'de')
    ? [...TRANSLATION_LANGUAGES]
    : [draft.language, ...TRANSLATION_LANGUAGES];

  return (
    <div className="wb-excerpt-form">
      <FormGroup
        label={<span id={`${id}-colour`}>{t('excerpts.colour')}</span>}
        intent={colour.error ? 'danger' : 'none'}
        helperText={errorText(colour.error) ?? undefined}
      >
        <ColourPicker value={colour.value} onChange={colour.set} labelledBy={`${id}-colour`} />
      </FormGroup>
      <AutoSavedTags
        id={`${id}-tags`}
        label={t('excerpts.tags')}
        field={tags}
        placeholder={t('excerpts.tagsPlaceholder')}
      />
      <AutoSavedTextArea
        id={`${id}-comment`}
        label={t('excerpts.comment')}
        field={comment}
        rows={3}
        maxLength={100_000}
      />
      <div className="wb-excerpt-form__translation">
        <AutoSavedField id={`${id}-translation`} label={t('excerpts.translation')} error={translation.error}>
          <TextArea
            id={`${id}-translation`}
            fill
            rows={3}
            value={draft.text}
            lang={draft.language}
            maxLength={100_000}
            placeholder={t('excerpts.translationPlaceholder')}
            onChange={(e) => translation.change(`${draft.language}\n${e.target.value}`)}
            onBlur={translation.commit}
          />
        </AutoSavedField>
        <FormGroup label={t('excerpts.translationLanguage')} labelFor={`${id}-translation-language`}>
          <HTMLSelect
            id={`${id}-translation-language`}
            value={draft.language}
            options={languages.map((l) => ({
              value: l,
              label: l === 'en' || l === 'de' ? t(`workingLanguages.${l}`) : l,
            }))}
            onChange={(e) => {
              const language = e.currentTarget.value;
              if (draft.text.trim()) translation.set(`${language}\n${draft.text}`);
              else setNewLanguage(language);
            }}
          />
        </FormGroup>
      </div>
    </div>
  );
}
