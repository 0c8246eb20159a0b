import { useState } from 'react';
import type { WireError } from '../../../../shared/contract/errors';
import type { CaseInfo } from '../../../../shared/domain/case';
import type { TlpMarking } from '../../../../shared/domain/markings';
import type { LikelihoodScale, WorkingLanguage } from '../../../../shared/domain/scales';
import { useUpdateCase } from '../../api/mutations';
import { ui } from '../../state/uiStore';
import { toWireError } from '../errors/toWireError';
import { newKiqKey, type KiqDraft } from './KeyQuestionsEditor';

export interface CaseSettingsFields {
  title: string;
  question: string;
  kiqs: KiqDraft[];
  author: string;
  tlp: TlpMarking;
  handling: string;
  scale: LikelihoodScale;
  language: WorkingLanguage;
}

function fieldsOf(info: CaseInfo): CaseSettingsFields {
  return {
    title: info.title,
    question: info.question,
    kiqs: info.keyQuestions.map((k) => ({ key: newKiqKey(), id: k.id, text: k.text })),
    author: info.author,
    tlp: info.tlp,
    handling: info.handling,
    scale: info.likelihoodScale,
    language: info.language,
  };
}

/** The case's metadata as an editable draft; nothing reaches the core until save(). */
export function useCaseSettingsForm(info: CaseInfo) {
  const update = useUpdateCase();
  const [fields, setFields] = useState(() => fieldsOf(info));
  const [titleMissing, setTitleMissing] = useState(false);
  const [error, setError] = useState<WireError | null>(null);

  const set = (patch: Partial<CaseSettingsFields>) => {
    setFields((prev) => ({ ...prev, ...patch }));
    if (patch.title?.trim()) setTitleMissing(false);
  };

  const save = () => {
    const title = fields.title.trim();
    if (!title) {
      setTitleMissing(true);
      return;
    }
    setError(null);
    const keyQuestions = fields.kiqs
      .filter((k) => k.text.trim())
      .map((k) => (k.id ? { id: k.id, text: k.text.trim() } : { text: k.text.trim() }));
    const { question, author, tlp, handling, scale, language } = fields;
    update.mutate(
      { patch: { title, question, keyQuestions, author, tlp, handling, likelihoodScale: scale, language } },
      { onSuccess: () => ui.closeDialog(), onError: (err) => setError(toWireError(err)) },
    );
  };

  return { fields, set, save, saving: update.isPending, titleMissing, error };
}
