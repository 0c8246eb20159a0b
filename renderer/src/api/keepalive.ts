import type { Envelope } from '../../../shared/contract/wire';
import { takeToken } from './token';

/**
 * A call made while the page goes away (hidden, tab closed): the browser keeps a
 * `keepalive` request running after the page is gone, where an ordinary fetch may be
 * cut off. Browsers cap keepalive bodies at 64 KiB in total; a bigger body is sent
 * without it (the editor also saves a few hundred ms after each key, so little is at
 * stake then). The Electron door's IPC call outlives the page's scripts on its own.
 * Resolves with the envelope when the page is still there to hear it.
 */
const KEEPALIVE_LIMIT = 60 * 1024;

export async function flushKeepalive(method: string, input: unknown): Promise<Envelope<unknown>> {
  if (window.workbench) return window.workbench.call(method, input);
  const token = takeToken() ?? '';
  const body = JSON.stringify(input ?? {});
  const response = await fetch(`/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body,
    cache: 'no-store',
    credentials: 'omit',
    keepalive: new TextEncoder().encode(body).length <= KEEPALIVE_LIMIT,
  });
  return (await response.json()) as Envelope<unknown>;
}
