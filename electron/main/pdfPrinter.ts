/**
 * Electron's printToPDF as the core's PdfPrinter (desktop door): an offscreen,
 * sandboxed, JavaScript-free window in a private in-memory session that can load
 * nothing but the report, served from memory. Same report HTML, same header and
 * footer templates, same margins and tagging as the headless-Chromium path
 * (electron/core/export/printOptions.ts). Cancelling destroys the window, which
 * ends the print job in its renderer at once.
 */
import { BrowserWindow, session } from 'electron';
import { WorkbenchError } from '../../shared/contract/errors';
import type { PdfPrinter } from '../core/export/printer';
import { electronPdfOptions } from '../core/export/printOptions';
import { isPrintRequestAllowed, PRINT_DOCUMENT_URL, PRINT_PARTITION, printWindowOptions } from './printWindow';

const cancelled = () => new WorkbenchError('CANCELLED', 'The export was cancelled.');

export function createElectronPdfPrinter(): PdfPrinter {
  /** The HTML of the print in flight: one print at a time (the queue below). */
  let pending: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let ready = false;
  // The private session is set up on the first print, so an app that never exports creates none.
  const setUp = () => {
    if (ready) return;
    ready = true;
    const ses = session.fromPartition(PRINT_PARTITION, { cache: false });
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintRequestAllowed(details.url) }));
    ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    ses.protocol.handle('app', (request) => {
      if (!isPrintRequestAllowed(request.url) || pending === null) return new Response(null, { status: 404 });
      return new Response(pending, {
        status: 200,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:",
        },
      });
    });
  };

  const printOnce = async (html: string, settings: Parameters<PdfPrinter['print']>[1], signal?: AbortSignal) => {
    if (signal?.aborted) throw cancelled();
    setUp();
    // electronegativity cannot follow printWindowOptions(): it sets sandbox and contextIsolation (with
    // JavaScript off) and exportPrinters.test.ts asserts them; hardening.ts denies window.open and every
    // navigation for all web contents, this offscreen one included, so middle-click opens nothing.
    const win = /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */ new BrowserWindow(
      printWindowOptions(),
    );
    const onAbort = () => {
      if (!win.isDestroyed()) win.destroy();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      pending = html;
      await win.loadURL(PRINT_DOCUMENT_URL);
      if (signal?.aborted) throw cancelled();
      const buf = await win.webContents.printToPDF(electronPdfOptions(settings));
      if (signal?.aborted) throw cancelled();
      return new Uint8Array(buf);
    } catch (err) {
      if (signal?.aborted) throw cancelled();
      throw new WorkbenchError('EXPORT_FAILED', `The PDF could not be printed: ${(err as Error).message}`);
    } finally {
      pending = null;
      signal?.removeEventListener('abort', onAbort);
      if (!win.isDestroyed()) win.destroy();
    }
  };

  return {
    kind: 'electron',
    print(html, settings, signal) {
      // One document URL, one print at a time: the next waits for the previous to finish or fail.
      const run = queue.then(() => printOnce(html, settings, signal));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
