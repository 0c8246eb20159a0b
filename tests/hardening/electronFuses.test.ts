import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** electron-builder reads its config with js-yaml; the test reads it with the same parser, not with regexes. */
function builderConfig(): Record<string, unknown> {
  const require = createRequire(join(ROOT, 'node_modules/app-builder-lib/package.json'));
  const yaml = require('js-yaml') as { load(text: string): unknown };
  return yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
}

describe('electron-builder hardening fuses', () => {
  const config = builderConfig();
  const fuses = config.electronFuses as Record<string, unknown>;

  it('turns off running as Node, NODE_OPTIONS and the inspector, and requires the checked asar', () => {
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // The remaining fuses are set deliberately too.
    expect(fuses).toMatchObject({
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar (the integrity fuse checks it), with no update feed and the pinned Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(config.electronVersion).toBe(pkg.devDependencies.electron);
  });

  it('every fuse name is one @electron/fuses knows (a typo would silently leave the fuse at its default)', () => {
    // The option names electron-builder's own typings declare for electronFuses.
    const typings = readFileSync(join(ROOT, 'node_modules/app-builder-lib/out/configuration.d.ts'), 'utf8');
    const known = new Set([...typings.matchAll(/^\s+(\w+)\?: boolean;/gm)].map((m) => m[1]));
    expect(known).toContain('onlyLoadAppFromAsar');
    for (const name of Object.keys(fuses)) expect(known, name).toContain(name);
  });
});
