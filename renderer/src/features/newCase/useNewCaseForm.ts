import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode, WireError } from '../../../../shared/contract/errors';
import type { TlpMarking } from '../../../../shared/domain/markings';
import type { LikelihoodScale, WorkingLanguage } from '../../../../shared/domain/scales';
import { useApi } from '../../api/client';
import { useCreateCase } from '../../api/mutations';
import { usePrefs, useSuggestedPath } from '../../api/queries';
import { ui } from '../../state/uiStore';
import { describeError, type ErrorText } from '../errors/describeError';
import { toWireError } from '../errors/toWireError';
import { useDebounced } from './useDebounced';

export interface NewCaseFields {
  title: string;
  question: string;
  author: string;
  path: string;
  tlp: TlpMarking;
  scale: LikelihoodScale;
  language: WorkingLanguage;
}

/** Errors that are about the chosen file location, shown under that field. */
const LOCATION_ERRORS: ReadonlySet<ErrorCode> = new Set([
  'CASE_FILE_EXISTS',
  'PERMISSION_DENIED',
  'CASE_FILE_READ_ONLY',
]);

function isTitleIssue(error: WireError): boolean {
  return (
    error.code === 'INVALID_INPUT' &&
    Array.isArray(error.details) &&
    error.details.some((d: unknown) => (d as { path?: unknown } | null)?.path === 'title')
  );
}

/**
 * State and actions of the new-case form. The file location follows the title
 * (case.suggestPath) until the analyst edits it or picks one; errors from the core
 * are sorted to the field they concern.
 */
export function useNewCaseForm() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const create = useCreateCase();
  const uiLanguage = usePrefs().data?.language ?? 'en';
  const [fields, setFields] = useState<NewCaseFields>({
    title: '',
    question: '',
    author: '',
    path: '',
    tlp: 'TLP:AMBER',
    scale: 'ICD203',
    language: uiLanguage,
  });
  const [pathEdited, setPathEdited] = useState(false);
  const [titleMissing, setTitleMissing] = useState(false);
  const [pathMissing, setPathMissing] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const [error, setError] = useState<WireError | null>(null);

  const update = (patch: Partial<NewCaseFields>) => setFields((prev) => ({ ...prev, ...patch }));

  const debouncedTitle = useDebounced(fields.title.trim(), 250);
  const suggestion = useSuggestedPath(debouncedTitle, !pathEdited);
  useEffect(() => {
    if (!pathEdited && suggestion.data) setFields((prev) => ({ ...prev, path: suggestion.data.path }));
  }, [pathEdited, suggestion.data]);

  const setTitle = (title: string) => {
    update({ title });
    if (title.trim()) setTitleMissing(false);
  };

  const setPath = (path: string) => {
    update({ path });
    setPathEdited(true);
    if (path.trim()) setPathMissing(false);
    if (error && LOCATION_ERRORS.has(error.code)) setError(null);
  };

  /** Desktop only: the native save dialog. */
  const choosePath = async () => {
    try {
      const chosen = await api.host.showNewCaseDialog({ suggestedName: fields.title.trim() || undefined });
      if (chosen.path) setPath(chosen.path);
    } catch (err) {
      setError(toWireError(err));
    }
  };

  const submit = async () => {
    const title = fields.title.trim();
    setTitleMissing(!title);
    setPathMissing(pathEdited && !fields.path.trim());
    if (!title || (pathEdited && !fields.path.trim())) return;
    setError(null);
    let path = fields.path.trim();
    if (!pathEdited) {
      // The shown suggestion may lag behind fast typing, or be taken by now: ask again.
      setSuggesting(true);
      try {
        path = (await api.case.suggestPath({ title })).path;
        update({ path });
      } catch (err) {
        setError(toWireError(err));
        return;
      } finally {
        setSuggesting(false);
      }
    }
    const { question, author, tlp, scale, language } = fields;
    create.mutate(
      { path, title, question, author, tlp, likelihoodScale: scale, language },
      { onSuccess: () => ui.closeDialog(), onError: (err) => setError(toWireError(err)) },
    );
  };

  let locationError: ErrorText | null = null;
  if (error && LOCATION_ERRORS.has(error.code)) locationError = describeError(t, error, i18n.language);
  else if (pathMissing) locationError = { message: t('newCase.pathRequired') };
  let titleError: string | null = null;
  if (titleMissing) titleError = t('newCase.titleRequired');
  else if (error && isTitleIssue(error)) titleError = t('newCase.titleInvalid');
  const generalError = error && !LOCATION_ERRORS.has(error.code) && !isTitleIssue(error) ? error : null;

  return {
    fields,
    update,
    setTitle,
    setPath,
    choosePath,
    submit,
    busy: create.isPending || suggesting,
    errors: { title: titleError, location: locationError, general: generalError },
  };
}
