import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok, tempDir, testCore } from '../helpers/tempDirs';
import { runCrashCampaign } from './crashHarness';

/**
 * `npm test` runs a bounded campaign; `npm run test:hardening` sets
 * HARDENING_FULL=1 for the full one (≥ 100 kills over ≥ 1,000 acknowledged
 * writes). HARDENING_SEED replays a schedule; HARDENING_REPORT writes the figures.
 */
const FULL = process.env.HARDENING_FULL === '1';
const KILLS = FULL ? 100 : 6;
const TRANSACTIONS = FULL ? 1000 : 40;
const SEED = Number(process.env.HARDENING_SEED ?? (FULL ? Date.now() % 2 ** 31 : 20261201));

describe('crash safety', () => {
  it(
    `SIGKILL at random moments: ${KILLS} kills over ≥ ${TRANSACTIONS} acknowledged writes lose nothing and half-apply nothing`,
    { timeout: FULL ? 3_600_000 : 300_000 },
    async () => {
      const { core, dir } = testCore();
      const casePath = join(dir, 'Absturz.wbcase');
      await ok(core, 'case.create', { path: casePath, title: 'Absturztest' });
      await ok(core, 'case.close');
      const appDataDir = join(tempDir(), 'appdata');
      mkdirSync(appDataDir, { recursive: true });
      const started = Date.now();
      const stats = await runCrashCampaign({
        casePath,
        appDataDir,
        kills: KILLS,
        transactions: TRANSACTIONS,
        seed: SEED,
      });
      const seconds = (Date.now() - started) / 1000;
      const report = { seed: SEED, seconds, ...stats };
      if (process.env.HARDENING_REPORT)
        writeFileSync(process.env.HARDENING_REPORT, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`crash campaign: ${JSON.stringify(report)}`);
      expect(stats.failures).toEqual([]);
      expect(stats.kills).toBeGreaterThanOrEqual(KILLS);
      expect(stats.transactions).toBeGreaterThanOrEqual(TRANSACTIONS);
      // Every kind of write was exercised.
      expect(Object.keys(stats.byOp).sort()).toEqual(
        ['claim', 'evidence', 'excerpt', 'import', 'rate', 'reliability', 'update'].sort(),
      );
    },
  );
});
