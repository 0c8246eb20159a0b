import { createClient } from '../../../shared/client/createClient';
import type { Prefs } from '../../../shared/domain/prefs';
import type { Connection } from './transport';

/**
 * The preferences before the first render, so the UI starts in the analyst's language
 * and theme instead of flashing English/light first. Null if the core is unreachable
 * (the app then renders and shows the error).
 */
export async function loadInitialPrefs(connection: Connection): Promise<Prefs | null> {
  try {
    return await createClient(connection.transport).prefs.get({});
  } catch {
    return null;
  }
}
