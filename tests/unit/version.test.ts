import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_NAME, APP_VERSION } from '../../electron/core/version';

describe('version', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; productName: string };
    expect(APP_VERSION).toBe(pkg.version);
    expect(APP_NAME).toBe(pkg.productName);
  });
});
