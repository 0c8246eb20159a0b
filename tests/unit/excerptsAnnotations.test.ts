/** W3C Web Annotation export and import: the shape, code points, PDF pages, a round trip, and the CLI export. */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { AnnotationImportReport } from '../../shared/contract/excerpts';
import type { Excerpt } from '../../shared/domain/excerpt';
import type { WebAnnotation, WebAnnotationCollection } from '../../shared/domain/webAnnotation';
import { file, labelledPdf } from '../fixtures/sources/build';
import { caseWithCore, importFiles } from '../fixtures/sources/caseHelpers';
import { workbench } from '../helpers/cli';
import { fails, ok, tempDir } from '../helpers/tempDirs';
import { ARTICLE, createExcerpt, newVersion, rangeOf } from './excerptsFixtures';

const EMOJI_TEXT = 'Lage 😀 am Morgen: 🚁 zwei Hubschrauber über Köln gesichtet.';

const exportOf = (core: Core) => ok<WebAnnotationCollection>(core, 'excerpts.exportAnnotations', {});
const importInto = (core: Core, json: unknown) =>
  ok<AnnotationImportReport>(core, 'excerpts.importAnnotations', { json });
const allExcerpts = async (core: Core) => (await ok<{ items: Excerpt[] }>(core, 'excerpts.list', {})).items;

/** Built once: pdf-lib stamps the current time into each PDF, and a round trip needs the very same bytes. */
let pdfBytes: Promise<Buffer> | null = null;

/** The sources every case in these tests holds: German text, a PDF with page labels, text with emoji. */
async function sourceFiles() {
  pdfBytes ??= labelledPdf();
  return [file('bericht.txt', ARTICLE), file('lage.pdf', await pdfBytes), file('emoji.txt', EMOJI_TEXT)];
}

async function caseWithSources() {
  const ctx = await caseWithCore();
  const results = await importFiles(ctx.core, await sourceFiles());
  const ids = results.map((r) => r.sourceId!);
  const versions = await Promise.all(
    ids.map(
      async (sourceId) => (await ok<{ version: { text: string } }>(ctx.core, 'sources.get', { sourceId })).version,
    ),
  );
  return { ...ctx, ids, versions };
}

/** A case with excerpts of every kind: comment, tags, translation, colour, PDF pages, emoji, moved and orphan. */
async function richCase() {
  const ctx = await caseWithSources();
  const [text, pdf, emoji] = ctx.ids as [string, string, string];
  const [tv, pv, ev] = ctx.versions as [{ text: string }, { text: string }, { text: string }];
  await ok(ctx.core, 'sources.update', { sourceId: text, patch: { url: 'https://news.example.org/lage' } });
  await ok(ctx.core, 'sources.update', { sourceId: emoji, patch: { url: 'javascript:alert(1)' } });
  const made = [
    await createExcerpt(ctx.core, {
      sourceId: text,
      ...rangeOf(tv, 'einzigen Geheimdienstquelle'),
      colour: 'orange',
      tags: ['Quelle', 'Grenze'],
      comment: 'Höchstens „2“.',
      translation: { text: 'a single intelligence source', language: 'en' },
    }),
    await createExcerpt(ctx.core, { sourceId: text, ...rangeOf(tv, 'Es gibt keine Foto- oder Videobeweise') }),
    await createExcerpt(ctx.core, { sourceId: text, ...rangeOf(tv, ARTICLE.split('\n\n')[0]!) }),
    await createExcerpt(ctx.core, { sourceId: pdf, ...rangeOf(pv, 'Grüße aus Köln'), colour: 'green' }),
    await createExcerpt(ctx.core, { sourceId: emoji, ...rangeOf(ev, 'zwei Hubschrauber') }),
  ];
  return { ...ctx, made };
}

