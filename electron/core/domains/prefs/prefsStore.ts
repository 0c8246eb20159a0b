import { join } from 'node:path';
import { DEFAULT_PREFS, prefsSchema, type Prefs } from '../../../../shared/domain/prefs';
import { JsonStore } from '../../util/jsonStore';

const storedSchema = prefsSchema.partial();

/** User preferences in the app-data folder; unknown or damaged content falls back to defaults. */
export class PrefsStore {
  private readonly store: JsonStore<typeof storedSchema>;

  constructor(appDataDir: string) {
    this.store = new JsonStore(join(appDataDir, 'preferences.json'), storedSchema, () => ({}));
  }

  get(): Prefs {
    return { ...DEFAULT_PREFS, ...this.store.read() } as Prefs;
  }

  update(patch: Partial<Prefs>): Prefs {
    const next = { ...this.get(), ...patch };
    this.store.write(next);
    return next;
  }
}
