/**
 * Background exports through dispatch, as the dialog drives them: progress,
 * the result, and a cancel that stops the real Chromium print mid-way and
 * leaves nothing behind; saving to a path writes the whole file or nothing.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium, printInContext, WarmChromium } from '../../electron/core/export/printer';
import { ExportJobs } from '../../electron/core/domains/export/jobs';
import { createCore } from '../../electron/core';
import { ok } from '../helpers/tempDirs';
import { reportCase } from '../fixtures/export/reportCase';
import type { Core } from '../../electron/core';

interface Status {
  state: string;
  step: string;
  fraction: number;
  error: { code: string } | null;
  file: { fileName: string; pageCount: number | null; sizeBytes: number } | null;
}

async function until(core: Core, jobId: string, done: (s: Status) => boolean, ms = 120_000): Promise<Status[]> {
  const seen: Status[] = [];
  const end = Date.now() + ms;
  for (;;) {
    const s = await ok<Status>(core, 'export.jobStatus', { jobId });
    seen.push(s);
    if (done(s)) return seen;
    if (Date.now() > end) throw new Error(`job still ${s.state} at ${s.step}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('export jobs', () => {
  it('a PDF job reports its steps in order and hands over the same bytes it previewed; saveJob writes them', async () => {
    const c = await reportCase({ count: 4 });
    const { jobId } = await ok<{ jobId: string }>(c.core, 'export.start', { id: c.briefing.id, format: 'pdf' });
    expect(jobId).toMatch(/^job_/);
    const seen = await until(c.core, jobId, (s) => s.state !== 'running');
    const last = seen.at(-1)!;
    expect(last.state).toBe('done');
    expect(last.file!.pageCount).toBeGreaterThan(2);
    const fractions = seen.map((s) => s.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    const result = await ok<{ dataBase64: string; sizeBytes: number; fileName: string }>(c.core, 'export.jobResult', {
      jobId,
    });
    const bytes = Buffer.from(result.dataBase64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.sizeBytes).toBe(last.file!.sizeBytes);

    const dir = mkdtempSync(join(tmpdir(), 'wb-jobsave-'));
    dirs.push(dir);
    const target = join(dir, result.fileName);
    await ok(c.core, 'export.saveJob', { jobId, path: target });
    expect(readFileSync(target).equals(bytes)).toBe(true);
    // Never over an existing file unless the user confirmed it (the native dialog asks).
    const again = await c.core.dispatch('export.saveJob', { jobId, path: target });
    expect(again.ok ? null : again.error.code).toBe('FILE_EXISTS');
    writeFileSync(target, 'old');
    await ok(c.core, 'export.saveJob', { jobId, path: target, overwrite: true });
    expect(readFileSync(target).equals(bytes)).toBe(true);
    const missing = await c.core.dispatch('export.saveJob', { jobId, path: join(dir, 'no', 'such', 'x.pdf') });
    expect(missing.ok ? null : missing.error.code).toBe('FILE_NOT_FOUND');
    const relative = await c.core.dispatch('export.saveJob', { jobId, path: 'x.pdf' });
    expect(relative.ok ? null : relative.error.code).toBe('INVALID_INPUT');
    expect(readdirSync(dir)).toEqual([result.fileName]);
  }, 180_000);

  it('cancel stops the Chromium print mid-way: CANCELLED, no bytes, no file, and the warm browser prints on', async () => {
    const c = await reportCase({ count: 30, paragraphs: 3 });
    const { jobId } = await ok<{ jobId: string }>(c.core, 'export.start', { id: c.briefing.id, format: 'pdf' });
    // Wait until Chromium is printing (the layout pass), then cancel.
    await until(c.core, jobId, (s) => s.step === 'layout' || s.state !== 'running');
    const t0 = performance.now();
    expect(await ok(c.core, 'export.cancel', { jobId })).toEqual({ cancelled: true });
    const s = await ok<Status>(c.core, 'export.jobStatus', { jobId });
    expect(s.state).toBe('cancelled');
    expect(s.error?.code).toBe('CANCELLED');
    expect(s.file).toBeNull();
    const result = await c.core.dispatch('export.jobResult', { jobId });
    expect(result.ok ? null : result.error.code).toBe('CANCELLED');
    const save = await c.core.dispatch('export.saveJob', { jobId, path: join(c.dir, 'x.pdf') });
    expect(save.ok ? null : save.error.code).toBe('CANCELLED');
    expect(existsSync(join(c.dir, 'x.pdf'))).toBe(false);
    expect(await ok(c.core, 'export.cancel', { jobId })).toEqual({ cancelled: false });
    expect(performance.now() - t0).toBeLessThan(2000);
    // The next export on the same warm browser works.
    const next = await ok<{ jobId: string }>(c.core, 'export.start', { id: c.briefing.id, format: 'md' });
    expect((await until(c.core, next.jobId, (x) => x.state !== 'running')).at(-1)!.state).toBe('done');
  }, 180_000);

  it('a cancelled print really ends: CANCELLED at once, its page closed, and the warm browser prints on', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const big = `<!doctype html><html><body>${'<p>Größe und Stärke der Einheit bleiben unklar.</p>'.repeat(6000)}</body></html>`;
      const settings = { paper: 'A4' as const, headerTemplate: '<span></span>', footerTemplate: '<span></span>' };
      const controller = new AbortController();
      const printing = printInContext(context, big, settings, controller.signal);
      printing.catch(() => undefined);
      // Cancel while Chromium is busy with the document (its page exists, setContent or pdf running).
      await expect.poll(() => context.pages().length, { timeout: 30_000 }).toBe(1);
      await new Promise((r) => setTimeout(r, 200));
      const t0 = performance.now();
      controller.abort();
      await expect(printing).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(performance.now() - t0).toBeLessThan(500);
      // The print's page goes away: no bytes were produced, nothing keeps printing.
      await expect.poll(() => context.pages().length, { timeout: 30_000 }).toBe(0);
      const bytes = await printInContext(context, '<p>danach</p>', settings);
      expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
      await context.close();
    } finally {
      await browser.close();
    }
    // The process's warm printer survives a cancel too.
    const warm = new WarmChromium(60_000);
    try {
      const settings = { paper: 'A4' as const, headerTemplate: '<span></span>', footerTemplate: '<span></span>' };
      const c = new AbortController();
      const p = warm.print('<p>x</p>'.repeat(3000), settings, c.signal);
      c.abort();
      await expect(p).rejects.toMatchObject({ code: 'CANCELLED' });
      expect((await warm.print('<p>y</p>', settings)).byteLength).toBeGreaterThan(500);
    } finally {
      await warm.close();
    }
  }, 120_000);

  it('refuses a path from the browser door, unknown jobs, and a fourth concurrent job', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-jobweb-'));
    dirs.push(dir);
    const core = createCore({ door: 'browser', appDataDir: join(dir, 'a'), casesDir: dir, log: () => undefined });
    try {
      const r = await core.dispatch('export.saveJob', { jobId: 'job_aaaaaaaaaaaa', path: join(dir, 'x.pdf') });
      expect(r.ok ? null : r.error.code).toBe('NOT_SUPPORTED');
      const unknown = await core.dispatch('export.jobStatus', { jobId: 'job_aaaaaaaaaaaa' });
      expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
      const bad = await core.dispatch('export.jobStatus', { jobId: '../etc' });
      expect(bad.ok ? null : bad.error.code).toBe('INVALID_INPUT');
    } finally {
      core.close();
    }
    const jobs = new ExportJobs();
    const never = () => new Promise<never>(() => undefined);
    for (let i = 0; i < 3; i++) jobs.start(never);
    expect(() => jobs.start(never)).toThrow(/already running/);
    expect(jobs.runningCount()).toBe(3);
  });
});
