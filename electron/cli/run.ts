import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore, type Core } from '../core';
import { peekCaseInfo } from '../core/domains/case/caseSession';
import { APP_NAME, APP_VERSION } from '../core/version';
import { WorkbenchError } from '../../shared/contract/errors';
import type { Envelope } from '../../shared/contract/wire';
import { backupCommand, restoreCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import {
  BRIEFING_FORMATS,
  CASE_EXPORT_FORMATS,
  EXPORT_USAGE,
  exportCommand,
  type ExportOptions,
} from './commands/export';
import { EXPORT_ANNEXES } from '../../shared/contract/export';
import { importCommand } from './commands/import';
import { searchCommand } from './commands/search';
import { formatCaseInfo, formatMethods } from './format';
import { methodCatalog } from './methodCatalog';
import { serve } from './serve';
import { findExtractWorker } from './paths';

export const USAGE = `Usage: workbench <command> [options]

Commands:
  serve [CASE] [--port N] [--no-open]  Start browser mode on 127.0.0.1 and print its URL
  new CASE [--title T] [--json]        Create a case file
  info CASE [--json]                   Show a case's metadata (read-only; works while it is open)
  import CASE FILE... [--json] [--version-of SRC]
                                       Import files as sources (text, Markdown, HTML, PDF, DOCX, .eml;
                                       up to 200 MB each); one result per file
  export CASE --format annotations|stix --out FILE [--force] [--json]
                                       Write the case's excerpts as W3C Web Annotations (JSON-LD), or
                                       its briefings as STIX 2.1; an existing FILE is only replaced with --force
  export CASE --briefing ID|TITLE --format pdf|html|md|docx|stix --out FILE [--paper A4|Letter]
                                       Export one briefing as a report (see workbench export --help)
  search CASE QUERY [--json] [--limit N]
                                       Search the case (German-aware; phrases, prefix*, AND/OR/NOT, NEAR)
  check CASE [--json]                  List the case's analytic checks (tradecraft rules) with their reasons
  backup CASE [--out FILE] [--json]    A checked, durable copy of CASE (also while it is open elsewhere);
                                       into its rolling backup folder, or to FILE (never overwritten)
  restore BACKUP --out CASE [--json]   Restore a backup into a NEW case file, checked by integrity and
                                       content hash (CASE is never overwritten)
  methods [--json]                     List every API method (with JSON Schema when --json)
  call CASE|- METHOD [JSON]            Invoke an API method on CASE (or on no case with -)

Options:
  --help, -h       Show this help
  --version, -v    Show the version

Exit codes: 0 success, 1 the operation failed (the error code is printed), 2 wrong usage.`;

class UsageError extends Error {}

function printError(error: { code: string; message: string }, json: boolean): void {
  if (json) console.log(JSON.stringify({ ok: false, error }, null, 2));
  else console.error(`workbench: ${error.code}: ${error.message}`);
}

async function withCore<T>(fn: (core: Core) => Promise<T>): Promise<T> {
  const core = createCore({ door: 'cli', extractWorker: findExtractWorker() });
  try {
    return await fn(core);
  } finally {
    core.close();
  }
}

function parseJsonArg(text: string | undefined): unknown {
  if (text === undefined) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`The input is not valid JSON: ${text}`);
  }
}

