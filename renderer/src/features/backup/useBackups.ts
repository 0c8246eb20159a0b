import { useMethodMutation } from '../../api/mutations';
import { useMethodQuery } from '../../api/queries';

/** The open case's backups, folder and rotation settings (refetched with the 'case' domain). */
export const useBackupList = () => useMethodQuery('case.backups', {}, { staleTime: 0 });
export const useBackupNow = () => useMethodMutation('case.backup');
export const useSetBackupFolder = () => useMethodMutation('case.setBackupFolder');
export const useRestoreBackup = () => useMethodMutation('case.restoreBackup');
