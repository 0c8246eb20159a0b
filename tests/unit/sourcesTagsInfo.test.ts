import { describe, expect, it } from 'vitest';
import type { SourceDetail, SourceVersionContent, SourceVersionMeta, TagCount } from '../../shared/domain/source';
import { fails, ok, testCore } from '../helpers/tempDirs';
import { GERMAN_TEXT, emlWithAttachment, file } from '../fixtures/sources/build';
import { caseWithCore, importOk } from '../fixtures/sources/caseHelpers';

/** sources.tags (the tag filter's choices) and sources.info (the inspector's metadata without the text), through dispatch. */

describe('sources.tags', () => {
  it('lists every tag of the case once, with its number of sources, sorted as a person looks it up', async () => {
    const { core } = await caseWithCore();
    const ids: string[] = [];
    for (const [i, body] of ['eins', 'zwei', 'drei', 'vier'].entries()) {
      ids.push((await importOk(core, file(`q${i}.txt`, `Quelle ${body}: ${GERMAN_TEXT}`))).source.id);
    }
    const tag = (sourceId: string, tags: string[]) => ok(core, 'sources.update', { sourceId, patch: { tags } });
    await tag(ids[0]!, ['Grenze', 'Übung', 'drohnen']);
    await tag(ids[1]!, ['Grenze', 'Ernte']);
    await tag(ids[2]!, ['Grenze', 'Öl', 'Straße']);
    // Tags are NFC-normalised on the way in: a decomposed "Ü" is the same tag as a composed one.
    await tag(ids[3]!, ['U\u0308bung', 'Strasse']);

    expect(await ok<TagCount[]>(core, 'sources.tags')).toEqual([
      { tag: 'drohnen', count: 1 },
      { tag: 'Ernte', count: 1 },
      { tag: 'Grenze', count: 3 },
      { tag: 'Öl', count: 1 },
      // ß folds to ss: the two spellings sort together, exact spelling deciding between them.
      { tag: 'Strasse', count: 1 },
      { tag: 'Straße', count: 1 },
      { tag: 'Übung', count: 2 },
    ]);
  });

  it('follows edits and deletions, and is empty in a case without tags', async () => {
    const { core } = await caseWithCore();
    expect(await ok(core, 'sources.tags')).toEqual([]);
    const { source } = await importOk(core, file('a.txt', GERMAN_TEXT));
    await ok(core, 'sources.update', { sourceId: source.id, patch: { tags: ['Lage'] } });
    expect(await ok(core, 'sources.tags')).toEqual([{ tag: 'Lage', count: 1 }]);
    await ok(core, 'sources.update', { sourceId: source.id, patch: { tags: ['Lage', 'Grenze'] } });
    expect(await ok(core, 'sources.tags')).toEqual([
      { tag: 'Grenze', count: 1 },
      { tag: 'Lage', count: 1 },
    ]);
    await ok(core, 'sources.delete', { sourceId: source.id });
    expect(await ok(core, 'sources.tags')).toEqual([]);
  });

  it('needs an open case', async () => {
    const { core } = testCore();
    expect((await fails(core, 'sources.tags')).code).toBe('NO_CASE_OPEN');
  });
});

describe('sources.info', () => {
  it('gives what sources.get gives, less the text, blocks and pages', async () => {
    const { core } = await caseWithCore();
    const { source } = await importOk(core, file('hinweis.eml', emlWithAttachment()));
    const full = await ok<{ source: SourceDetail; version: SourceVersionContent }>(core, 'sources.get', {
      sourceId: source.id,
    });
    const info = await ok<{ source: SourceDetail; version: SourceVersionMeta }>(core, 'sources.info', {
      sourceId: source.id,
    });
    const { text, blocks, pages, ...rest } = full.version;
    expect(text.length).toBeGreaterThan(0);
    expect(blocks.length).toBeGreaterThan(0);
    expect(pages).toBeNull();
    expect(info).toEqual({ source: full.source, version: rest });
    expect(Object.keys(info.version)).not.toContain('text');
    expect(info.version.metadata.email?.attachments).toHaveLength(1);
  });

  it('reads a named version, and refuses one that does not exist', async () => {
    const { core } = await caseWithCore();
    const first = await importOk(core, file('lage.txt', `Erste Fassung. ${GERMAN_TEXT}`));
    await ok(core, 'sources.import', {
      files: [file('lage.txt', `Zweite Fassung. ${GERMAN_TEXT}`)],
      asNewVersionOf: first.source.id,
    });
    const current = await ok<{ version: SourceVersionMeta }>(core, 'sources.info', { sourceId: first.source.id });
    expect(current.version).toMatchObject({ version: 2, isCurrent: true });
    const old = await ok<{ version: SourceVersionMeta }>(core, 'sources.info', {
      sourceId: first.source.id,
      version: 1,
    });
    expect(old.version).toMatchObject({ version: 1, isCurrent: false, sha256: first.version.sha256 });
    const missing = await fails(core, 'sources.info', { sourceId: first.source.id, version: 9 });
    expect(missing.code).toBe('NOT_FOUND');
    expect((await fails(core, 'sources.info', { sourceId: 'src_nope' })).code).toMatch(/NOT_FOUND|INVALID_INPUT/);
  });
});
