import { Button, ControlGroup, FormGroup, InputGroup, TextArea } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useCapabilities } from '../../api/queries';
import { AppDialog } from '../../components/AppDialog';
import { ui } from '../../state/uiStore';
import { ScaleField, TlpField, WorkingLanguageField } from '../caseFields/CaseFields';
import { ErrorCallout } from '../errors/ErrorCallout';
import { useNewCaseForm } from './useNewCaseForm';

export function NewCaseDialog() {
  const { t } = useTranslation();
  const nativeDialogs = useCapabilities().data?.nativeDialogs ?? false;
  const { fields, update, setTitle, setPath, choosePath, submit, busy, errors } = useNewCaseForm();

  return (
    <AppDialog
      isOpen
      title={t('newCase.title')}
      icon="add"
      closeLabel={t('common.close')}
      onClose={ui.closeDialog}
      onSubmit={() => void submit()}
      className="wb-dialog--wide"
      footer={
        <>
          <Button text={t('common.cancel')} onClick={ui.closeDialog} />
          <Button type="submit" intent="primary" text={t('newCase.create')} loading={busy} />
        </>
      }
    >
      {errors.general && <ErrorCallout title={t('newCase.failed')} error={errors.general} />}
      <FormGroup
        label={t('caseFields.title')}
        labelFor="new-case-title"
        labelInfo={t('common.required')}
        intent={errors.title ? 'danger' : 'none'}
        helperText={errors.title ?? undefined}
      >
        <InputGroup
          id="new-case-title"
          autoFocus
          required
          aria-invalid={Boolean(errors.title)}
          intent={errors.title ? 'danger' : 'none'}
          value={fields.title}
          maxLength={300}
          onValueChange={setTitle}
        />
      </FormGroup>
      <FormGroup
        label={t('caseFields.question')}
        labelFor="new-case-question"
        helperText={t('caseFields.questionHelp')}
      >
        <TextArea
          id="new-case-question"
          fill
          rows={2}
          value={fields.question}
          maxLength={4000}
          onChange={(e) => update({ question: e.target.value })}
        />
      </FormGroup>
      <FormGroup
        label={t('newCase.location')}
        labelFor="new-case-path"
        intent={errors.location ? 'danger' : 'none'}
        helperText={errors.location ? errors.location.message : t('newCase.locationHelp')}
      >
        <ControlGroup fill>
          <InputGroup
            id="new-case-path"
            fill
            spellCheck={false}
            aria-invalid={Boolean(errors.location)}
            intent={errors.location ? 'danger' : 'none'}
            value={fields.path}
            onValueChange={setPath}
          />
          {nativeDialogs && <Button text={t('newCase.choose')} onClick={() => void choosePath()} />}
        </ControlGroup>
      </FormGroup>
      <div className="wb-form-row">
        <TlpField id="new-case-tlp" value={fields.tlp} onChange={(tlp) => update({ tlp })} />
        <ScaleField id="new-case-scale" value={fields.scale} onChange={(scale) => update({ scale })} />
        <WorkingLanguageField
          id="new-case-language"
          value={fields.language}
          onChange={(language) => update({ language })}
        />
      </div>
      <FormGroup label={t('caseFields.author')} labelFor="new-case-author" labelInfo={t('common.optional')}>
        <InputGroup
          id="new-case-author"
          value={fields.author}
          maxLength={300}
          onValueChange={(author) => update({ author })}
        />
      </FormGroup>
    </AppDialog>
  );
}
