import { useState } from 'react';
import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../../shared/contract/errors';
import { useDeleteSource } from '../../../api/mutations';
import { AppDialog } from '../../../components/AppDialog';
import { ui, useUiState } from '../../../state/uiStore';
import { ErrorCallout } from '../../errors/ErrorCallout';
import { toWireError } from '../../errors/toWireError';

function citationCount(error: WireError): number | null {
  const citedBy = (error.details as { citedBy?: unknown } | undefined)?.citedBy;
  return Array.isArray(citedBy) ? citedBy.length : null;
}

/**
 * Asks before deleting a source, naming it. While excerpts cite the source the core
 * refuses (IN_USE); the dialog then says how many citations stand in the way.
 */
export function DeleteSourceDialog({ casePath }: { casePath: string }) {
  const { t } = useTranslation();
  const request = useUiState((s) => s.deleteSourceRequest);
  const remove = useDeleteSource();
  const [error, setError] = useState<WireError | null>(null);
  if (!request) return null;
  const { sourceId, title } = request;

  const confirm = () => {
    setError(null);
    remove.mutate(
      { sourceId },
      {
        onSuccess: () => {
          if (ui.get().selection?.sourceId === sourceId) ui.selectSource(casePath, null);
          ui.closeDialog();
        },
        onError: (err) => setError(toWireError(err)),
      },
    );
  };
  const cited = error?.code === 'IN_USE' ? citationCount(error) : null;

  return (
    <AppDialog
      isOpen
      title={t('deleteSource.title')}
      icon="trash"
      closeLabel={t('common.close')}
      onClose={ui.closeDialog}
      footer={
        <>
          <Button text={t('common.cancel')} onClick={ui.closeDialog} autoFocus />
          <Button
            intent="danger"
            text={t('deleteSource.confirm')}
            loading={remove.isPending}
            disabled={error?.code === 'IN_USE'}
            onClick={confirm}
          />
        </>
      }
    >
      <p>{t('deleteSource.question', { title })}</p>
      <p className="wb-muted">{t('deleteSource.consequence')}</p>
      {error &&
        (error.code === 'IN_USE' ? (
          <ErrorCallout
            title={t('deleteSource.inUseTitle', { title })}
            error={error}
            message={cited === null ? t('deleteSource.inUse') : t('deleteSource.inUseCount', { count: cited })}
          />
        ) : (
          <ErrorCallout title={t('deleteSource.failed')} error={error} />
        ))}
    </AppDialog>
  );
}
