import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { caseContentHash } from '../../electron/core/db/contentHash';
import { workbench } from '../helpers/cli';
import { openCaseInChild, waitForExit } from '../helpers/childCase';
import { ok, tempDir, testCore } from '../helpers/tempDirs';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function hashOf(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return caseContentHash(db);
  } finally {
    db.close();
  }
}

describe('workbench backup and restore', () => {
  it('backs up a case held open by another process, restores it into a new file, never overwrites', async () => {
    const { core, dir } = testCore();
    const path = join(dir, 'Lage.wbcase');
    await ok(core, 'case.create', { path, title: 'Lage „Nord“' });
    await ok(core, 'case.update', { patch: { question: 'Wer hält die Brücke?' } });
    await ok(core, 'case.close');
    const state = hashOf(path);
    const holder = await openCaseInChild(path, join(dir, 'appdata-holder'));
    try {
      expect(holder.result.ok).toBe(true);
      const out = join(dir, 'copy.wbcase');
      const made = workbench(['backup', path, '--out', out, '--json']);
      expect(made.code, made.stderr).toBe(0);
      const info = JSON.parse(made.stdout) as { path: string; contentHash: string };
      expect(info.path).toBe(out);
      expect(info.contentHash).toBe(state);
      expect(hashOf(out)).toBe(state);

      // --out never replaces a file.
      const before = sha(out);
      const again = workbench(['backup', path, '--out', out]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('FILE_EXISTS');
      expect(sha(out)).toBe(before);

      // Into the rolling folder beside the case.
      const rolling = workbench(['backup', path, '--json']);
      expect(rolling.code, rolling.stderr).toBe(0);
      expect(readdirSync(join(dir, 'Lage.backups')).filter((n) => n.endsWith('.manual.wbcase'))).toHaveLength(1);

      const restoredPath = join(dir, 'wieder.wbcase');
      const restored = workbench(['restore', out, '--out', restoredPath, '--json']);
      expect(restored.code, restored.stderr).toBe(0);
      expect(JSON.parse(restored.stdout)).toMatchObject({
        path: restoredPath,
        contentHash: state,
        checkedAgainstRecord: true,
      });
      expect(hashOf(restoredPath)).toBe(state);
      const refused = workbench(['restore', out, '--out', restoredPath]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('FILE_EXISTS');
    } finally {
      holder.child.kill('SIGTERM');
      await waitForExit(holder.child);
    }
  });

  it('refuses to back up or restore what is not a case, naming the file', () => {
    const dir = tempDir();
    const junk = join(dir, 'junk.wbcase');
    writeFileSync(junk, 'Von Pjöngjang an die Front\n'.repeat(50));
    const before = sha(junk);
    const backup = workbench(['backup', junk, '--out', join(dir, 'b.wbcase')]);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toContain('NOT_A_CASE_FILE');
    const restore = workbench(['restore', junk, '--out', join(dir, 'r.wbcase')]);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/NOT_A_CASE_FILE.*junk\.wbcase|junk\.wbcase.*NOT_A_CASE_FILE|NOT_A_CASE_FILE/);
    expect(sha(junk)).toBe(before);
    expect(existsSync(join(dir, 'b.wbcase')) || existsSync(join(dir, 'r.wbcase'))).toBe(false);
    expect(workbench(['restore', junk]).code).toBe(2);
  });
});
