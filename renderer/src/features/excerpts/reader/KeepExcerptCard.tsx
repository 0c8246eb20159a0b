import { useId, useState, type KeyboardEvent } from 'react';
import { Button, Callout, FormGroup, HTMLSelect, InputGroup, TextArea } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { toWireError } from '../../errors/toWireError';
import { EXCERPT_COLOURS, type Excerpt, type ExcerptColour } from '../../../../../shared/domain/excerpt';
import type { TextRange } from '../../../state/uiStore';
import { describeError } from '../../errors/describeError';
import { useCreateExcerpt } from './api';
import { defaultTranslationLanguage, keepDefaults, parseTags } from './keepDefaults';

/** Languages offered for a translation; the source's own first choice comes from defaultTranslationLanguage. */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'ru', 'uk', 'ar', 'fa', 'tr', 'zh', 'ko', 'ja'] as const;
/** How much of a long quote the card shows. */
const PREVIEW_CHARS = 280;

export interface KeepExcerptCardProps {
  target: TextRange;
  /** The source's working language ("de", "en", "other") and the reader's lang attribute for the quote. */
  sourceLanguage: string;
  lang: string | undefined;
  /** The colour being chosen, so the reader can paint the words in it. */
  onColour: (colour: ExcerptColour) => void;
  onCancel: () => void;
  onCreated: (excerpt: Excerpt) => void;
}

function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The compact form that keeps a selection as an excerpt: colour, tags, comment and
 * an optional translation. Enter in a one-line field (Ctrl/Cmd+Enter anywhere)
 * keeps it, Esc cancels. The words are the core's: offsets go with the quote as a
 * cross-check, and the core refuses rather than store other words.
 */
export function KeepExcerptCard({ target, sourceLanguage, lang, onColour, onCancel, onCreated }: KeepExcerptCardProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const create = useCreateExcerpt();
  const [colour, setColour] = useState<ExcerptColour>(keepDefaults.colour);
  const [tags, setTags] = useState('');
  const [comment, setComment] = useState('');
  const [translation, setTranslation] = useState('');
  const [language, setLanguage] = useState(() => defaultTranslationLanguage(sourceLanguage));
  const error = create.error ? describeError(t, toWireError(create.error), i18n.language) : null;
  const preview =
    target.quote.length > PREVIEW_CHARS ? `${target.quote.slice(0, PREVIEW_CHARS).trimEnd()}…` : target.quote;

  const submit = () => {
    if (create.isPending) return;
    keepDefaults.remember(colour);
    create.mutate(
      {
        sourceId: target.sourceId,
        version: target.version,
        start: target.start,
        end: target.end,
        quote: target.quote,
        colour,
        tags: parseTags(tags),
        comment: comment.trim(),
        translation: translation.trim() ? { text: translation.trim(), language } : null,
      },
      { onSuccess: onCreated },
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      submit();
    }
  };

  return (
    <form
      className="wb-keep-card"
      role="dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 id={`${id}-title`} className="wb-keep-card__title">
        {t('excerptReader.card.title')}
      </h3>
      <blockquote className="wb-keep-card__quote" lang={lang}>
        {preview}
      </blockquote>
      <fieldset className="wb-keep-card__colours">
        <legend>{t('excerptReader.card.colour')}</legend>
        {EXCERPT_COLOURS.map((c) => (
          <label key={c} className={`wb-keep-card__colour wb-hl--${c}`} title={t(`excerptReader.colours.${c}`)}>
            <input
              type="radio"
              name={`${id}-colour`}
              value={c}
              checked={colour === c}
              aria-label={t(`excerptReader.colours.${c}`)}
              onChange={() => {
                setColour(c);
                onColour(c);
              }}
            />
          </label>
        ))}
      </fieldset>
      <FormGroup label={t('excerptReader.card.tags')} labelFor={`${id}-tags`} className="wb-keep-card__field">
        <InputGroup
          id={`${id}-tags`}
          size="small"
          autoFocus
          value={tags}
          placeholder={t('excerptReader.card.tagsPlaceholder')}
          onValueChange={setTags}
        />
      </FormGroup>
      <FormGroup label={t('excerptReader.card.comment')} labelFor={`${id}-comment`} className="wb-keep-card__field">
        <TextArea
          id={`${id}-comment`}
          fill
          rows={2}
          value={comment}
          maxLength={100_000}
          onChange={(e) => setComment(e.target.value)}
        />
      </FormGroup>
      <div className="wb-keep-card__translation">
        <FormGroup
          label={t('excerptReader.card.translation')}
          labelFor={`${id}-translation`}
          className="wb-keep-card__field"
        >
          <TextArea
            id={`${id}-translation`}
            fill
            rows={2}
            lang={language}
            value={translation}
            maxLength={100_000}
            placeholder={t('excerptReader.card.translationPlaceholder')}
            onChange={(e) => setTranslation(e.target.value)}
          />
        </FormGroup>
        <FormGroup label={t('excerptReader.card.language')} labelFor={`${id}-language`} className="wb-keep-card__field">
          <HTMLSelect
            id={`${id}-language`}
            value={language}
            options={LANGUAGES.map((l) => ({ value: l, label: languageName(l, i18n.language) }))}
            onChange={(e) => setLanguage(e.currentTarget.value)}
          />
        </FormGroup>
      </div>
      {error && (
        <Callout intent="danger" icon="error" className="wb-keep-card__error" role="alert">
          {error.message}
          {error.detail ? <div className="wb-muted">{error.detail}</div> : null}
        </Callout>
      )}
      <div className="wb-keep-card__actions">
        <Button size="small" text={t('common.cancel')} onClick={onCancel} />
        <Button
          size="small"
          type="submit"
          intent="primary"
          icon="highlight"
          loading={create.isPending}
          text={t('excerptReader.card.keep')}
        />
      </div>
    </form>
  );
}
