/**
 * The window Electron prints exports in, as plain data (no runtime 'electron'
 * import), so a unit test checks every setting without the Electron binary.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** An in-memory session of its own (no "persist:"): nothing of the app's session is shared, nothing is kept. */
export const PRINT_PARTITION = 'workbench-export-print';
/** The one URL the print window loads; the report HTML is served for it from memory. */
export const PRINT_DOCUMENT_URL = 'app://workbench-print/report.html';

export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    // Drawn into an offscreen buffer: never on screen, no focus stolen.
    webPreferences: {
      offscreen: true,
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // The report has no script; the exported HTML is untrusted text made safe, and JS off makes sure.
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      images: true,
      spellcheck: false,
      devTools: false,
      backgroundThrottling: false,
    },
  };
}

/** Only the report itself may load; every other request (remote, file, data, other schemes) is cancelled. */
export function isPrintRequestAllowed(url: string): boolean {
  return url === PRINT_DOCUMENT_URL;
}
