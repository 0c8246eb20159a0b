import type { DocNode } from '../../../../shared/editor/document';

/** What the status bar says about the open briefing's document. */
export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict' | 'readOnly';

export interface SaveResult {
  revision: number;
}

export interface AutosaveOptions {
  /** Revision the editor's document is based on. */
  revision: number;
  /** Debounce after the last change, in ms (≤ 300 so closing the tab a second after typing loses nothing). */
  delay?: number;
  save(doc: DocNode, baseRevision: number): Promise<SaveResult>;
  /** The save while the page goes away (keepalive); its answer is used if the page is still there. */
  saveOnExit(doc: DocNode, baseRevision: number | null): Promise<SaveResult>;
  onState(state: SaveState, error?: unknown): void;
  isConflict(error: unknown): boolean;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Debounced, serialised autosave: one save in flight at a time, each with the
 * revision the last one returned, so the core's EDIT_CONFLICT means "saved
 * elsewhere", never "saved by ourselves a moment ago". Pure apart from the timers
 * it is given, so the scheduling is unit-tested.
 */
export class Autosave {
  private revision: number;
  /** The unsaved document, or how to get it: serialising a long document on every key would cost typing time. */
  private pending: DocNode | (() => DocNode) | null = null;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private stopped = false;
  private readonly delay: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly opts: AutosaveOptions) {
    this.revision = opts.revision;
    this.delay = opts.delay ?? 250;
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  get baseRevision(): number {
    return this.revision;
  }

  get hasUnsaved(): boolean {
    return this.pending !== null;
  }

  /** The document changed: save it after the debounce (a function is called only when the save goes out). */
  change(doc: DocNode | (() => DocNode)): void {
    if (this.stopped) return;
    this.pending = doc;
    this.opts.onState('pending');
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, this.delay);
  }

  /** Saves what is pending now (blur, switching briefings); resolves when everything is saved. */
  async flush(): Promise<void> {
    this.cancelTimer();
    // Read the document now: by the time a save in flight returns, the editor may be gone (unmount).
    if (typeof this.pending === 'function') this.pending = this.pending();
    while (this.inFlight) await this.inFlight;
    const doc = this.take();
    if (!doc) return;
    const failed = await this.send(doc, this.opts.save(doc, this.revision));
    // Typed while that save was on its way: save again now (after a failure, the next change or flush retries).
    if (!failed && this.pending && !this.stopped && this.timer === null) await this.flush();
  }

  /**
   * The page is being hidden or closed: send what is pending at once (keepalive), without
   * waiting for a save in flight. Its new revision is unknown then, so this write goes
   * without a base (it is this editor's own newest text) instead of being refused.
   */
  exit(): void {
    this.cancelTimer();
    const doc = this.take();
    if (!doc) return;
    void this.send(doc, this.opts.saveOnExit(doc, this.inFlight ? null : this.revision));
  }

  private take(): DocNode | null {
    const pending = this.pending;
    if (!pending || this.stopped) return null;
    this.pending = null;
    return typeof pending === 'function' ? pending() : pending;
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
  }

  /** Tracks one save; resolves true when it failed (the document is pending again). */
  private async send(doc: DocNode, saving: Promise<SaveResult>): Promise<boolean> {
    this.opts.onState('saving');
    let failed = false;
    const run = saving
      .then((result) => {
        this.revision = Math.max(this.revision, result.revision);
        if (this.pending === null) this.opts.onState('saved');
      })
      .catch((error: unknown) => {
        failed = true;
        if (this.opts.isConflict(error)) {
          // Keep what was typed in the editor, stop saving over the other copy: the writer decides.
          this.stopped = true;
          this.opts.onState('conflict', error);
        } else {
          if (this.pending === null) this.pending = doc;
          this.opts.onState('error', error);
        }
      })
      .finally(() => {
        if (this.inFlight === run) this.inFlight = null;
      });
    this.inFlight = run;
    await run;
    return failed;
  }

  /** After a reload from the server (conflict resolved): start again from that revision. */
  reset(revision: number): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.pending = null;
    this.stopped = false;
    this.revision = revision;
    this.opts.onState('saved');
  }
}
