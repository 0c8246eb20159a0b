#!/usr/bin/env node
/**
 * Release-machine step (needs internet): puts an Electron-ABI build of
 * better-sqlite3 at native/electron/<platform>-<arch>/better_sqlite3.node,
 * beside — never instead of — the Node build in node_modules that tests and
 * the CLI use. Works on a copy of the package, so node_modules is untouched.
 *
 *   node scripts/buildElectronSqlite.mjs [--arch x64|arm64]
 *
 * Tries the published prebuilt first (prebuild-install), then compiles against
 * Electron's headers (node-gyp). See docs/RELEASE.md.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveElectronBinary } from './electronBinary.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(join(root, 'package.json'));
const archFlag = process.argv.indexOf('--arch');
const arch = archFlag > 0 ? process.argv[archFlag + 1] : process.arch;
const platform = process.platform;
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const targetDir = join(root, 'native', 'electron', `${platform}-${arch}`);
const target = join(targetDir, 'better_sqlite3.node');

// npm sets npm_config_nodedir (this project's machines point it at Node's headers); node-gyp would
// then build against Node instead of Electron. Drop every npm_config_* from the children's environment.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_config_')));

function step(label, command, args, cwd) {
  console.log(`\n> ${label}`);
  return spawnSync(command, args, { cwd, env, stdio: 'inherit' }).status === 0;
}

const work = mkdtempSync(join(tmpdir(), 'wb-electron-sqlite-'));
const copy = join(work, 'better-sqlite3');
try {
  cpSync(sqliteDir, copy, { recursive: true, filter: (src) => !src.startsWith(join(sqliteDir, 'build')) });
  const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
  const common = [`--target=${electronVersion}`, `--arch=${arch}`];
  const ok =
    step(
      `prebuilt better-sqlite3 for Electron ${electronVersion} (${platform}-${arch})`,
      process.execPath,
      [require.resolve('prebuild-install/bin.js'), '--runtime=electron', `--platform=${platform}`, ...common],
      copy,
    ) ||
    step(
      `compiling better-sqlite3 against Electron ${electronVersion} headers`,
      process.execPath,
      [
        require.resolve('node-gyp/bin/node-gyp.js'),
        'rebuild',
        '--release',
        '--dist-url=https://electronjs.org/headers',
        ...common,
      ],
      copy,
    );
  if (!ok || !existsSync(built)) throw new Error('no Electron build of better-sqlite3 was produced');
  mkdirSync(targetDir, { recursive: true });
  copyFileSync(built, target);
  console.log(`\nWrote ${target}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Prove it loads in Electron's runtime (not possible where the Electron binary is absent).
const electron = resolveElectronBinary({ packageDir: dirname(require.resolve('electron/package.json')) });
if (electron.ok && arch === process.arch) {
  const probe = `const D=require(${JSON.stringify(join(sqliteDir, 'lib', 'index.js'))});new D(':memory:',{nativeBinding:${JSON.stringify(target)}}).prepare('select 1').get();console.log('loads in Electron: ok')`;
  const res = spawnSync(electron.path, ['-e', probe], { env: { ...env, ELECTRON_RUN_AS_NODE: '1' }, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error('The built module does not load in Electron.');
    process.exit(1);
  }
} else {
  console.log(`(Not load-tested: ${electron.ok ? 'cross-arch build' : electron.reason}.)`);
}
