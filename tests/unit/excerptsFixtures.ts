/** Helpers for the excerpt tests: a case with one imported source, and typed calls. */
import { expect } from 'vitest';
import type { Core } from '../../electron/core';
import type { Excerpt } from '../../shared/domain/excerpt';
import type { SourceVersionContent } from '../../shared/domain/source';
import { file } from '../fixtures/sources/build';
import { caseWithCore, importFiles, importOk } from '../fixtures/sources/caseHelpers';
import { fails, ok } from '../helpers/tempDirs';

export const ARTICLE = [
  'Sechs nordkoreanische Offiziere sollen bei dem Angriff ums Leben gekommen sein.',
  'Das wurde bisher nur von einer einzigen Geheimdienstquelle bestätigt.',
  'Es gibt keine Foto- oder Videobeweise für den Vorfall an der Grenze.',
  'Die Behörde in Köln äußerte sich nicht zur Größe der Einheit.',
].join('\n\n');

/** A fresh case holding one text source; returns the core, the source id and its stored version. */
export async function caseWithText(text = ARTICLE, name = 'bericht.txt') {
  const { core, dir, path } = await caseWithCore();
  const { result, version } = await importOk(core, file(name, text));
  return { core, dir, path, sourceId: result.sourceId!, version };
}

/** Offsets of `words` (the n-th occurrence) in a stored version's text. */
export function rangeOf(v: Pick<SourceVersionContent, 'text'>, words: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = v.text.indexOf(words, at + 1);
  expect(at, `“${words}” in the text`).toBeGreaterThanOrEqual(0);
  return { start: at, end: at + words.length };
}

export function createExcerpt(core: Core, input: object): Promise<Excerpt> {
  return ok<Excerpt>(core, 'excerpts.create', input);
}

export async function createFails(core: Core, input: object) {
  return fails(core, 'excerpts.create', input);
}

/** Imports `text` as the next version of a source; returns the import result. */
export async function newVersion(core: Core, sourceId: string, text: string, name = 'bericht-v2.txt') {
  const [result] = await importFiles(core, [file(name, text)], { asNewVersionOf: sourceId });
  expect(result!.status, JSON.stringify(result)).toBe('newVersion');
  return result!;
}

export const getExcerpt = (core: Core, excerptId: string) => ok<Excerpt>(core, 'excerpts.get', { excerptId });
