import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { _electron as electron, test, expect } from '@playwright/test';

const REPO = resolve(import.meta.dirname, '..', '..');

/**
 * Where the `electron` package would find its binary, without asking it: a plain
 * require('electron') tries to download the binary when it is missing.
 */
function electronBinary(): { path: string } | { missing: string } {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, relative || 'electron') : relative ? join(packageDir, 'dist', relative) : '';
  if (!binary) return { missing: 'node_modules/electron/path.txt is absent (the binary was never downloaded)' };
  if (!existsSync(binary)) return { missing: `${binary} does not exist` };
  return { path: binary };
}

test('the desktop app opens its window on the welcome screen', async () => {
  const found = electronBinary();
  test.skip(
    'missing' in found,
    `Electron binary not available on this machine: ${'missing' in found ? found.missing : ''}`,
  );
  if (!('path' in found)) return;
  expect(existsSync(join(REPO, 'out', 'main', 'index.js')), 'run `npm run build` first').toBe(true);

  const root = mkdtempSync(join(tmpdir(), 'wb-e2e-electron-'));
  const app = await electron.launch({
    executablePath: found.path,
    args: [REPO],
    cwd: REPO,
    env: { ...process.env, WORKBENCH_DATA_DIR: join(root, 'data'), WORKBENCH_CASES_DIR: join(root, 'cases') },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1, name: 'Analyst Workbench' })).toBeVisible();
    await expect(window.getByRole('button', { name: 'New case…' })).toBeVisible();
    // The preload exposes exactly the bridge, and no Node.
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  } finally {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  }
});
