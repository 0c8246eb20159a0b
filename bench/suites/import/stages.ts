/**
 * Where an import's CPU time goes, stage by stage, measured in this thread
 * (process.cpuUsage, so a busy machine inflates it less than wall time) on the
 * same files, in the chunks the CLI sends: what the CLI and the core's thread
 * do, what the parser worker does beside them, and the bare baseline's parts
 * for comparison. Medians of `rounds` passes.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { contract } from '../../../shared/contract';
import { createCore } from '../../../electron/core';
import { applyConnectionPragmas, openCaseDatabase } from '../../../electron/core/db/open';
import { makeId } from '../../../electron/core/domains/case/caseSession';
import { decodeFile } from '../../../electron/core/domains/sources/importer';
import { extract, type Extraction } from '../../../electron/core/domains/sources/extract';
import { detectLanguage } from '../../../electron/core/domains/sources/language';
import { fold } from '../../../electron/core/domains/search/fold';
import { indexNewSource } from '../../../electron/core/domains/search/indexer';
import { insertBlob, insertSource, insertVersion } from '../../../electron/core/domains/sources/repo';
import { median } from '../../lib/stats';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The CLI's chunk sizes: 50, then doubling up to 500. */
function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0, size = 50; i < items.length; i += size, size = Math.min(size * 2, 500)) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export async function stageBreakdown(paths: readonly string[], dir: string, rounds: number) {
  const samples: Record<string, number[]> = {};
  const add = (k: string, ms: number) => (samples[k] ??= []).push(ms);
  const timed = <T>(k: string, f: () => T): T => {
    const start = cpu();
    const out = f();
    add(k, cpu() - start);
    return out;
  };
  for (let round = 0; round < rounds; round++) {
    const files = timed('CLI: read files, base64', () =>
      paths.map((p) => ({ name: basename(p), dataBase64: readFileSync(p).toString('base64') })),
    );
    timed('core: check the call (zod)', () =>
      chunks(files).forEach((c) => contract['sources.import'].input.parse({ files: c })),
    );
    const bytes = timed('core: decode base64, SHA-256', () =>
      files.map((f) => {
        const b = decodeFile(f);
        createHash('sha256').update(b).digest('hex');
        return b;
      }),
    );
    const sha = bytes.map((b) => createHash('sha256').update(b).digest('hex'));
    const extractions: Extraction[] = [];
    const start = cpu();
    for (let i = 0; i < bytes.length; i++) {
      extractions.push(await extract({ name: files[i]!.name, bytes: bytes[i]!, mediaType: undefined }));
    }
    add('worker: extraction (encoding, NFC, blocks, title)', cpu() - start);
    const languages = timed('worker: language detection', () => extractions.map((e) => detectLanguage(e.text)));
    const folded = timed('worker: folding for German search', () => extractions.map((e) => fold(e.text)));

    const caseDir = mkdtempSync(join(dir, 'stages-'));
    const core = createCore({ door: 'cli', appDataDir: join(caseDir, 'app'), casesDir: caseDir, log: () => undefined });
    const casePath = join(caseDir, 'stages.wbcase');
    await core.dispatch('case.create', { path: casePath, title: 'Stages' });
    core.close();
    const db = openCaseDatabase(casePath);
    let rows = 0;
    let index = 0;
    let commit = 0;
    let at = 0;
    for (const part of chunks(extractions)) {
      const ids = part.map(() => makeId('source'));
      const first = at;
      db.exec('BEGIN IMMEDIATE');
      let t = cpu();
      part.forEach((e, k) => {
        const i = first + k;
        const now = Date.now();
        insertBlob(db, sha[i]!, bytes[i]!);
        insertSource(db, {
          id: ids[k]!,
          now,
          title: files[i]!.name,
          author: '',
          outlet: '',
          url: '',
          publishedAt: null,
          retrievedAt: null,
          language: languages[i]!,
          sourceType: 'other',
          notes: '',
          tlp: 'TLP:CLEAR',
        });
        insertVersion(db, { ...e, sourceId: ids[k]!, version: 1, sha256: sha[i]!, fileName: files[i]!.name, now });
      });
      rows += cpu() - t;
      t = cpu();
      part.forEach((e, k) =>
        indexNewSource(
          db,
          ids[k]!,
          { title: files[first + k]!.name, outlet: '', author: '', text: e.text },
          folded[first + k],
        ),
      );
      index += cpu() - t;
      t = cpu();
      db.exec('COMMIT');
      commit += cpu() - t;
      at += part.length;
    }
    db.close();
    add('core: rows (original, source, version with blocks)', rows);
    add('core: search index (FTS5 insert)', index);
    add('core: commits (FTS5 segment flush and merge, WAL)', commit);

    const bare = new Database(join(caseDir, 'bare.sqlite'));
    applyConnectionPragmas(bare);
    bare.exec(`CREATE TABLE article (id INTEGER PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL) STRICT;
      CREATE VIRTUAL TABLE article_fts USING fts5(text, content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2');`);
    const insert = bare.prepare('INSERT INTO article (name, text) VALUES (?, ?)');
    const ftsInsert = bare.prepare('INSERT INTO article_fts (rowid, text) VALUES (?, ?)');
    bare.exec('BEGIN IMMEDIATE');
    const texts = timed('baseline: read files', () => paths.map((p) => readFileSync(p, 'utf8')));
    timed('baseline: table and FTS5 inserts', () =>
      texts.forEach((text, i) => ftsInsert.run(insert.run(paths[i], text).lastInsertRowid, text)),
    );
    timed('baseline: commit', () => bare.exec('COMMIT'));
    bare.close();
  }
  return Object.entries(samples).map(([stage, ms]) => ({ stage, ms: median(ms) }));
}
