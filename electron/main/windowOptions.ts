/**
 * The BrowserWindow options, as a plain object. No runtime 'electron' import
 * (the type import is erased), so a unit test under Node asserts every secure
 * setting without launching Electron.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface WindowOptionsInput {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preloadPath: string;
  bounds: WindowBounds;
  /** DevTools exist only in unpackaged (development) runs. */
  devTools: boolean;
  /** Background painted before the renderer's first frame, to avoid a white flash in dark mode. */
  backgroundColor?: string;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

/**
 * Every web preference that matters for security is spelled out, even where it
 * equals Electron's current default, so a changed default can never weaken it.
 */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // Dropping a file outside a drop zone must not navigate away from the app.
    navigateOnDragDrop: false,
    // A page cannot trap the user in a loop of alert() dialogs.
    safeDialogs: true,
    // Spelling is checked with dictionaries shipped with the app; see spellcheck.ts.
    spellcheck: true,
    devTools,
  };
}

export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Analyst Workbench',
    // Shown on ready-to-show, so the user never sees an empty frame.
    show: false,
    backgroundColor: input.backgroundColor ?? '#f6f7f9',
    webPreferences: secureWebPreferences(input.preloadPath, input.devTools),
  };
}
