/**
 * The reader benchmark's case, made through the core as the CLI would: two sources of
 * the same German text (their title lines differ, so the SHA-256 dedupe keeps both),
 * one with `highlights` excerpts imported in one bulk call (W3C Web Annotations,
 * `excerpts.importAnnotations`), the other with none.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core';
import { CodePoints } from '../../electron/core/domains/excerpts/anchor';
import type { AnnotationImportReport } from '../../shared/contract/excerpts';
import type { ImportResult } from '../../shared/contract/sources';
import { CONTEXT_CHARS, EXCERPT_COLOURS } from '../../shared/domain/excerpt';
import { ANNO_CONTEXT, type WebAnnotation } from '../../shared/domain/webAnnotation';
import { germanReport } from './germanText';

export interface ReaderCase {
  path: string;
  subject: { id: string; title: string };
  baseline: { id: string; title: string };
  /** Characters of the stored text (UTF-16 units) and excerpts created on the subject. */
  chars: number;
  excerpts: number;
  origin: string;
  /** How long the bulk import of the excerpts took in the core (a fact, not a measured row). */
  importMs: number;
}

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

interface Range {
  start: number;
  end: number;
}

/**
 * `count` ranges spread evenly over [from, text.length), 30 to 150 characters, on word
 * boundaries, inside one paragraph each; every 20th overlaps the one before, as
 * analysts' excerpts sometimes do.
 */
export function spreadRanges(text: string, from: number, count: number): Range[] {
  const ranges: Range[] = [];
  const span = text.length - from;
  for (let i = 0; i < count; i++) {
    const previous = ranges[ranges.length - 1];
    let start =
      i % 20 === 19 && previous
        ? previous.start + ((previous.end - previous.start) >> 1)
        : from + Math.floor((i * span) / count);
    // Start at a word: after the next white space (or here, at the text's first word).
    while (start < text.length && /\S/.test(text[start - 1] ?? ' ')) start++;
    while (start < text.length && /\s/.test(text[start]!)) start++;
    let end = Math.min(text.length, start + 30 + ((i * 37) % 121));
    const newline = text.indexOf('\n', start);
    if (newline >= 0 && newline < end) end = newline;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end - start < 3) continue;
    ranges.push({ start, end });
  }
  return ranges;
}

function annotation(i: number, sha256: string, text: string, cp: CodePoints, r: Range): WebAnnotation {
  const colour = EXCERPT_COLOURS[i % EXCERPT_COLOURS.length]!;
  return {
    id: `urn:reader-bench:${i}`,
    type: 'Annotation',
    motivation: 'highlighting',
    target: {
      type: 'SpecificResource',
      source: `urn:sha256:${sha256}`,
      styleClass: `wb-${colour}`,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: text.slice(r.start, r.end),
          prefix: text.slice(Math.max(0, r.start - CONTEXT_CHARS), r.start),
          suffix: text.slice(r.end, r.end + CONTEXT_CHARS),
        },
        { type: 'TextPositionSelector', start: cp.toCodePoint(r.start), end: cp.toCodePoint(r.end) },
      ],
    },
  };
}

export async function prepareReaderCase(options: {
  dir: string;
  bytes: number;
  highlights: number;
  sharedDir: string | null;
}): Promise<ReaderCase> {
  const core = createCore({ door: 'cli', appDataDir: join(options.dir, 'app'), casesDir: options.dir, log: () => {} });
  try {
    const path = join(options.dir, 'leser.wbcase');
    await call(core, 'case.create', { path, title: 'Leser-Benchmark' });
    const subject = germanReport(options.bytes, 'Pressearchiv mit Markierungen', options.sharedDir);
    const baseline = germanReport(options.bytes, 'Pressearchiv ohne Markierungen', options.sharedDir);
    const files = [subject, baseline].map((t, i) => ({
      name: `pressearchiv-${i}.md`,
      mediaType: 'text/markdown',
      bytes: Buffer.from(t.markdown, 'utf8'),
    }));
    const results = await call<ImportResult[]>(core, 'sources.import', {
      files: files.map((f) => ({ name: f.name, mediaType: f.mediaType, dataBase64: f.bytes.toString('base64') })),
    });
    const ids = results.map((r) => {
      if (r.status !== 'imported' || !r.sourceId) throw new Error(`sources.import: ${JSON.stringify(r)}`);
      return r.sourceId;
    });
    const got = await call<{ version: { text: string; blocks: { start: number; end: number }[] } }>(
      core,
      'sources.get',
      { sourceId: ids[0] },
    );
    const { text, blocks } = got.version;
    // Excerpts in the body, not in the title line (the reader shows it as its heading).
    const ranges = spreadRanges(text, blocks[1]?.start ?? 0, options.highlights);
    const sha256 = createHash('sha256').update(files[0]!.bytes).digest('hex');
    const cp = new CodePoints(text);
    const items = ranges.map((r, i) => annotation(i, sha256, text, cp, r));
    const started = performance.now();
    const report = await call<AnnotationImportReport>(core, 'excerpts.importAnnotations', {
      json: {
        '@context': ANNO_CONTEXT,
        id: 'urn:reader-bench:collection',
        type: 'AnnotationCollection',
        label: 'Leser-Benchmark',
        total: items.length,
        generated: new Date().toISOString(),
        first: { type: 'AnnotationPage', startIndex: 0, items },
      },
    });
    const importMs = performance.now() - started;
    const created = report.counts.created ?? 0;
    if (created !== items.length) {
      const bad = report.items.find((it) => it.outcome !== 'created');
      throw new Error(`excerpts.importAnnotations created ${created} of ${items.length}: ${JSON.stringify(bad)}`);
    }
    return {
      path,
      subject: { id: ids[0]!, title: subject.title },
      baseline: { id: ids[1]!, title: baseline.title },
      chars: text.length,
      excerpts: created,
      origin: subject.origin,
      importMs,
    };
  } finally {
    core.close();
  }
}
