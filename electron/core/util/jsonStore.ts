import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomicFile';

/**
 * A small JSON document in the app-data folder (recent cases, preferences).
 * A missing or damaged file reads as the fallback rather than breaking start-up:
 * these files are conveniences, never the analyst's work.
 */
export class JsonStore<S extends z.ZodType> {
  constructor(
    private readonly file: string,
    private readonly schema: S,
    private readonly fallback: () => z.output<S>,
  ) {}

  read(): z.output<S> {
    if (!existsSync(this.file)) return this.fallback();
    try {
      const parsed = this.schema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : this.fallback();
    } catch {
      return this.fallback();
    }
  }

  write(value: z.output<S>): void {
    mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
    writeFileAtomic(this.file, `${JSON.stringify(value, null, 2)}\n`);
  }
}