describe('W3C Web Annotation export', () => {
  it('writes one AnnotationCollection with quote, position, page, bodies and colour', async () => {
    const { core, made, versions } = await richCase();
    const collection = await exportOf(core);
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      label: 'Quellen',
      total: 5,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    const byId = new Map(collection.first.items.map((a) => [a.id.split(':').pop(), a]));
    const a = byId.get(made[0]!.id)!;
    const sha = (await ok<{ version: { sha256: string } }>(core, 'sources.get', { sourceId: made[0]!.sourceId }))
      .version.sha256;
    expect(a.target).toEqual({
      type: 'SpecificResource',
      source: `urn:sha256:${sha}`,
      scope: 'https://news.example.org/lage',
      styleClass: 'wb-orange',
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: 'einzigen Geheimdienstquelle',
          prefix: made[0]!.prefix,
          suffix: made[0]!.suffix,
        },
        { type: 'TextPositionSelector', start: made[0]!.start, end: made[0]!.end },
      ],
    });
    expect(a.body).toEqual([
      { type: 'TextualBody', value: 'Höchstens „2“.', purpose: 'commenting', format: 'text/plain' },
      { type: 'TextualBody', value: 'Quelle', purpose: 'tagging' },
      { type: 'TextualBody', value: 'Grenze', purpose: 'tagging' },
      {
        type: 'TextualBody',
        value: 'a single intelligence source',
        purpose: 'describing',
        format: 'text/plain',
        language: 'en',
      },
    ]);
    expect(a.stylesheet?.value).toContain('.wb-orange');
    expect(a).toMatchObject({
      type: 'Annotation',
      motivation: 'highlighting',
      created: new Date(made[0]!.createdAt).toISOString(),
    });

    // Only web addresses become `scope`: another tool would render it as a link.
    expect(byId.get(made[4]!.id)!.target.scope).toBeUndefined();

    const pdf = byId.get(made[3]!.id)!;
    expect(pdf.target.selector).toContainEqual({
      type: 'FragmentSelector',
      value: 'page=2',
      conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
    });
    // Code points, not UTF-16 units: each emoji before the quote counts once.
    const emoji = byId.get(made[4]!.id)!;
    const position = emoji.target.selector.find((s) => s.type === 'TextPositionSelector') as { start: number };
    expect(position.start).toBe(made[4]!.start! - 2);
    expect(
      Array.from(versions[2]!.text)
        .slice(position.start, position.start + 17)
        .join(''),
    ).toBe('zwei Hubschrauber');
  });

  it('exports a moved or orphaned excerpt where it was last confirmed, which is still true', async () => {
    const { core, ids, made } = await richCase();
    await newVersion(
      core,
      ids[0]!,
      ARTICLE.replace('einzigen', 'einzelnen').replace('Es gibt keine Foto', 'Fotos gibt es'),
    );
    const statuses = (await allExcerpts(core)).filter((e) => e.sourceId === ids[0]).map((e) => e.status);
    expect(statuses.sort()).toEqual(['anchored', 'moved', 'orphan']);
    const v1 = (await ok<{ version: { sha256: string } }>(core, 'sources.get', { sourceId: ids[0], version: 1 }))
      .version;
    const items = (await exportOf(core)).first.items;
    const moved = items.find((i) => i.id.endsWith(made[0]!.id))!;
    expect(moved.target.source).toBe(`urn:sha256:${v1.sha256}`);
    expect(moved.target.selector[0]).toMatchObject({ exact: 'einzigen Geheimdienstquelle' });
  });
});

