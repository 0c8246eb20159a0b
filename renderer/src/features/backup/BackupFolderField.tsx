import { useState } from 'react';
import { Button, ControlGroup, FormGroup, InputGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { BackupList } from '../../../../shared/contract/backup';
import type { WireError } from '../../../../shared/contract/errors';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';
import { useSetBackupFolder } from './useBackups';

/**
 * Where backups go: beside the case by default, or a folder the analyst names
 * (another disk, a synced share), one subfolder per case. A typed path, because
 * the browser door has no folder chooser; the core creates the folder on the
 * next backup and reports a folder it cannot write at that moment.
 */
export function BackupFolderField({ list }: { list: BackupList }) {
  const { t } = useTranslation();
  const setFolder = useSetBackupFolder();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(list.chosenFolder ?? '');
  const [error, setError] = useState<WireError | null>(null);

  const apply = (folder: string | null) => {
    setError(null);
    setFolder.mutate({ folder }, { onSuccess: () => setEditing(false), onError: (err) => setError(toWireError(err)) });
  };

  return (
    <section className="wb-backup__folder" aria-labelledby="backup-folder-heading">
      <h3 id="backup-folder-heading" className="wb-backup__heading">
        {t('backup.folder')}
      </h3>
      <p className="wb-backup__path" data-testid="backup-folder">
        {list.folder}
      </p>
      <p className="wb-backup__hint">{list.chosenFolder ? t('backup.folderChosen') : t('backup.folderDefault')}</p>
      {error && <ErrorCallout title={t('backup.folderFailed')} error={error} />}
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (value.trim()) apply(value.trim());
          }}
        >
          <FormGroup label={t('backup.folderPath')} labelFor="backup-folder-path" helperText={t('backup.folderHelp')}>
            <ControlGroup fill>
              <InputGroup id="backup-folder-path" autoFocus fill value={value} onValueChange={setValue} />
              <Button type="submit" intent="primary" text={t('backup.folderUse')} loading={setFolder.isPending} />
              <Button text={t('common.cancel')} onClick={() => setEditing(false)} />
            </ControlGroup>
          </FormGroup>
        </form>
      ) : (
        <div className="wb-backup__folder-actions">
          <Button icon="folder-open" text={t('backup.folderChange')} onClick={() => setEditing(true)} />
          {list.chosenFolder && (
            <Button text={t('backup.folderReset')} loading={setFolder.isPending} onClick={() => apply(null)} />
          )}
        </div>
      )}
    </section>
  );
}
