/**
 * The preload's bridge, with 'electron' faked: exactly { call, onEvent } is
 * exposed as window.workbench, calls go over the one channel, events that
 * arrive before the page subscribes are kept for it, and unsubscribing works.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type WorkbenchBridge } from '../../shared/contract/wire';

const state = vi.hoisted(() => ({
  exposed: {} as Record<string, unknown>,
  ipcListeners: new Map<string, (event: unknown, payload: unknown) => void>(),
  invoked: [] as unknown[][],
  invokeResult: null as null | (() => Promise<unknown>),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      state.exposed[key] = api;
    },
  },
  ipcRenderer: {
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      state.ipcListeners.set(channel, listener);
    },
    invoke: (...args: unknown[]) => {
      state.invoked.push(args);
      return state.invokeResult ? state.invokeResult() : Promise.resolve({ ok: true, value: 'pong' });
    },
  },
}));

let bridge: WorkbenchBridge;
const push = (payload: unknown) => state.ipcListeners.get(IPC_EVENT_CHANNEL)!({}, payload);
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeAll(async () => {
  await import('../../electron/preload/index');
  bridge = state.exposed.workbench as WorkbenchBridge;
});

describe('preload bridge', () => {
  it('exposes only window.workbench with call and onEvent', () => {
    expect(Object.keys(state.exposed)).toEqual(['workbench']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onEvent']);
  });

  it('keeps events that arrive before anyone subscribes, for the first subscribers', async () => {
    push({ type: 'case.openRequested', path: '/a.wbcase' });
    const got: unknown[] = [];
    // React StrictMode subscribes, unsubscribes and subscribes again in one go.
    const off = bridge.onEvent(() => got.push('first'));
    off();
    const off2 = bridge.onEvent((e) => got.push(e));
    await tick();
    expect(got).toEqual([{ type: 'case.openRequested', path: '/a.wbcase' }]);
    push({ type: 'data.changed', domains: ['case'] });
    expect(got).toHaveLength(2);
    off2();
    push({ type: 'data.changed', domains: ['case'] });
    expect(got).toHaveLength(2);
  });

  it('keeps delivering to other listeners when one throws', () => {
    const got: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const offA = bridge.onEvent(() => {
      throw new Error('boom');
    });
    const offB = bridge.onEvent((e) => got.push(e));
    push({ type: 'menu.command', command: 'case.new' });
    expect(got).toEqual([{ type: 'menu.command', command: 'case.new' }]);
    offA();
    offB();
  });

  it('calls the core over the one IPC channel and never throws', async () => {
    expect(await bridge.call('app.info', {})).toEqual({ ok: true, value: 'pong' });
    expect(state.invoked.at(-1)).toEqual([IPC_CALL_CHANNEL, 'app.info', {}]);
    state.invokeResult = () => Promise.reject(new Error('An object could not be cloned.'));
    expect(await bridge.call('app.info', { f: () => 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await bridge.call(7 as unknown as string, {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(() => bridge.onEvent('x' as never)).toThrow(TypeError);
  });
});