/** Runs one command; resolves to its exit code, or null while `serve` keeps running. */
export async function runCli(argv: string[]): Promise<number | null> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        json: { type: 'boolean' },
        title: { type: 'string' },
        port: { type: 'string' },
        'no-open': { type: 'boolean' },
        'version-of': { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        briefing: { type: 'string' },
        paper: { type: 'string' },
        annexes: { type: 'string' },
        limit: { type: 'string' },
      },
    });
  } catch (err) {
    console.error(`workbench: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  const json = values.json === true;
  if (values.version) {
    console.log(`${APP_NAME} ${APP_VERSION}`);
    return 0;
  }
  if (values.help && command === 'export') {
    console.log(EXPORT_USAGE);
    return 0;
  }
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  try {
    switch (command) {
      case 'serve': {
        const port = values.port === undefined ? 0 : Number(values.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port needs a number 0–65535');
        if (rest.length > 1) throw new UsageError('serve takes at most one case file');
        return await serve({ casePath: rest[0], port, open: values['no-open'] !== true });
      }
      case 'new': {
        const [path] = rest;
        if (!path || rest.length > 1) throw new UsageError('new needs exactly one CASE path');
        const title = values.title ?? basename(path).replace(/\.wbcase$/i, '');
        const envelope = await withCore((core) => core.dispatch('case.create', { path, title }));
        return report(envelope, json, (v) => `Created ${(v as { path: string }).path}`);
      }
      case 'info': {
        const [path] = rest;
        if (!path || rest.length > 1) throw new UsageError('info needs exactly one CASE path');
        const info = peekCaseInfo(path);
        console.log(json ? JSON.stringify(info, null, 2) : formatCaseInfo(info));
        return 0;
      }
      case 'import': {
        const [casePath, ...files] = rest;
        if (!casePath || !files.length) throw new UsageError('import needs a CASE and at least one FILE');
        const asNewVersionOf = values['version-of'];
        return await withCore((core) => importCommand(core, casePath, files, { json, asNewVersionOf }));
      }
      case 'export': {
        const [casePath, ...extra] = rest;
        if (!casePath || extra.length) throw new UsageError('export needs exactly one CASE');
        const format = values.format;
        const allowed: readonly string[] = values.briefing !== undefined ? BRIEFING_FORMATS : CASE_EXPORT_FORMATS;
        if (!format || !allowed.includes(format)) {
          throw new UsageError(
            values.briefing !== undefined
              ? `export --briefing needs --format ${BRIEFING_FORMATS.join('|')}`
              : `export needs --format ${CASE_EXPORT_FORMATS.join('|')} (or --briefing ID|TITLE for ${BRIEFING_FORMATS.join('|')})`,
          );
        }
        if (!values.out) throw new UsageError('export needs --out FILE');
        if (values.paper !== undefined && values.paper !== 'A4' && values.paper !== 'Letter') {
          throw new UsageError('--paper needs A4 or Letter');
        }
        let annexes: ExportOptions['annexes'];
        if (values.annexes !== undefined) {
          const list = values.annexes === 'none' ? [] : values.annexes.split(',').map((a) => a.trim());
          const bad = list.filter((a) => !(EXPORT_ANNEXES as readonly string[]).includes(a));
          if (bad.length)
            throw new UsageError(`--annexes takes ${EXPORT_ANNEXES.join(',')} or none; not ${bad.join(',')}`);
          annexes = list as ExportOptions['annexes'];
        }
        const options: ExportOptions = {
          format: format as ExportOptions['format'],
          out: values.out,
          force: values.force === true,
          json,
          briefing: values.briefing,
          paper: values.paper as ExportOptions['paper'],
          annexes,
        };
        return await withCore((core) => exportCommand(core, casePath, options));
      }
      case 'search': {
        const [casePath, query, ...extra] = rest;
        if (!casePath || query === undefined || extra.length) throw new UsageError('search needs a CASE and a QUERY');
        const limit = values.limit === undefined ? 20 : Number(values.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit needs a number 1–500');
        return await withCore((core) => searchCommand(core, casePath, query, { json, limit }));
      }
      case 'check': {
        const [casePath, ...extra] = rest;
        if (!casePath || extra.length) throw new UsageError('check needs exactly one CASE');
        return await withCore((core) => checkCommand(core, casePath, json));
      }
      case 'backup': {
        const [casePath, ...extra] = rest;
        if (!casePath || extra.length) throw new UsageError('backup needs exactly one CASE');
        return backupCommand(casePath, { out: values.out, json });
      }
      case 'restore': {
        const [backupPath, ...extra] = rest;
        if (!backupPath || extra.length) throw new UsageError('restore needs exactly one BACKUP');
        if (!values.out) throw new UsageError('restore needs --out CASE (a new file)');
        return restoreCommand(backupPath, { out: values.out, json });
      }
      case 'methods': {
        const catalog = methodCatalog();
        console.log(json ? JSON.stringify(catalog, null, 2) : formatMethods(catalog));
        return 0;
      }
      case 'call': {
        const [casePath, method, input, ...extra] = rest;
        if (!casePath || !method || extra.length)
          throw new UsageError('call needs CASE (or -), METHOD and optional JSON');
        const payload = parseJsonArg(input);
        const envelope = await withCore(async (core) => {
          if (casePath !== '-') {
            const opened = await core.dispatch('case.open', { path: casePath });
            if (!opened.ok) return opened;
          }
          return core.dispatch(method, payload);
        });
        if (envelope.ok) {
          console.log(JSON.stringify(envelope.value, null, 2));
          return 0;
        }
        printError(envelope.error, true);
        return 1;
      }
      default:
        throw new UsageError(`Unknown command “${command}”.`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`workbench: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof WorkbenchError) {
      printError(err.toWire(), json);
      return 1;
    }
    throw err;
  }
}

function report(envelope: Envelope<unknown>, json: boolean, human: (value: unknown) => string): number {
  if (!envelope.ok) {
    printError(envelope.error, json);
    return 1;
  }
  console.log(json ? JSON.stringify(envelope.value, null, 2) : human(envelope.value));
  return 0;
}
