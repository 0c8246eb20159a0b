/**
 * Serves the built renderer from app://workbench/ instead of file://. A
 * privileged standard scheme gives the page a real origin (so the IPC sender
 * check and CSP 'self' mean "our files only"), and file:// with its broad
 * read access is never used.
 */
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { APP_SCHEME, resolveAppFile, responseHeaders } from './security';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        // Vite emits <script type="module" crossorigin>; module scripts and workers are CORS requests.
        corsEnabled: true,
        codeCache: true,
      },
    },
  ]);
}

/**
 * Answers app:// requests of this session from rootDir (out/renderer). Files are
 * read directly rather than through net.fetch(file://…), so the session's
 * webRequest filter, which cancels file:// loads, stays simple and absolute.
 */
export function serveRenderer(ses: Session, rootDir: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const resolved = resolveAppFile(request.url, rootDir);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    try {
      const body = await readFile(resolved.file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: responseHeaders(resolved.file),
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
