#!/usr/bin/env node
/**
 * `npm start` (after `npm run build`): the desktop app when Electron can run
 * here, otherwise browser mode, saying why in one line. Arguments are passed
 * on to either (a .wbcase path to open, or `serve` options such as --port).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayProblem, electronPackageDir, resolveElectronBinary } from './electronBinary.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
/** An Electron that dies this soon with an error (no sandbox, missing libraries) counts as "cannot run here". */
const EARLY_EXIT_MS = 3000;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

let child = null;
let stopping = false;
for (const signal of SIGNALS) {
  process.on(signal, () => {
    stopping = true;
    if (child && child.exitCode === null) child.kill(signal);
    else process.exit(130);
  });
}

function run(command, commandArgs, env, onEarlyFailure) {
  const started = Date.now();
  let settled = false;
  const proc = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  child = proc;
  proc.on('error', (err) => {
    if (settled) return;
    settled = true;
    if (onEarlyFailure && !stopping) onEarlyFailure(`it could not be started: ${err.message}`);
    else fail(err);
  });
  proc.on('exit', (code, signal) => {
    if (settled) return;
    settled = true;
    const early = Date.now() - started < EARLY_EXIT_MS;
    if (onEarlyFailure && early && !stopping && code !== 0 && code !== null)
      onEarlyFailure(`it exited with code ${code}`);
    else process.exit(code ?? (signal ? 128 : 1));
  });
}

function fail(err) {
  console.error(`Could not start the workbench: ${err.message}`);
  process.exit(1);
}

function browserMode(reason) {
  console.log(`Electron is not available here (${reason}); starting browser mode instead.`);
  const cli = join(root, 'out', 'node', 'workbench.mjs');
  if (!existsSync(cli)) fail(new Error('out/node/workbench.mjs is missing; run `npm run build` first'));
  run(process.execPath, [cli, 'serve', ...args], process.env, null);
}

const electron = resolveElectronBinary({ packageDir: electronPackageDir(root) });
const problem = electron.ok ? displayProblem() : electron.reason;
if (problem) {
  browserMode(problem);
} else if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
  fail(new Error('out/main/index.js is missing; run `npm run build` first'));
} else {
  // Set by some tools (and by `electron` itself in child processes); it would make Electron a plain Node.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron.path, [root, ...args], env, browserMode);
}
