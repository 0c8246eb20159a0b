import { Button, FormGroup, InputGroup } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingSummary } from '../../../../shared/domain/briefing';
import { useMethodMutation } from '../../api/mutations';
import { AppDialog } from '../../components/AppDialog';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';

export function RenameBriefingDialog({ briefing, onClose }: { briefing: BriefingSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(briefing.title);
  const update = useMethodMutation('briefings.update');
  return (
    <AppDialog
      isOpen
      title={t('briefing.list.renameTitle')}
      icon="edit"
      closeLabel={t('common.close')}
      onClose={onClose}
      onSubmit={() => update.mutate({ id: briefing.id, patch: { title: title.trim() } }, { onSuccess: onClose })}
      footer={
        <>
          <Button text={t('common.cancel')} onClick={onClose} />
          <Button
            type="submit"
            intent="primary"
            text={t('common.save')}
            loading={update.isPending}
            disabled={!title.trim()}
          />
        </>
      }
    >
      {update.error && <ErrorCallout error={toWireError(update.error)} />}
      <FormGroup label={t('briefing.meta.title')} labelFor="wb-rename-briefing">
        <InputGroup id="wb-rename-briefing" autoFocus value={title} onChange={(e) => setTitle(e.target.value)} />
      </FormGroup>
    </AppDialog>
  );
}
