import { readFileSync, statSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openInBrowser, writeLauncherPage } from '../../electron/cli/openBrowser';

describe('opening the browser', () => {
  it('forwards through a private launcher file, so the token is not in any process arguments', () => {
    const url = 'http://127.0.0.1:4321/#token=abc_DEF-123';
    const launcher = writeLauncherPage(url);
    try {
      expect(launcher.file).not.toContain('abc_DEF-123');
      expect(readFileSync(launcher.file, 'utf8')).toContain(`content="0;url=${url}"`);
      expect(statSync(launcher.file).mode & 0o077).toBe(0);
    } finally {
      launcher.remove();
    }
    expect(existsSync(launcher.file)).toBe(false);
  });

  it('does not try without a display on Linux', () => {
    if (process.platform !== 'linux') return;
    expect(openInBrowser('http://127.0.0.1:1/#token=x', {})).toBe(false);
  });
});
