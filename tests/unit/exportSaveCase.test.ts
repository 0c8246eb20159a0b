/**
 * The desktop's save of a whole-case export (Web Annotations, STIX): the core writes
 * the same JSON the browser's download and `workbench export` produce, whole or not
 * at all, never over an existing file unless the user confirmed it, and never for the
 * browser door (a page downloads and names no path on this machine).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { ok, tempDir } from '../helpers/tempDirs';
import { reportCase } from '../fixtures/export/reportCase';

const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? null : r.error!.code);

describe('export.saveCase', () => {
  it('writes the excerpts as Web Annotations and the briefings as one STIX bundle, the same JSON the download gets', async () => {
    const c = await reportCase({ count: 3 });
    try {
      const out = tempDir('wb-savecase-');
      const annotations = join(out, 'Lage Kursk „Nord“.jsonld');
      const saved = await ok<{ path: string; sizeBytes: number }>(c.core, 'export.saveCase', {
        format: 'annotations',
        path: annotations,
      });
      const expected = await ok<{ total: number }>(c.core, 'excerpts.exportAnnotations', {});
      const written = readFileSync(annotations, 'utf8');
      // The same document, pretty-printed as the download is; only its "generated" time differs.
      const undated = (json: string) => ({ ...(JSON.parse(json) as object), generated: null });
      expect(written.endsWith('}\n') && written.includes('\n  "')).toBe(true);
      expect(undated(written)).toEqual(undated(JSON.stringify(expected)));
      expect(saved).toMatchObject({ path: annotations, sizeBytes: Buffer.byteLength(written) });
      expect(expected.total).toBe(3);
      expect(written).toContain('Größe und Stärke');

      const stixPath = join(out, 'fall.stix.json');
      const stix = await ok<{ warnings: unknown[] }>(c.core, 'export.saveCase', { format: 'caseStix', path: stixPath });
      const bundle = JSON.parse(readFileSync(stixPath, 'utf8')) as { type: string; objects: { type: string }[] };
      expect(bundle.type).toBe('bundle');
      expect(bundle.objects.filter((o) => o.type === 'report')).toHaveLength(1);
      expect(bundle.objects.some((o) => o.type === 'opinion' || o.type === 'note')).toBe(true);
      expect(stix.warnings).toEqual([]);

      // Never over an existing file unless confirmed; then the whole new file.
      writeFileSync(annotations, 'old');
      expect(codeOf(await c.core.dispatch('export.saveCase', { format: 'annotations', path: annotations }))).toBe(
        'FILE_EXISTS',
      );
      expect(readFileSync(annotations, 'utf8')).toBe('old');
      await ok(c.core, 'export.saveCase', { format: 'annotations', path: annotations, overwrite: true });
      expect(undated(readFileSync(annotations, 'utf8'))).toEqual(undated(written));

      const relative = await c.core.dispatch('export.saveCase', { format: 'annotations', path: 'x.jsonld' });
      expect(codeOf(relative)).toBe('INVALID_INPUT');
      const missing = await c.core.dispatch('export.saveCase', {
        format: 'caseStix',
        path: join(out, 'no', 'such', 'x.json'),
      });
      expect(codeOf(missing)).toBe('FILE_NOT_FOUND');
      expect(readdirSync(out).sort()).toEqual(['Lage Kursk „Nord“.jsonld', 'fall.stix.json']);
    } finally {
      c.core.close();
    }
  }, 60_000);

  it('is refused for the browser door, which downloads instead', async () => {
    const dir = tempDir('wb-savecase-web-');
    const core = createCore({ door: 'browser', appDataDir: join(dir, 'a'), casesDir: dir, log: () => undefined });
    try {
      const r = await core.dispatch('export.saveCase', { format: 'annotations', path: join(dir, 'x.jsonld') });
      expect(codeOf(r)).toBe('NOT_SUPPORTED');
      expect(readdirSync(dir)).not.toContain('x.jsonld');
    } finally {
      core.close();
    }
  });
});
