import type { Transport } from '../../../shared/client/createClient';
import type { Envelope, WorkbenchBridge } from '../../../shared/contract/wire';
import { workbenchEventSchema, type WorkbenchEvent } from '../../../shared/contract/events';
import { setConnectionStatus } from './connectionStatus';
import { openEventStream } from './eventStream';
import { forgetToken, takeToken } from './token';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    workbench?: WorkbenchBridge;
  }
}

export type DoorKind = 'electron' | 'browser';
type EventListener = (event: WorkbenchEvent) => void;

const KEEPALIVE_MAX_BYTES = 8 * 1024;

export interface Connection {
  door: DoorKind;
  transport: Transport;
  /** Pushed events, already validated against the contract. */
  onEvent(listener: EventListener): () => void;
  /** Browser door: called after the event stream reconnects (events may have been missed). */
  onReconnect(listener: () => void): () => void;
}

export type ConnectResult = { ok: true; connection: Connection } | { ok: false; reason: 'noToken' };

function parseEvent(raw: unknown): WorkbenchEvent | null {
  const parsed = workbenchEventSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: { code?: unknown } };
  return v.ok === true || (v.ok === false && typeof v.error?.code === 'string');
}

/** Transport failures become ordinary error envelopes, so callers see one error shape. */
function failure(message: string, details: Record<string, unknown>): Envelope<unknown> {
  return { ok: false, error: { code: 'INTERNAL', message, details: { transport: true, ...details } } };
}

function connectElectron(bridge: WorkbenchBridge): Connection {
  setConnectionStatus('connected');
  return {
    door: 'electron',
    transport: (method, input) => bridge.call(method, input),
    onEvent(listener) {
      return bridge.onEvent((raw) => {
        const event = parseEvent(raw);
        if (event) listener(event);
      });
    },
    onReconnect: () => () => undefined,
  };
}

function connectBrowser(token: string): Connection {
  const listeners = new Set<EventListener>();
  const reconnectListeners = new Set<() => void>();

  const transport: Transport = async (method, input) => {
    const body = JSON.stringify(input ?? {});
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body,
        cache: 'no-store',
        credentials: 'omit',
        // A small call made while the page unloads (saving pane sizes, a last edit) still
        // reaches the core. Browsers cap keepalive bodies at 64 KiB in total, so big ones
        // (imports) go without it.
        keepalive: body.length <= KEEPALIVE_MAX_BYTES,
      });
    } catch {
      return failure('The workbench server cannot be reached.', { network: true });
    }
    if (response.status === 401) {
      forgetToken();
      setConnectionStatus('unauthorized');
    }
    try {
      const body: unknown = await response.json();
      if (isEnvelope(body)) return body;
    } catch {
      // Not JSON: fall through to a generic error carrying the HTTP status.
    }
    return failure(`The workbench server answered with HTTP ${response.status}.`, { httpStatus: response.status });
  };

  openEventStream(token, {
    onMessage(raw) {
      const event = parseEvent(raw);
      if (event) for (const l of listeners) l(event);
    },
    onReconnected() {
      for (const l of reconnectListeners) l();
    },
  });

  return {
    door: 'browser',
    transport,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
  };
}

/** Picks the door this page was opened through. Called once at startup. */
export function connect(): ConnectResult {
  if (window.workbench) return { ok: true, connection: connectElectron(window.workbench) };
  const token = takeToken();
  if (!token) return { ok: false, reason: 'noToken' };
  return { ok: true, connection: connectBrowser(token) };
}
