/** Writing an export file: whole or nothing, with a clear code for a full disk or an unwritable place. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNewFile } from '../../electron/cli/commands/export';
import { WorkbenchError } from '../../shared/contract/errors';
import { tempDir } from '../helpers/tempDirs';

/** A 64 KiB tmpfs to fill, when this process may mount one (root in a CI container); null otherwise. */
function smallDisk(): string | null {
  if (process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'wb-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmdirSync(dir);
    return null;
  }
}

const codeOf = (fn: () => void) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(WorkbenchError);
    return (err as WorkbenchError).code;
  }
  return null;
};

describe('export: writing the file', () => {
  const disk = smallDisk();
  it.skipIf(!disk)('a full disk is DISK_FULL and leaves neither the file nor a temp file', () => {
    try {
      const target = join(disk!, 'report.pdf');
      expect(codeOf(() => writeNewFile(target, new Uint8Array(1024 * 1024), false))).toBe('DISK_FULL');
      expect(readdirSync(disk!)).toEqual([]);
      writeNewFile(target, 'klein', false);
      expect(readdirSync(disk!)).toEqual(['report.pdf']);
    } finally {
      execFileSync('umount', [disk!]);
      rmdirSync(disk!);
    }
  });

  it('an existing file, a missing folder, a folder as target: clear codes, nothing left behind', () => {
    const dir = tempDir();
    const target = join(dir, 'b.md');
    writeFileSync(target, 'alt');
    expect(codeOf(() => writeNewFile(target, 'neu', false))).toBe('FILE_EXISTS');
    expect(codeOf(() => writeNewFile(join(dir, 'nope', 'b.md'), 'x', false))).toBe('FILE_NOT_FOUND');
    mkdirSync(join(dir, 'sub'));
    expect(codeOf(() => writeNewFile(join(dir, 'sub'), 'x', true))).toMatch(/PERMISSION_DENIED|FILE_EXISTS/);
    expect(readdirSync(dir).sort()).toEqual(['b.md', 'sub']);
    writeNewFile(target, new TextEncoder().encode('neu – ä'), true);
    expect(readdirSync(dir).sort()).toEqual(['b.md', 'sub']);
  });
});
