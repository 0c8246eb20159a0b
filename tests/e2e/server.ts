import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface WorkbenchServer {
  /** The address with the token fragment, as printed by `workbench serve`. */
  url: string;
  origin: string;
  token: string;
  /** Fresh temp folders: preferences and recent list, default cases folder, scratch files. */
  dataDir: string;
  casesDir: string;
  scratchDir: string;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

const REPO = resolve(import.meta.dirname, '..', '..');
const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/;
const START_TIMEOUT_MS = 20_000;

/**
 * The server command. Default: the built CLI. WORKBENCH_E2E_SERVER overrides it
 * (whitespace-separated command and arguments before `serve`), e.g.
 * `node_modules/.bin/tsx electron/cli/index.ts` to run the CLI from source.
 */
function serverCommand(): string[] {
  const override = process.env.WORKBENCH_E2E_SERVER?.trim();
  if (override) return override.split(/\s+/);
  const script = join(REPO, 'out', 'node', 'workbench.mjs');
  if (!existsSync(script)) {
    throw new Error(`${script} is missing: run \`npm run build\` first (\`npm run test:e2e\` does).`);
  }
  return [process.execPath, script];
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
}

export async function startServer(): Promise<WorkbenchServer> {
  const root = mkdtempSync(join(tmpdir(), 'wb-e2e-'));
  const dataDir = join(root, 'data');
  const casesDir = join(root, 'cases');
  const scratchDir = join(root, 'scratch');
  for (const dir of [dataDir, casesDir, scratchDir]) mkdirSync(dir);

  const [command, ...args] = serverCommand();
  if (!command) throw new Error('WORKBENCH_E2E_SERVER is empty');
  const child = spawn(command, [...args, 'serve', '--no-open', '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, WORKBENCH_DATA_DIR: dataDir, WORKBENCH_CASES_DIR: casesDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (output += chunk));
  // A server that goes away mid-test says how (exit code or signal) in the failure report.
  child.once('exit', (code, signal) => (output += `\n[server exited: ${signal ?? code}]\n`));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited(child);
      clearTimeout(timer);
    }
    rmSync(root, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
      child.stdout?.on('data', (chunk: string) => {
        output += chunk;
        const match = URL_PATTERN.exec(output);
        if (match) {
          clearTimeout(timer);
          resolveUrl(match[0]);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${signal ?? code}) before printing its URL`));
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
    const parsed = new URL(url);
    return {
      url,
      origin: parsed.origin,
      token: parsed.hash.replace('#token=', ''),
      dataDir,
      casesDir,
      scratchDir,
      output: () => output,
      stop,
    };
  } catch (err) {
    await stop();
    throw new Error(`Could not start \`${[command, ...args].join(' ')} serve\`: ${(err as Error).message}\n${output}`, {
      cause: err,
    });
  }
}
