/**
 * The sandboxed preload: exposes window.workbench = { call, onEvent } and
 * nothing else. It may import only 'electron' and the dependency-free wire
 * module (a sandboxed preload cannot load other modules; a unit test checks).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type Envelope, type WorkbenchBridge } from '../../shared/contract/wire';

type Listener = (event: unknown) => void;

const listeners = new Set<Listener>();
/**
 * Events that arrive before the page subscribes (a case double-clicked at
 * launch) wait here and go to the first subscribers; null once delivered.
 */
let backlog: unknown[] | null = [];
const MAX_BACKLOG = 20;

function deliver(event: unknown): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (err) {
      console.error('[workbench] event listener failed', err);
    }
  }
}

ipcRenderer.on(IPC_EVENT_CHANNEL, (_ipcEvent, event: unknown) => {
  if (backlog && listeners.size === 0) {
    if (backlog.length < MAX_BACKLOG) backlog.push(event);
    return;
  }
  deliver(event);
});

function flushBacklogSoon(): void {
  // After the current task, so React StrictMode's subscribe/unsubscribe/subscribe settles first.
  queueMicrotask(() => {
    if (!backlog || listeners.size === 0) return;
    const pending = backlog;
    backlog = null;
    for (const event of pending) deliver(event);
  });
}

const bridge: WorkbenchBridge = {
  call(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (typeof method !== 'string') {
      return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: 'A method name is required.' } });
    }
    // invoke rejects when the input cannot be cloned (a function, a DOM node): answer as data, never throw.
    return (ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input) as Promise<Envelope<unknown>>).catch(() => ({
      ok: false as const,
      error: { code: 'INVALID_INPUT' as const, message: `The request for ${method} could not be sent.` },
    }));
  },
  onEvent(listener: Listener): () => void {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
    listeners.add(listener);
    if (backlog) flushBacklogSoon();
    return () => {
      listeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('workbench', bridge);
