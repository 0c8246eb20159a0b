import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workbench } from '../helpers/cli';
import { tempDir } from '../helpers/tempDirs';
import { GERMAN, GERMAN_TEXT, windows1252 } from '../fixtures/sources/build';

// Each test spawns the CLI a few times (tsx start-up included); give them room on a busy machine.
describe('workbench import', { timeout: 90_000 }, () => {
  it('imports several files with one result per file, in order; a missing path fails alone with exit code 1', () => {
    const dir = tempDir();
    const casePath = join(dir, 'Akte.wbcase');
    expect(workbench(['new', casePath, '--title', 'Akte'], dir).code).toBe(0);
    const a = join(dir, 'bericht.txt');
    const b = join(dir, 'alt.txt');
    const bad = join(dir, 'bild.txt');
    writeFileSync(a, GERMAN_TEXT);
    writeFileSync(b, windows1252(GERMAN_TEXT));
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const missing = join(dir, 'fehlt.pdf');

    const run = workbench(['import', casePath, a, missing, b, bad, a, '--json'], dir);
    expect(run.code, run.stderr).toBe(1);
    const results = JSON.parse(run.stdout) as {
      path: string;
      status: string;
      error?: { code: string; message: string };
    }[];
    expect(results.map((r) => [r.path, r.status, r.error?.code])).toEqual([
      [a, 'imported', undefined],
      [missing, 'failed', 'FILE_NOT_FOUND'],
      [b, 'imported', undefined],
      [bad, 'failed', 'UNSUPPORTED_FORMAT'],
      [a, 'duplicate', undefined],
    ]);
    expect(results[1]!.error!.message).toContain(missing);
    expect(results[3]!.error!.message).toContain(bad);

    const list = JSON.parse(
      workbench(['call', casePath, 'sources.list', '{"sort":"importedAt","direction":"asc"}'], dir).stdout,
    );
    expect(list.total).toBe(2);
    expect(list.items[0].title).toBe(GERMAN);

    const human = workbench(['import', casePath, a], dir);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^duplicate\s+src_[0-9a-z]{16} v1/m);
    expect(human.stdout).toContain('0 imported, 0 new versions, 1 duplicates, 0 failed');
  });

  it('needs a case and at least one file', () => {
    const dir = tempDir();
    expect(workbench(['import', join(dir, 'x.wbcase')], dir).code).toBe(2);
    const refused = workbench(['import', join(dir, 'nope.wbcase'), join(dir, 'a.txt')], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('FILE_NOT_FOUND');
  });
});
