import type Database from 'better-sqlite3';
import { WorkbenchError } from '../../../shared/contract/errors';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings a case file to the newest schema. All pending migrations run in one
 * transaction together with the new user_version, so a crash or an error leaves
 * the old schema or the new one, never a mix.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): { from: number; to: number } {
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const from = schemaVersion(db);
  if (from > latest) {
    throw new WorkbenchError(
      'CASE_FILE_TOO_NEW',
      `This case file was written by a newer version of Analyst Workbench (schema ${from}; this version knows up to ${latest}).`,
      { schemaVersion: from, supported: latest },
    );
  }
  if (from === latest) return { from, to: latest };
  db.transaction(() => {
    for (const m of migrations.slice(from)) m.up(db);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return { from, to: latest };
}