describe('W3C Web Annotation import', () => {
  it('round-trips into a fresh case with the same sources: same words, places, pages, bodies and ids', async () => {
    const { core, made } = await richCase();
    const collection = await exportOf(core);
    const fresh = await caseWithSources();
    const report = await importInto(fresh.core, collection);
    expect(report.counts).toEqual({ created: 5, skippedDuplicate: 0, orphan: 0, noMatchingSource: 0, invalid: 0 });
    const strip = (e: Excerpt) => ({ ...e, sourceId: undefined, updatedAt: undefined });
    const before = (await allExcerpts(core)).map(strip);
    const after = (await allExcerpts(fresh.core)).map(strip);
    expect(after.map((e) => e.id).sort()).toEqual(made.map((e) => e.id).sort());
    expect(after.sort((x, y) => x.id.localeCompare(y.id))).toEqual(before.sort((x, y) => x.id.localeCompare(y.id)));
    // Importing the same collection again creates nothing.
    expect((await importInto(fresh.core, JSON.stringify(collection))).counts).toMatchObject({
      created: 0,
      skippedDuplicate: 5,
    });
  });

  it('re-anchors imported excerpts into a newer version with the same honesty rules', async () => {
    const { core, ids } = await richCase();
    const collection = await exportOf(core);
    const fresh = await caseWithSources();
    await newVersion(
      fresh.core,
      fresh.ids[0]!,
      ARTICLE.replace('einzigen', 'einzelnen').replace('Es gibt keine Foto', 'Fotos gibt es'),
    );
    const report = await importInto(fresh.core, collection);
    expect(report.counts).toMatchObject({ created: 4, orphan: 1 });
    const onText = (await allExcerpts(fresh.core)).filter((e) => e.sourceId === fresh.ids[0]);
    expect(onText.map((e) => [e.status, e.version]).sort()).toEqual([
      ['anchored', 2],
      ['moved', 2],
      ['orphan', 2],
    ]);
    expect(ids).toHaveLength(3);
  });

  it('reports sources that do not match, invalid items, and reads NFD quotes and other tools’ annotations', async () => {
    const { core, ids, versions } = await caseWithSources();
    const sha = (await ok<{ version: { sha256: string } }>(core, 'sources.get', { sourceId: ids[0] })).version.sha256;
    const foreign: WebAnnotation[] = [
      {
        id: 'https://hypothes.is/a/abc',
        type: 'Annotation',
        target: {
          source: `urn:sha256:${sha}`,
          // An NFD quote with a context shorter than ours, as another tool might write it.
          selector: [
            { type: 'TextQuoteSelector', exact: 'Die Behörde in Köln'.normalize('NFD'), prefix: 'Grenze.\n\n' },
          ],
        },
      },
      { id: 'x2', type: 'Annotation', target: { source: `urn:sha256:${'0'.repeat(64)}`, selector: [] } },
      { id: 'x3', type: 'Annotation', target: { source: 'https://example.org/', selector: [] } },
      {
        id: 'x4',
        type: 'Annotation',
        target: { source: `urn:sha256:${sha}`, selector: [{ type: 'TextPositionSelector', start: 0, end: 5 }] },
      },
    ];
    const report = await importInto(core, [...foreign, { type: 'Comment' }, 42]);
    expect(report.items.map((i) => i.outcome)).toEqual([
      'created',
      'noMatchingSource',
      'noMatchingSource',
      'created',
      'invalid',
      'invalid',
    ]);
    const created = await Promise.all(
      report.items.filter((i) => i.excerptId).map((i) => ok<Excerpt>(core, 'excerpts.get', { excerptId: i.excerptId })),
    );
    expect(created.map((e) => e.quote)).toEqual(['Die Behörde in Köln', versions[0]!.text.slice(0, 5)]);
    expect(created[0]!.quote.normalize('NFC')).toBe(created[0]!.quote);
    expect(created[0]!.status).toBe('anchored');
    expect((await fails(core, 'excerpts.importAnnotations', { json: '{not json' })).code).toBe('INVALID_INPUT');
    expect((await fails(core, 'excerpts.importAnnotations', { json: { type: 'Foo' } })).code).toBe('INVALID_INPUT');
  });
});

describe('workbench export --format annotations', { timeout: 90_000 }, () => {
  it('writes the collection atomically and never replaces a file without --force', async () => {
    const { core, path } = await richCase();
    const expected = await exportOf(core);
    await ok(core, 'case.close');
    const dir = tempDir();
    const out = join(dir, 'excerpts.jsonld');

    const first = workbench(['export', path, '--format', 'annotations', '--out', out], dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Exported 5 annotation(s)');
    const written = JSON.parse(readFileSync(out, 'utf8')) as WebAnnotationCollection;
    expect({ ...written, generated: '' }).toEqual({ ...expected, generated: '' });

    writeFileSync(out, 'keep me');
    const refused = workbench(['export', path, '--format', 'annotations', '--out', out], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('FILE_EXISTS');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = workbench(['export', path, '--format', 'annotations', '--out', out, '--force', '--json'], dir);
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ ok: true, annotations: 5 });
    expect(JSON.parse(readFileSync(out, 'utf8')).total).toBe(5);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    expect(workbench(['export', path, '--out', out], dir).code).toBe(2);
    expect(workbench(['export', path, '--format', 'pdf', '--out', out], dir).code).toBe(2);
    expect(workbench(['export', path, '--format', 'annotations'], dir).code).toBe(2);
    const noDir = workbench(['export', path, '--format', 'annotations', '--out', join(dir, 'nope', 'x.json')], dir);
    expect(noDir.code).toBe(1);
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });
});
