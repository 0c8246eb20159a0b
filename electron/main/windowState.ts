/**
 * Remembered window bounds: a small JSON file in userData, written atomically
 * (temp file + rename) so a crash never leaves a torn file. Node only; the
 * display geometry is passed in, so the fitting logic is unit-testable.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type WindowBounds } from './windowOptions';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface WindowState {
  bounds: WindowBounds;
  maximized: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Parses what was saved; anything malformed yields null and the defaults apply. */
export function parseWindowState(text: string): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const { bounds, maximized } = raw as { bounds?: Partial<Rect>; maximized?: unknown };
  if (!bounds || !isInt(bounds.width) || !isInt(bounds.height)) return null;
  const state: WindowState = {
    bounds: { width: Math.round(bounds.width), height: Math.round(bounds.height) },
    maximized: maximized === true,
  };
  if (isInt(bounds.x) && isInt(bounds.y)) {
    state.bounds.x = Math.round(bounds.x);
    state.bounds.y = Math.round(bounds.y);
  }
  return state;
}

export function loadWindowState(dir: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return null;
  }
}

export function saveWindowState(dir: string, state: WindowState): void {
  const target = join(dir, WINDOW_STATE_FILE);
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(state), { mode: 0o600 });
    renameSync(tmp, target);
  } catch {
    // Losing the window position is harmless; never block quitting on it.
    rmSync(tmp, { force: true });
  }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Bounds to open the window with. A saved position is kept only when a
 * reasonable part of the window (its title bar region) is on a current display;
 * a monitor unplugged since last time must not leave the window off-screen.
 * The size is clamped to the display it lands on.
 */
export function fitToDisplays(saved: WindowState | null, workAreas: readonly Rect[]): WindowBounds {
  const fallback: WindowBounds = { ...DEFAULT_WINDOW_SIZE };
  const primary = workAreas[0];
  if (!saved) return primary ? clampSize(fallback, primary) : fallback;
  const b = saved.bounds;
  if (b.x === undefined || b.y === undefined) return primary ? clampSize(b, primary) : { ...b };
  const titleBar: Rect = { x: b.x, y: b.y, width: b.width, height: 40 };
  const host = workAreas.find((a) => overlap(titleBar, a) >= Math.min(100 * 40, b.width * 40));
  if (!host)
    return primary ? clampSize({ width: b.width, height: b.height }, primary) : { width: b.width, height: b.height };
  return { x: b.x, y: b.y, ...clampSize({ width: b.width, height: b.height }, host) };
}

function clampSize(b: WindowBounds, area: Rect): WindowBounds {
  return {
    ...b,
    width: Math.max(MIN_WINDOW_SIZE.width, Math.min(b.width, area.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.min(b.height, area.height)),
  };
}
