/**
 * What travels between a door and the core. Kept dependency-free because the
 * sandboxed preload bundles it and may import nothing else.
 */
import type { WireError } from './errors';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WireError };

/** The single IPC channel for calls and the one for pushed events. */
export const IPC_CALL_CHANNEL = 'workbench:call';
export const IPC_EVENT_CHANNEL = 'workbench:event';

/** Largest JSON request body any door accepts (binary travels as base64 inside it). */
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

/** WebSocket sub-protocol names for the browser door's event stream. */
export const WS_PROTOCOL = 'workbench.v1';
export const WS_TOKEN_PROTOCOL_PREFIX = 'token.';

/** The bridge the preload exposes as window.workbench. Nothing else is exposed. */
export interface WorkbenchBridge {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (event: unknown) => void): () => void;
}
