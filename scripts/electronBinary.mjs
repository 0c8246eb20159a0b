/**
 * Finds the Electron executable without side effects. The `electron` package's
 * own entry (require('electron')) tries to *download* the binary when it is
 * missing; an offline app's start script must never do that, so this mirrors
 * its lookup (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) read-only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The executable inside an Electron dist folder, as the electron package's install.js names it. */
export function platformExecutable(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** The installed electron package's folder, or null. */
export function electronPackageDir(fromDir = process.cwd()) {
  try {
    return dirname(createRequire(join(fromDir, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function resolveElectronBinary({
  packageDir = electronPackageDir(),
  env = process.env,
  platform = process.platform,
} = {}) {
  const pathFile = packageDir ? join(packageDir, 'path.txt') : null;
  const recorded = pathFile && existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const executable = recorded || platformExecutable(platform);
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable);
    return existsSync(path)
      ? { ok: true, path }
      : { ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${executable}` };
  }
  if (!packageDir) return { ok: false, reason: 'the electron package is not installed' };
  if (!recorded) return { ok: false, reason: 'binary not installed' };
  const path = join(packageDir, 'dist', recorded);
  return existsSync(path) ? { ok: true, path } : { ok: false, reason: 'binary not installed' };
}

/** Linux (and other X11/Wayland systems) need a display; Windows and macOS always have one. */
export function displayProblem(env = process.env, platform = process.platform) {
  if (platform === 'win32' || platform === 'darwin') return null;
  return env.DISPLAY || env.WAYLAND_DISPLAY ? null : 'no display: neither DISPLAY nor WAYLAND_DISPLAY is set';
}
