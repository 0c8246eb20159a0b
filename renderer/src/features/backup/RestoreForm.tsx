import { useState } from 'react';
import { Button, Callout, ControlGroup, FormGroup, InputGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/contract/backup';
import type { WireError } from '../../../../shared/contract/errors';
import { useApi } from '../../api/client';
import { useOpenCase } from '../../api/mutations';
import { useCapabilities } from '../../api/queries';
import { ui } from '../../state/uiStore';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';
import { suggestRestorePath } from './restorePath';
import { useRestoreBackup } from './useBackups';

/**
 * Restore one backup into a NEW case file. The core checks the backup
 * (integrity, content hash) and refuses a name that exists, so the open case
 * and every other file stay as they are; the restored case is opened only
 * when the analyst asks.
 */
export function RestoreForm({
  backup,
  casePath,
  time,
  onCancel,
}: {
  backup: BackupInfo;
  casePath: string;
  time: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const nativeDialogs = useCapabilities().data?.nativeDialogs ?? false;
  const restore = useRestoreBackup();
  const open = useOpenCase();
  const [path, setPath] = useState(() => suggestRestorePath(casePath, backup.createdAt, t('backup.restoredWord')));
  const [error, setError] = useState<WireError | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const inputId = `restore-${backup.fileName}`;

  const submit = () => {
    setError(null);
    if (!path.trim()) return;
    restore.mutate(
      { backupPath: backup.path, path: path.trim() },
      { onSuccess: (out) => setRestored(out.path), onError: (err) => setError(toWireError(err)) },
    );
  };

  const choose = async () => {
    try {
      const name = path.split(/[\\/]/).pop() ?? '';
      const chosen = await api.host.showNewCaseDialog({ suggestedName: name });
      if (chosen.path) setPath(chosen.path);
    } catch (err) {
      setError(toWireError(err));
    }
  };

  if (restored) {
    return (
      <Callout intent="success" role="status" title={t('backup.restored')} className="wb-backup__restored">
        <p className="wb-backup__path">{restored}</p>
        <div className="wb-backup__folder-actions">
          <Button
            intent="primary"
            icon="folder-open"
            text={t('backup.openRestored')}
            loading={open.isPending}
            onClick={() =>
              open.mutate(
                { path: restored },
                { onSuccess: () => ui.closeDialog(), onError: (err) => setError(toWireError(err)) },
              )
            }
          />
          <Button text={t('common.close')} onClick={onCancel} />
        </div>
        {error && <ErrorCallout title={t('backup.openFailed')} error={error} />}
      </Callout>
    );
  }
  return (
    <form
      className="wb-backup__restore"
      aria-label={t('backup.restoreLabel', { time })}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {error && (
        <ErrorCallout
          title={t('backup.restoreFailed')}
          error={error}
          message={error.code === 'FILE_EXISTS' || error.code === 'CASE_FILE_EXISTS' ? t('backup.exists') : undefined}
        />
      )}
      <FormGroup label={t('backup.restoreTo')} labelFor={inputId} helperText={t('backup.restoreHelp')}>
        <ControlGroup fill>
          <InputGroup id={inputId} autoFocus fill value={path} onValueChange={setPath} />
          {nativeDialogs && <Button icon="folder-open" text={t('backup.choose')} onClick={() => void choose()} />}
        </ControlGroup>
      </FormGroup>
      <div className="wb-backup__folder-actions">
        <Button type="submit" intent="primary" text={t('backup.restoreSubmit')} loading={restore.isPending} />
        <Button text={t('common.cancel')} onClick={onCancel} />
      </div>
    </form>
  );
}
