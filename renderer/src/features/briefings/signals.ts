import { useSyncExternalStore } from 'react';

/**
 * Runs `fn` once the next frame has been painted (a task posted from that frame's
 * requestAnimationFrame), or after `fallbackMs` when no frame comes (a hidden tab).
 * Work the writer does not wait for — status text, toolbar state, the outline —
 * goes here, so it never sits between a key press and the frame that shows it: in a
 * long briefing any React commit costs milliseconds while the editor has focus
 * (React reads the whole focused contenteditable to keep the selection).
 */
export function afterNextPaint(fn: () => void, fallbackMs = 250): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    fn();
  };
  const timer = setTimeout(run, fallbackMs);
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = run;
    channel.port2.postMessage(0);
  });
  return () => {
    done = true;
    clearTimeout(timer);
    cancelAnimationFrame(frame);
  };
}

/** Runs `fn` when the page is idle (within `timeoutMs` at the latest); returns a cancel function. */
export function whenIdle(fn: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => fn(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(fn, 0);
  return () => clearTimeout(handle);
}

/**
 * A value outside React that components read with useSignal. Setting it is cheap and
 * synchronous; subscribers hear of a change after the next paint (coalesced), so a
 * change made while handling a key press never makes that key's frame wait for React.
 */
export class Signal<T> {
  private value: T;
  private readonly listeners = new Set<() => void>();
  private cancel: (() => void) | null = null;

  constructor(
    initial: T,
    private readonly equal: (a: T, b: T) => boolean = Object.is,
  ) {
    this.value = initial;
  }

  readonly get = (): T => this.value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  set(next: T): void {
    if (this.equal(this.value, next)) return;
    this.value = next;
    this.cancel ??= afterNextPaint(() => {
      this.cancel = null;
      for (const listener of [...this.listeners]) listener();
    });
  }
}

export function useSignal<T>(signal: Signal<T>): T {
  return useSyncExternalStore(signal.subscribe, signal.get);
}

/** A signal's value passed through `select`: the component renders again only when the selected value changes. */
export function useSignalSelect<T, S>(signal: Signal<T>, select: (value: T) => S): S {
  return useSyncExternalStore(signal.subscribe, () => select(signal.get()));
}
