import { useState } from 'react';
import { Button, FormGroup, InputGroup, TextArea } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { CaseInfo } from '../../../../shared/domain/case';
import { AppDialog } from '../../components/AppDialog';
import { ui } from '../../state/uiStore';
import { ScaleField, TlpField, WorkingLanguageField } from '../caseFields/CaseFields';
import { BackupsDialog } from '../backup/BackupsDialog';
import { takeBackupsViewRequest } from '../backup/backupRequest';
import { ErrorCallout } from '../errors/ErrorCallout';
import { KeyQuestionsEditor } from './KeyQuestionsEditor';
import { useCaseSettingsForm } from './useCaseSettingsForm';

/** All of the case's metadata in one form; nothing is saved until Save. */
export function CaseSettingsDialog({ info }: { info: CaseInfo }) {
  const { t } = useTranslation();
  const { fields, set, save, saving, titleMissing, error } = useCaseSettingsForm(info);
  // The backups are a view of this dialog; the form above stays mounted, so typed fields survive a visit.
  const [showBackups, setShowBackups] = useState(takeBackupsViewRequest);
  if (showBackups) return <BackupsDialog info={info} onBack={() => setShowBackups(false)} />;

  return (
    <AppDialog
      isOpen
      title={t('commands.case.settings')}
      icon="cog"
      closeLabel={t('common.close')}
      onClose={ui.closeDialog}
      onSubmit={save}
      className="wb-dialog--wide"
      footer={
        <>
          <Button icon="floppy-disk" text={t('backup.open')} onClick={() => setShowBackups(true)} />
          <Button text={t('common.cancel')} onClick={ui.closeDialog} />
          <Button type="submit" intent="primary" text={t('common.save')} loading={saving} />
        </>
      }
    >
      {error && <ErrorCallout title={t('settings.failed')} error={error} />}
      <FormGroup
        label={t('caseFields.title')}
        labelFor="settings-title"
        labelInfo={t('common.required')}
        intent={titleMissing ? 'danger' : 'none'}
        helperText={titleMissing ? t('newCase.titleRequired') : undefined}
      >
        <InputGroup
          id="settings-title"
          autoFocus
          required
          aria-invalid={titleMissing}
          intent={titleMissing ? 'danger' : 'none'}
          value={fields.title}
          maxLength={300}
          onValueChange={(title) => set({ title })}
        />
      </FormGroup>
      <FormGroup
        label={t('caseFields.question')}
        labelFor="settings-question"
        helperText={t('caseFields.questionHelp')}
      >
        <TextArea
          id="settings-question"
          fill
          rows={2}
          value={fields.question}
          maxLength={4000}
          onChange={(e) => set({ question: e.target.value })}
        />
      </FormGroup>
      <fieldset className="wb-fieldset">
        <legend className="wb-fieldset__legend">{t('caseFields.kiqs')}</legend>
        <KeyQuestionsEditor items={fields.kiqs} onChange={(kiqs) => set({ kiqs })} />
      </fieldset>
      <div className="wb-form-row wb-form-row--marking">
        <TlpField id="settings-tlp" value={fields.tlp} onChange={(tlp) => set({ tlp })} />
        <FormGroup
          label={t('caseFields.handling')}
          labelFor="settings-handling"
          helperText={t('caseFields.handlingHelp')}
        >
          <InputGroup
            id="settings-handling"
            value={fields.handling}
            maxLength={500}
            onValueChange={(handling) => set({ handling })}
          />
        </FormGroup>
      </div>
      <div className="wb-form-row">
        <ScaleField id="settings-scale" value={fields.scale} onChange={(scale) => set({ scale })} />
        <WorkingLanguageField
          id="settings-language"
          value={fields.language}
          onChange={(language) => set({ language })}
        />
        <FormGroup label={t('caseFields.author')} labelFor="settings-author">
          <InputGroup
            id="settings-author"
            value={fields.author}
            maxLength={300}
            onValueChange={(author) => set({ author })}
          />
        </FormGroup>
      </div>
    </AppDialog>
  );
}
