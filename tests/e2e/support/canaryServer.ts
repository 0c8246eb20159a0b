import { createServer, type IncomingMessage } from 'node:http';
import { listenOnLoopback } from './loopback';

/** One request the canary saw. */
export interface CanaryHit {
  method: string;
  url: string;
  at: number;
}

export interface CanaryServer {
  /** http://127.0.0.1:PORT — the value of `{{CANARY}}` in the corpus. */
  origin: string;
  hits: CanaryHit[];
  close(): Promise<void>;
}

/**
 * A local server that stands in for an attacker's host, so a leak is observable
 * without leaving the machine. It counts every request and answers with content
 * that is itself live (script setting the sentinel, a stylesheet, an image, a
 * page that raises a dialog), so anything it serves that gets used shows up as an
 * execution as well as a request. Listens on 127.0.0.1 only.
 */
export async function startCanary(): Promise<CanaryServer> {
  const hits: CanaryHit[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const url = req.url ?? '/';
    hits.push({ method: req.method ?? 'GET', url, at: Date.now() });
    const path = url.split('?')[0]!;
    const id = JSON.stringify(`canary:${path}`);
    const headers = { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' };
    if (/\.m?js$/.test(path)) {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(`window.__pwned = ${id};`);
    } else if (path.endsWith('.css')) {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/css' }).end('body{background:#f00 !important}');
    } else if (/\.(png|gif|jpe?g|webp|ico|cur)$/.test(path)) {
      const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
      res.writeHead(200, { ...headers, 'Content-Type': 'image/gif' }).end(gif);
    } else if (path.endsWith('.svg')) {
      res
        .writeHead(200, { ...headers, 'Content-Type': 'image/svg+xml' })
        .end(`<svg xmlns="http://www.w3.org/2000/svg" id="x" onload='top.__pwned = ${id}'/>`);
    } else {
      res
        .writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><script>top.__pwned = ${id}; alert(${id});</script>`);
    }
  });
  return { ...(await listenOnLoopback(server)), hits };
}
