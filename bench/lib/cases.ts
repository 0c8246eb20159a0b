import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../electron/core';
import { openCaseDatabase } from '../../electron/core/db/open';
import { makeId } from '../../electron/core/domains/case/caseSession';
import { extractText } from '../../electron/core/domains/sources/extract/text';
import { writePrepared } from '../../electron/core/domains/sources/importer';
import { detectLanguage } from '../../electron/core/domains/sources/language';
import { scaledTexts, type Article } from './corpus';

export interface BuiltCase {
  path: string;
  sources: number;
  sizeMB: number;
  buildSeconds: number;
  /** The texts as stored, for the baselines (grep reads them as one file per source). */
  texts: string[];
}

const CHUNK = 1000;

/**
 * A case with `count` sources scaled from the corpus, built through the core's
 * bulk write path (the importer's writePrepared: same rows, blobs, blocks and
 * search index as `workbench import`, without base64 and the worker round trip),
 * a thousand sources per transaction. Built once per run into `dir` and reused by
 * every suite that asks for the same size (the runner's cache folder).
 */
export async function ensureCase(
  dir: string,
  articles: readonly Article[],
  count: number,
  log: (line: string) => void,
): Promise<BuiltCase> {
  const texts = scaledTexts(articles, count);
  const path = join(dir, `bench-${count}.wbcase`);
  const size = () => statSync(path).size / 1024 / 1024;
  if (existsSync(path)) return { path, sources: count, sizeMB: size(), buildSeconds: 0, texts };
  mkdirSync(dir, { recursive: true });
  const start = performance.now();
  const building = join(dir, `bench-${count}.building.wbcase`);
  const core = createCore({ door: 'cli', appDataDir: join(dir, `app-${count}`), casesDir: dir, log: () => undefined });
  try {
    const created = await core.dispatch('case.create', { path: building, title: `Benchmark ${count}` });
    if (!created.ok) throw new Error(created.error.message);
  } finally {
    core.close();
  }
  const db = openCaseDatabase(building);
  try {
    // Import times one millisecond apart, so "the 50 newest" is a well-defined set.
    const base = Date.UTC(2026, 0, 1);
    let n = 0;
    for (let i = 0; i < texts.length; i += CHUNK) {
      const prepared = texts.slice(i, i + CHUNK).map((text, k) => {
        const name = `meldung-${String(i + k + 1).padStart(6, '0')}.txt`;
        const bytes = Buffer.from(text, 'utf8');
        const extraction = extractText({ name, bytes, mediaType: 'text/plain' });
        return {
          name,
          bytes,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          extraction,
          language: detectLanguage(extraction.text),
        };
      });
      const results = writePrepared(db, prepared, {
        defaultTlp: 'TLP:CLEAR',
        newSourceId: () => makeId('source'),
        now: () => base + n++,
      });
      const bad = results.find((r) => r.status !== 'imported');
      if (bad)
        throw new Error(`building the ${count}-source case: ${bad.name} was ${bad.status} ${bad.error?.message}`);
      if ((i / CHUNK) % 20 === 19) log(`  … ${i + CHUNK} of ${count} sources`);
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    // Closed the way the core closes a case: rollback mode, so it does not look like a copy taken while open.
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  renameSync(building, path);
  const buildSeconds = (performance.now() - start) / 1000;
  log(`built a ${count}-source case (${size().toFixed(0)} MB) in ${buildSeconds.toFixed(1)} s`);
  return { path, sources: count, sizeMB: size(), buildSeconds, texts };
}
