import { useState } from 'react';
import { Button, FormGroup, InputGroup, TextArea } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../../components/AppDialog';
import { ui } from '../../../state/uiStore';
import { textFileName } from './fileData';
import { startImport } from './startImport';

/** Text from the clipboard (a chat message, a transcript) becomes a .txt source with the title given here. */
export function PasteTextDialog() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const titleMissing = tried && !title.trim();
  const textMissing = tried && !text.trim();

  const submit = () => {
    setTried(true);
    if (!title.trim() || !text.trim()) return;
    const name = textFileName(title);
    startImport([{ blob: new Blob([text], { type: 'text/plain;charset=utf-8' }), name, title: title.trim() }]);
  };

  return (
    <AppDialog
      isOpen
      title={t('paste.title')}
      icon="clipboard"
      closeLabel={t('common.close')}
      onClose={ui.closeDialog}
      onSubmit={submit}
      className="wb-dialog--wide"
      footer={
        <>
          <Button text={t('common.cancel')} onClick={ui.closeDialog} />
          <Button type="submit" intent="primary" text={t('paste.import')} />
        </>
      }
    >
      <FormGroup
        label={t('paste.sourceTitle')}
        labelFor="paste-title"
        labelInfo={t('common.required')}
        intent={titleMissing ? 'danger' : 'none'}
        helperText={titleMissing ? t('paste.titleRequired') : t('paste.titleHelp')}
      >
        <InputGroup
          id="paste-title"
          autoFocus
          required
          aria-invalid={titleMissing}
          intent={titleMissing ? 'danger' : 'none'}
          value={title}
          maxLength={1000}
          onValueChange={setTitle}
        />
      </FormGroup>
      <FormGroup
        label={t('paste.text')}
        labelFor="paste-text"
        labelInfo={t('common.required')}
        intent={textMissing ? 'danger' : 'none'}
        helperText={textMissing ? t('paste.textRequired') : undefined}
      >
        <TextArea
          id="paste-text"
          fill
          rows={12}
          required
          aria-invalid={textMissing}
          intent={textMissing ? 'danger' : 'none'}
          value={text}
          // Enter makes new lines here; the dialog submits with its button or Ctrl/Cmd+Enter.
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            }
          }}
          onChange={(e) => setText(e.target.value)}
        />
      </FormGroup>
    </AppDialog>
  );
}
