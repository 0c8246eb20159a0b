/**
 * Events for the renderer, held while it cannot receive them (window not
 * created yet, page loading or reloading). webContents.send before the
 * preload has run is silently lost, and a case.openRequested from a double
 * click at launch must not be. Pure, so the queueing rules are unit-tested.
 */
import type { WorkbenchEvent } from '../../shared/contract/events';

/** More than a user can click in a second; older events beyond it are dropped. */
export const MAX_HELD_EVENTS = 20;

export class EventOutbox {
  private held: WorkbenchEvent[] = [];
  private ready = false;

  constructor(private readonly sendNow: (event: WorkbenchEvent) => void) {}

  push(event: WorkbenchEvent): void {
    if (this.ready) {
      this.sendNow(event);
      return;
    }
    // A page that is still loading fetches everything fresh; stale invalidations are noise.
    if (event.type === 'data.changed') return;
    this.held.push(event);
    if (this.held.length > MAX_HELD_EVENTS) this.held.shift();
  }

  /** The page finished loading (its preload is listening): deliver what was held, in order. */
  markReady(): void {
    this.ready = true;
    const held = this.held;
    this.held = [];
    for (const event of held) this.sendNow(event);
  }

  /** The page is (re)loading or the window is gone: hold events again. */
  markNotReady(): void {
    this.ready = false;
  }

  get heldCount(): number {
    return this.held.length;
  }
}
