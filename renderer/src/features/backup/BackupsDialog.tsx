import { useEffect, useRef, useState } from 'react';
import { Button, Callout, Spinner } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/contract/backup';
import type { WireError } from '../../../../shared/contract/errors';
import type { CaseInfo } from '../../../../shared/domain/case';
import { AppDialog } from '../../components/AppDialog';
import { ui } from '../../state/uiStore';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';
import { BackupFolderField } from './BackupFolderField';
import { BackupList } from './BackupList';
import { takeBackupRequest } from './backupRequest';
import { formatBackupTime } from './formatBackupTime';
import { useBackupList, useBackupNow } from './useBackups';
import './backup.css';

/**
 * The open case's backups: back up now, the rolling list (newest first) with
 * restore-as-new-file on each, and where backups go. A view of the case
 * settings dialog ("Backups…" there, or backupRequest.ts from a command).
 */
export function BackupsDialog({ info, onBack }: { info: CaseInfo; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const list = useBackupList();
  const backupNow = useBackupNow();
  const [made, setMade] = useState<BackupInfo | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const requested = useRef(false);

  const run = () => {
    setError(null);
    setMade(null);
    backupNow.mutate({}, { onSuccess: (backup) => setMade(backup), onError: (err) => setError(toWireError(err)) });
  };

  useEffect(() => {
    // Asked for from the menu or palette: make it now, once (a re-render must not make a second).
    if (!requested.current && takeBackupRequest()) {
      requested.current = true;
      run();
    }
    // Once, when the view mounts: `run` is not a dependency on purpose.
  }, []);

  const data = list.data;
  return (
    <AppDialog
      isOpen
      title={t('backup.title')}
      icon="floppy-disk"
      closeLabel={t('common.close')}
      onClose={ui.closeDialog}
      className="wb-dialog--wide wb-backup"
      footer={
        <>
          <Button icon="arrow-left" text={t('backup.back')} onClick={onBack} />
          <Button text={t('common.close')} onClick={ui.closeDialog} />
        </>
      }
    >
      <div className="wb-backup__now">
        <Button
          intent="primary"
          icon="floppy-disk"
          text={t('backup.now')}
          loading={backupNow.isPending}
          onClick={run}
        />
        {data && (
          <p className="wb-backup__policy">
            {t('backup.policy', { keep: data.keep, writes: data.everyWrites, minutes: data.everyMinutes })}
          </p>
        )}
      </div>
      {made && (
        <Callout intent="success" role="status" className="wb-backup__made">
          {t('backup.made', { time: formatBackupTime(made.createdAt, i18n.language), file: made.fileName })}
        </Callout>
      )}
      {error && <ErrorCallout title={t('backup.failed')} error={error} />}
      {data?.lastError && (
        <Callout intent="warning" title={t('backup.autoFailed')} className="wb-backup__auto-failed">
          {data.lastError}
        </Callout>
      )}
      {list.error && <ErrorCallout title={t('backup.listFailed')} error={list.error} />}
      {list.isPending && <Spinner size={20} aria-label={t('backup.loading')} />}
      {data && (
        <>
          <BackupFolderField list={data} />
          <BackupList items={data.items} casePath={info.path} highlight={made?.path ?? null} />
        </>
      )}
    </AppDialog>
  );
}
