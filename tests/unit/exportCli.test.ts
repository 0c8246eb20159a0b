/** `workbench export` for briefings and the whole case, through the real CLI in a child process. */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workbench } from '../helpers/cli';
import { reportCase } from '../fixtures/export/reportCase';
import { validateStixBundle } from '../fixtures/export/stixRules';

/** A case on disk with a German briefing, closed so the CLI can open it. */
async function caseOnDisk(count = 3) {
  const c = await reportCase({ count });
  c.core.close();
  return c;
}

describe('workbench export', { timeout: 120_000 }, () => {
  it('--help lists every format', () => {
    const help = workbench(['export', '--help']);
    expect(help.code).toBe(0);
    for (const f of ['pdf', 'html', 'md', 'docx', 'stix', 'annotations', '--briefing', '--paper'])
      expect(help.stdout).toContain(f);
    expect(workbench(['--help']).stdout).toContain('--briefing ID|TITLE --format pdf|html|md|docx|stix');
  });

  it('writes a briefing found by title as PDF, never over an existing file without --force', async () => {
    const c = await caseOnDisk();
    const out = join(c.dir, 'Lage.pdf');
    const first = workbench([
      'export',
      c.path,
      '--briefing',
      c.briefing.title.toUpperCase(),
      '--format',
      'pdf',
      '--out',
      out,
      '--json',
    ]);
    expect(first.code, first.stderr).toBe(0);
    const result = JSON.parse(first.stdout);
    expect(result).toMatchObject({ ok: true, format: 'pdf', tlp: 'TLP:AMBER', warnings: [] });
    expect(result.pages).toBeGreaterThan(3);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const again = workbench(['export', c.path, '--briefing', c.briefing.id, '--format', 'md', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('FILE_EXISTS');
    expect(readFileSync(out).equals(bytes)).toBe(true);
    const forced = workbench([
      'export',
      c.path,
      '--briefing',
      c.briefing.id,
      '--format',
      'md',
      '--out',
      out,
      '--force',
    ]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('[^1]:');
    // No temp file is left beside it.
    expect(readdirSync(c.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes HTML, DOCX and STIX of a briefing, and the whole case as STIX or annotations', async () => {
    const c = await caseOnDisk();
    for (const [format, check] of [
      ['html', (b: Buffer) => expect(b.toString()).toMatch(/^<!doctype html>/)],
      ['docx', (b: Buffer) => expect(b.subarray(0, 2).toString()).toBe('PK')],
      ['stix', (b: Buffer) => expect(validateStixBundle(JSON.parse(b.toString()))).toEqual([])],
    ] as const) {
      const out = join(c.dir, `b.${format}`);
      const r = workbench([
        'export',
        c.path,
        '--briefing',
        c.briefing.id,
        '--format',
        format,
        '--out',
        out,
        '--annexes',
        'sources,scale',
      ]);
      expect(r.code, r.stderr).toBe(0);
      check(readFileSync(out));
    }
    const caseStix = join(c.dir, 'case.stix.json');
    const r = workbench(['export', c.path, '--format', 'stix', '--out', caseStix, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const bundle = JSON.parse(readFileSync(caseStix, 'utf8'));
    expect(validateStixBundle(bundle)).toEqual([]);
    expect(bundle.objects.filter((o: { type: string }) => o.type === 'report')).toHaveLength(1);
    const ann = join(c.dir, 'a.json');
    const a = workbench(['export', c.path, '--format', 'annotations', '--out', ann]);
    expect(a.code, a.stderr).toBe(0);
    expect(JSON.parse(readFileSync(ann, 'utf8')).total).toBe(3);
  });

  it('gives clear errors for bad paths, unknown briefings and wrong usage, and leaves no file', async () => {
    const c = await caseOnDisk(1 + 1);
    const args = (out: string) => ['export', c.path, '--briefing', c.briefing.id, '--format', 'html', '--out', out];
    const noFolder = workbench(args(join(c.dir, 'nope', 'x.html')));
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toContain('FILE_NOT_FOUND');
    writeFileSync(join(c.dir, 'plain'), 'x');
    const underFile = workbench(args(join(c.dir, 'plain', 'x.html')));
    expect(underFile.code).toBe(1);
    expect(underFile.stderr).toMatch(/FILE_NOT_FOUND|PERMISSION_DENIED/);
    const folder = join(c.dir, 'folder');
    mkdirSync(folder);
    const isFolder = workbench([...args(folder), '--force']);
    expect(isFolder.code).toBe(1);
    expect(isFolder.stderr).toMatch(/PERMISSION_DENIED|FILE_EXISTS/);
    if (process.getuid?.() !== 0) {
      const locked = join(c.dir, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      const denied = workbench(args(join(locked, 'x.html')));
      expect(denied.stderr).toContain('PERMISSION_DENIED');
      expect(readdirSync(locked)).toEqual([]);
    }
    const unknown = workbench([
      'export',
      c.path,
      '--briefing',
      'Gibt es nicht',
      '--format',
      'md',
      '--out',
      join(c.dir, 'u.md'),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('NOT_FOUND');
    expect(existsSync(join(c.dir, 'u.md'))).toBe(false);
    expect(workbench(['export', c.path, '--format', 'pdf', '--out', join(c.dir, 'p.pdf')]).code).toBe(2);
    expect(
      workbench(['export', c.path, '--briefing', 'x', '--format', 'annotations', '--out', join(c.dir, 'p')]).code,
    ).toBe(2);
    expect(workbench([...args(join(c.dir, 'p.html')), '--paper', 'A3']).code).toBe(2);
    expect(workbench([...args(join(c.dir, 'p.html')), '--annexes', 'sources,fun']).code).toBe(2);
    expect(readdirSync(c.dir).filter((f) => /^(x|u|p)\.|\.tmp$/.test(f))).toEqual([]);
  });
});
