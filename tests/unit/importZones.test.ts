import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import zones of ARCHITECTURE.md §3 must really fail the lint: each probe
 * is linted as if it were a file in that zone.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function zoneErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? [])
    .filter(
      (m) =>
        m.ruleId === 'boundaries/dependencies' ||
        m.ruleId === 'no-restricted-imports' ||
        m.ruleId === 'no-restricted-syntax',
    )
    .map((m) => `${m.ruleId}`);
}

describe('import zones', () => {
  const forbidden: [string, string, string][] = [
    ['core imports electron', 'electron/core/probe.ts', "import 'electron';"],
    ['core imports the web host', 'electron/core/probe.ts', "import '../webhost/server';"],
    ['core imports React', 'electron/core/probe.ts', "import 'react';"],
    ['shared imports node', 'shared/domain/probe.ts', "import 'node:path';"],
    ['shared imports the core', 'shared/domain/probe.ts', "import '../../electron/core/index';"],
    ['shared imports React', 'shared/domain/probe.ts', "import 'react';"],
    ['renderer imports node', 'renderer/src/probe.ts', "import 'node:fs';"],
    ['renderer imports electron', 'renderer/src/probe.ts', "import 'electron';"],
    ['renderer imports the core', 'renderer/src/probe.ts', "import '../../electron/core/index';"],
    [
      'renderer touches window.workbench outside src/api',
      'renderer/src/features/probe.ts',
      'window.workbench.call("x", {});',
    ],
    ['preload imports more than the wire module', 'electron/preload/probe.ts', "import '../../shared/contract/index';"],
    ['preload imports node', 'electron/preload/probe.ts', "import 'node:fs';"],
    ['web host imports electron', 'electron/webhost/probe.ts', "import 'electron';"],
    ['cli imports electron', 'electron/cli/probe.ts', "import 'electron';"],
    ['main imports the web host', 'electron/main/probe.ts', "import '../webhost/server';"],
  ];
  for (const [label, file, code] of forbidden) {
    it(`fails when ${label}`, async () => {
      expect(await zoneErrors(file, code)).not.toEqual([]);
    });
  }

  const allowed: [string, string, string][] = [
    ['core imports shared', 'electron/core/probe.ts', "import '../../shared/contract/index';"],
    ['core imports node and SQLite', 'electron/core/probe.ts', "import 'node:fs';\nimport 'better-sqlite3';"],
    [
      'cli imports the web host and the core',
      'electron/cli/probe.ts',
      "import '../webhost/server';\nimport '../core/index';",
    ],
    ['renderer imports shared', 'renderer/src/probe.ts', "import '../../shared/contract/index';"],
    ['preload imports the wire module', 'electron/preload/probe.ts', "import '../../shared/contract/wire';"],
  ];
  for (const [label, file, code] of allowed) {
    it(`passes when ${label}`, async () => {
      expect(await zoneErrors(file, code)).toEqual([]);
    });
  }
});
