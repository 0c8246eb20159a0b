import { resolve } from 'node:path';
import type { Core } from '../../core';
import type { MethodOutput } from '../../../shared/contract';
import { writeExportFile } from '../../core/export/writeFile';
import { WorkbenchError } from '../../../shared/contract/errors';
import { BRIEFING_EXPORT_FORMATS, EXPORT_ANNEXES } from '../../../shared/contract/export';

/** Formats of the whole case (no --briefing). */
export const CASE_EXPORT_FORMATS = ['annotations', 'stix'] as const;
/** Formats of one briefing (--briefing ID|TITLE). */
export const BRIEFING_FORMATS = BRIEFING_EXPORT_FORMATS;
export const EXPORT_FORMATS = [...new Set([...CASE_EXPORT_FORMATS, ...BRIEFING_EXPORT_FORMATS])];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_USAGE = `Usage:
  workbench export CASE --briefing ID|TITLE --format pdf|html|md|docx|stix --out FILE
                   [--paper A4|Letter] [--annexes sources,gaps,scale,changes|none] [--force] [--json]
  workbench export CASE --format annotations|stix --out FILE [--force] [--json]

Formats of a briefing:
  pdf          The report printed by Chromium: cover, contents with page numbers, endnotes, annexes,
               the marking in every page's header and footer (A4 or Letter)
  html         The same report as one self-contained HTML file (no script, nothing remote)
  md           Markdown with footnotes ([^1])
  docx         Word with real headings and footnotes
  stix         A STIX 2.1 bundle: Report, Notes for judgments, claims and cited excerpts, TLP markings
Formats of the whole case:
  annotations  The case's excerpts as W3C Web Annotations (JSON-LD)
  stix         Every briefing of the case as one STIX 2.1 bundle

Warnings (a deleted excerpt cited, a marking lower than what is cited) are printed; the file is still
written and carries the briefing's marking. FILE is only replaced with --force; a failed write leaves nothing.`;

/**
 * The whole file or nothing, never over an existing file unless --force (then the
 * old file or the new one, never a torn one): the core's export writer.
 */
export function writeNewFile(target: string, content: string | Uint8Array, force: boolean): void {
  writeExportFile(target, content, force, 'use --force to replace it.');
}

export interface ExportOptions {
  format: ExportFormat;
  out: string;
  force: boolean;
  json: boolean;
  briefing?: string;
  paper?: 'A4' | 'Letter';
  annexes?: (typeof EXPORT_ANNEXES)[number][];
}

/**
 * `workbench export CASE --format annotations|stix --out FILE` for the whole
 * case, or `--briefing ID|TITLE --format pdf|html|md|docx|stix` for one briefing.
 */
export async function exportCommand(core: Core, casePath: string, options: ExportOptions): Promise<number> {
  const fail = (error: { code: string; message: string }) => {
    if (options.json) console.log(JSON.stringify({ ok: false, error }, null, 2));
    else console.error(`workbench: ${error.code}: ${error.message}`);
    return 1;
  };
  const opened = await core.dispatch('case.open', { path: casePath });
  if (!opened.ok) return fail(opened.error);
  const out = resolve(options.out);
  const write = (content: string | Uint8Array): { code: string; message: string } | null => {
    try {
      writeNewFile(out, content, options.force);
      return null;
    } catch (err) {
      if (err instanceof WorkbenchError) return err.toWire();
      throw err;
    }
  };

  if (options.briefing !== undefined || options.format !== 'annotations') {
    const ids = options.briefing !== undefined ? await findBriefing(core, options.briefing) : await allBriefings(core);
    if ('error' in ids) return fail(ids.error);
    if (options.briefing === undefined) {
      const bundle = await core.dispatch('export.caseStix', {});
      if (!bundle.ok) return fail(bundle.error);
      const { bundle: stix } = bundle.value as MethodOutput<'export.caseStix'>;
      const failed = write(`${JSON.stringify(stix, null, 2)}\n`);
      if (failed) return fail(failed);
      if (options.json) console.log(JSON.stringify({ ok: true, path: out, format: 'stix', briefings: ids.ids.length }));
      else console.log(`Exported ${ids.ids.length} briefing(s) as STIX 2.1 to ${out}`);
      return 0;
    }
    const format = options.format as (typeof BRIEFING_EXPORT_FORMATS)[number];
    const exported = await core.dispatch('export.briefing', {
      id: ids.ids[0]!,
      format,
      paper: options.paper ?? 'A4',
      annexes: options.annexes ?? [...EXPORT_ANNEXES],
    });
    if (!exported.ok) return fail(exported.error);
    const v = exported.value as MethodOutput<'export.briefing'>;
    const failed = write(Buffer.from(v.dataBase64, 'base64'));
    if (failed) return fail(failed);
    if (options.json) {
      console.log(
        JSON.stringify({
          ok: true,
          path: out,
          format,
          tlp: v.tlp,
          bytes: v.sizeBytes,
          pages: v.pageCount,
          warnings: v.warnings,
        }),
      );
    } else {
      for (const w of v.warnings) console.error(`workbench: warning: ${w.code}: ${w.message}`);
      console.log(
        `Exported ${format.toUpperCase()} (${v.tlp}${v.pageCount ? `, ${v.pageCount} pages` : ''}) to ${out}`,
      );
    }
    return 0;
  }

  const exported = await core.dispatch('excerpts.exportAnnotations', {});
  if (!exported.ok) return fail(exported.error);
  const failed = write(`${JSON.stringify(exported.value, null, 2)}\n`);
  if (failed) return fail(failed);
  const total = (exported.value as { total: number }).total;
  if (options.json) console.log(JSON.stringify({ ok: true, path: out, format: options.format, annotations: total }));
  else console.log(`Exported ${total} annotation(s) to ${out}`);
  return 0;
}

type Briefings = MethodOutput<'briefings.list'>;
type Found = { ids: string[] } | { error: { code: string; message: string } };

async function allBriefings(core: Core): Promise<Found> {
  const list = await core.dispatch('briefings.list', {});
  return list.ok ? { ids: (list.value as Briefings).map((b) => b.id) } : { error: list.error };
}

/** A briefing by id, or by its exact title (case-insensitive) when that names exactly one. */
async function findBriefing(core: Core, key: string): Promise<Found> {
  const list = await core.dispatch('briefings.list', {});
  if (!list.ok) return { error: list.error };
  const briefings = list.value as Briefings;
  const byId = briefings.find((b) => b.id === key);
  if (byId) return { ids: [byId.id] };
  const wanted = key.trim().toLocaleLowerCase();
  const byTitle = briefings.filter((b) => b.title.trim().toLocaleLowerCase() === wanted);
  if (byTitle.length === 1) return { ids: [byTitle[0]!.id] };
  if (byTitle.length > 1) {
    return {
      error: {
        code: 'INVALID_INPUT',
        message: `${byTitle.length} briefings are titled “${key}”; name one by id: ${byTitle.map((b) => `${b.id} (edition ${b.edition})`).join(', ')}`,
      },
    };
  }
  return { error: { code: 'NOT_FOUND', message: `No briefing with the id or title “${key}” in this case.` } };
}
