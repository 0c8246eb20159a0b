import { resolve } from 'node:path';
import type { HandlerContext, HandlerMap } from '../../handlerTypes';
import { normaliseCasePath } from '../case/caseSession';
import type { AutoBackup } from './autoBackup';
import { restoreBackupFile } from './backupFile';
import { recordedHash } from './backupService';
import { requireCase } from '../requireCase';

export type BackupMethod = 'case.backup' | 'case.backups' | 'case.setBackupFolder' | 'case.restoreBackup';

/** Handlers of the backup methods, bound to the core's automatic-backup state. */
export function createBackupHandlers(auto: AutoBackup): HandlerMap<BackupMethod> {
  const describe = (ctx: HandlerContext) => {
    const open = requireCase(ctx);
    return auto.service.describe(open.path, auto.caseIdOf(open), auto.lastError);
  };
  return {
    'case.backup': (_input, ctx) => auto.backupNow(requireCase(ctx), 'manual'),
    'case.backups': (_input, ctx) => describe(ctx),
    'case.setBackupFolder': (input, ctx) => {
      requireCase(ctx);
      auto.service.setFolder(input.folder);
      return describe(ctx);
    },
    'case.restoreBackup': (input) => {
      const backupPath = resolve(input.backupPath);
      const target = normaliseCasePath(input.path);
      const restored = restoreBackupFile(backupPath, target, recordedHash(backupPath));
      return { path: target, contentHash: restored.contentHash, schemaVersion: restored.schemaVersion };
    },
  };
}
