import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A private launcher page that forwards to the app's URL. The browser is
 * started with the path of this file, not with the URL, so the access token
 * never appears in another process's arguments (visible to every user in `ps`).
 * The folder is readable by the owner only and removed after a minute.
 */
export function writeLauncherPage(url: string): { file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-launch-'));
  const file = join(dir, 'open-workbench.html');
  const escaped = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  writeFileSync(
    file,
    `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer">` +
      `<meta http-equiv="refresh" content="0;url=${escaped}"><title>Analyst Workbench</title>` +
      `<p>Opening Analyst Workbench…</p>`,
    { mode: 0o600 },
  );
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Opens the system browser when there is one to show. Returns false without
 * trying on a machine with no display, so a headless server just prints the URL.
 */
export function openInBrowser(url: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return false;
  const launcher = writeLauncherPage(url);
  const [command, args]: [string, string[]] =
    process.platform === 'darwin'
      ? ['open', [launcher.file]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', launcher.file]]
        : ['xdg-open', [launcher.file]];
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => launcher.remove());
    child.unref();
    setTimeout(() => launcher.remove(), 60_000).unref();
    return true;
  } catch {
    launcher.remove();
    return false;
  }
}
