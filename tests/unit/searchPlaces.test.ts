/**
 * What the search view needs beyond ranked hits (issue 8): counts per kind under the other
 * filters, and for each hit the exact place to open — the source version and offset, or the
 * briefing's text leaf and offset counted as the editor counts (one character per reference).
 */
import { describe, expect, it } from 'vitest';
import type { SearchOutput } from '../../shared/contract/search';
import { file } from '../fixtures/sources/build';
import { caseWithCore, importOk } from '../fixtures/sources/caseHelpers';
import { ok } from '../helpers/tempDirs';

const ARTICLE = [
  'Außenminister in Velmar',
  'Der Außenminister traf am Dienstag die Hafenbehörde. Über die Drohnen sprach er nicht.',
].join('\n\n');

async function placesCase() {
  const { core } = await caseWithCore('Orte');
  const { result } = await importOk(core, file('artikel.txt', ARTICLE));
  const sourceId = result.sourceId!;
  await ok(core, 'sources.setReliability', { sourceId, reliability: 'B', reason: 'Bekannte Zeitung' });
  await ok(core, 'excerpts.create', { sourceId, quote: 'traf am Dienstag die Hafenbehörde' });
  await ok(core, 'analysis.create', { kind: 'claim', text: 'Die Hafenbehörde weiß von den Drohnen' });
  const search = (query: string, extra: object = {}) => ok<SearchOutput>(core, 'search.query', { query, ...extra });
  return { core, sourceId, search };
}

describe('counts per kind', () => {
  it('counts every kind under the other filters, whatever kinds are asked for', async () => {
    const { search } = await placesCase();
    const all = await search('Hafenbehoerde');
    expect(all.counts).toEqual({ source: 1, excerpt: 1, analytic: 1, briefing: 0 });
    expect(all.total).toBe(3);
    const onlyClaims = await search('Hafenbehoerde', { kinds: ['analytic'] });
    expect(onlyClaims.items.map((i) => i.kind)).toEqual(['analytic']);
    expect(onlyClaims.total).toBe(1);
    expect(onlyClaims.counts).toEqual(all.counts);
    // A source filter leaves out what has no source (claims), in the counts too.
    const rated = await search('Hafenbehoerde', { reliability: ['B'] });
    expect(rated.counts).toEqual({ source: 1, excerpt: 1, analytic: 0, briefing: 0 });
    expect((await search('Hafenbehoerde', { reliability: ['A'] })).counts).toEqual({
      source: 0,
      excerpt: 0,
      analytic: 0,
      briefing: 0,
    });
    expect((await search('')).counts).toEqual({ source: 0, excerpt: 0, analytic: 0, briefing: 0 });
  });
});

describe('the place of a hit', () => {
  it('gives a source hit its version and the offset of the words in that version’s text', async () => {
    const { core, search, sourceId } = await placesCase();
    const hit = (await search('Aussenminister', { kinds: ['source'] })).items[0]!;
    expect(hit).toMatchObject({ kind: 'source', id: sourceId, field: 'body', version: 1, leaf: null });
    const { version } = await ok<{ version: { text: string } }>(core, 'sources.get', { sourceId });
    expect(version.text.slice(hit.offset!, hit.offset! + hit.hitLength!)).toBe('Außenminister');
    // Claims and excerpts open by id: no offset.
    const claim = (await search('weiss', { kinds: ['analytic'] })).items[0]!;
    expect(claim).toMatchObject({ offset: null, hitLength: null, version: null, leaf: null });
  });

  it('gives a briefing hit its text leaf and an offset that counts each reference as one character', async () => {
    const { core, search } = await placesCase();
    const claim = (await search('weiss', { kinds: ['analytic'] })).items[0]!;
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Lage' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'claimRef', attrs: { claimId: claim.id } },
            { type: 'text', text: ' Darum prüft die Straßenmeisterei.' },
          ],
        },
      ],
    };
    const briefing = await ok<{ id: string }>(core, 'briefings.create', { title: 'Lagebild', doc });
    const hit = (await search('Strassenmeisterei', { kinds: ['briefing'] })).items[0]!;
    expect(hit).toMatchObject({ kind: 'briefing', id: briefing.id, leaf: 1, version: null });
    // The reference is one character, then " Darum prüft die ".
    expect(hit.offset).toBe(1 + ' Darum prüft die '.length);
    expect(hit.hitLength).toBe('Straßenmeisterei'.length);
    // A title hit has no place in the text.
    const title = (await search('Lagebild', { kinds: ['briefing'] })).items[0]!;
    expect(title).toMatchObject({ field: 'title', offset: null, leaf: null });
  });
});
