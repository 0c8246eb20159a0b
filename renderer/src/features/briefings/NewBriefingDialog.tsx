import { Button, FormGroup, HTMLSelect, InputGroup, Radio, RadioGroup } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BRIEFING_LANGUAGES,
  BRIEFING_TEMPLATES,
  type BriefingLanguage,
  type BriefingTemplate,
} from '../../../../shared/editor/templates';
import type { WireError } from '../../../../shared/contract/errors';
import { useMethodMutation } from '../../api/mutations';
import { useCaseInfo } from '../../api/queries';
import { AppDialog } from '../../components/AppDialog';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';

/** New briefing: title, template (standard, BLUF one-pager, blank) and language (the case's by default). */
export function NewBriefingDialog({ onCreated, onClose }: { onCreated: (id: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const caseLanguage = useCaseInfo().data?.language;
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<BriefingTemplate>('standard');
  const [language, setLanguage] = useState<BriefingLanguage>(caseLanguage === 'en' ? 'en' : 'de');
  const [error, setError] = useState<WireError | null>(null);
  const create = useMethodMutation('briefings.create');
  const submit = () => {
    setError(null);
    create.mutate(
      { title: title.trim(), template, language },
      { onSuccess: (b) => onCreated(b.id), onError: (e) => setError(toWireError(e)) },
    );
  };
  return (
    <AppDialog
      isOpen
      title={t('briefing.create.title')}
      icon="manual"
      closeLabel={t('common.close')}
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <Button text={t('common.cancel')} onClick={onClose} />
          <Button
            type="submit"
            intent="primary"
            text={t('briefing.create.submit')}
            loading={create.isPending}
            disabled={!title.trim()}
          />
        </>
      }
    >
      {error && <ErrorCallout error={error} />}
      <FormGroup label={t('briefing.meta.title')} labelFor="wb-new-briefing-title">
        <InputGroup id="wb-new-briefing-title" autoFocus value={title} onChange={(e) => setTitle(e.target.value)} />
      </FormGroup>
      <RadioGroup
        label={t('briefing.create.template')}
        selectedValue={template}
        onChange={(e) => setTemplate(e.currentTarget.value as BriefingTemplate)}
      >
        {BRIEFING_TEMPLATES.map((k) => (
          <Radio key={k} value={k} label={t(`briefing.templates.${k}`)} />
        ))}
      </RadioGroup>
      <FormGroup label={t('briefing.meta.language')} labelFor="wb-new-briefing-language">
        <HTMLSelect
          id="wb-new-briefing-language"
          value={language}
          onChange={(e) => setLanguage(e.target.value as BriefingLanguage)}
          options={BRIEFING_LANGUAGES.map((l) => ({ value: l, label: t(`briefing.languages.${l}`) }))}
        />
      </FormGroup>
    </AppDialog>
  );
}
