import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecentCase } from '../../../../shared/domain/case';
import { tlpSchema } from '../../../../shared/domain/case';
import { JsonStore } from '../../util/jsonStore';

const MAX_RECENT = 12;

const storedSchema = z.object({
  version: z.literal(1),
  cases: z.array(z.object({ path: z.string(), title: z.string(), tlp: tlpSchema.optional(), openedAt: z.number() })),
});
type Stored = z.infer<typeof storedSchema>;

/** Recently opened cases, in the user's app-data folder. */
export class RecentStore {
  private readonly store: JsonStore<typeof storedSchema>;

  constructor(appDataDir: string) {
    this.store = new JsonStore(join(appDataDir, 'recent-cases.json'), storedSchema, () => ({ version: 1, cases: [] }));
  }

  list(): RecentCase[] {
    return this.store.read().cases.map((c) => ({ ...c, exists: existsSync(c.path) }));
  }

  touch(entry: Omit<Stored['cases'][number], 'openedAt'>, now = Date.now()): void {
    const cases = this.store.read().cases.filter((c) => c.path !== entry.path);
    cases.unshift({ ...entry, openedAt: now });
    this.store.write({ version: 1, cases: cases.slice(0, MAX_RECENT) });
  }

  /** Keeps the title shown in the list in step with the case, without reordering. */
  rename(path: string, title: string, tlp: RecentCase['tlp']): void {
    const stored = this.store.read();
    if (!stored.cases.some((c) => c.path === path)) return;
    this.store.write({ version: 1, cases: stored.cases.map((c) => (c.path === path ? { ...c, title, tlp } : c)) });
  }

  remove(path: string): RecentCase[] {
    const stored = this.store.read();
    this.store.write({ version: 1, cases: stored.cases.filter((c) => c.path !== path) });
    return this.list();
  }

  clear(): RecentCase[] {
    this.store.write({ version: 1, cases: [] });
    return [];
  }
}
