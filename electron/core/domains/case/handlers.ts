import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HandlerContext, HandlerMap } from '../../handlerTypes';
import { CASE_EXTENSION, createCaseFile, OpenCase } from './caseSession';
import { requireCase } from '../requireCase';

/** A file name from a case title: keeps letters of any script, drops what file systems reject. */
export function fileNameForTitle(title: string): string {
  const cleaned = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what file names must not contain
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return cleaned || 'Untitled case';
}

/**
 * Opens the new case before closing the current one, so a refused file leaves
 * the analyst where they were. Reopening the case that is open is a no-op.
 */
export function openAndRemember(ctx: HandlerContext, rawPath: string) {
  const current = ctx.session.openCase;
  const opened = current && current.path === resolve(rawPath) ? current : OpenCase.open(rawPath, ctx.door);
  if (opened !== current) {
    ctx.session.closeCase();
    ctx.session.openCase = opened;
  }
  const info = opened.info();
  // Two fsyncs of the app-data file: after the first screen (a recent-cases call or a close settles it first).
  opened.whenSettled(() => ctx.recent.touch({ path: info.path, title: info.title, tlp: info.tlp }));
  return info;
}

export const caseHandlers: HandlerMap<
  'case.create' | 'case.open' | 'case.close' | 'case.info' | 'case.update' | 'case.suggestPath'
> = {
  'case.create': (input, ctx) => {
    const path = createCaseFile(input);
    return openAndRemember(ctx, path);
  },
  'case.open': (input, ctx) => openAndRemember(ctx, input.path),
  'case.close': (_input, ctx) => ({ closed: ctx.session.closeCase() }),
  'case.info': (_input, ctx) => ctx.session.openCase?.info() ?? null,
  'case.update': (input, ctx) => {
    const info = requireCase(ctx).update(input.patch);
    ctx.recent.rename(info.path, info.title, info.tlp);
    return info;
  },
  'case.suggestPath': (input, ctx) => {
    const folder = ctx.casesDir;
    const base = fileNameForTitle(input.title);
    let candidate = join(folder, base + CASE_EXTENSION);
    for (let n = 2; existsSync(candidate) && n < 1000; n++) candidate = join(folder, `${base} ${n}${CASE_EXTENSION}`);
    return { path: candidate, folder };
  },
};
