import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Core } from '../core';
import type { WireError } from '../../shared/contract/errors';
import { MAX_REQUEST_BYTES, WS_PROTOCOL, WS_TOKEN_PROTOCOL_PREFIX } from '../../shared/contract/wire';
import { bearerToken, contentSecurityPolicy, hostIsAllowed, originIsAllowed, tokensEqual } from './guards';
import { readStaticFile } from './staticFiles';

export interface WebHostOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Fixed token for tests; a fresh random one per launch otherwise. */
  token?: string;
  maxRequestBytes?: number;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, error: WireError): void {
  sendJson(res, status, { ok: false, error });
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * The browser door: the built renderer and the API on 127.0.0.1 only.
 * Static files need no token (the page must load before it can send one); every
 * API call and the event stream need the launch token. Host and Origin are
 * checked on everything. No CORS headers are ever sent.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { core, rendererDir } = options;
  const token = options.token ?? randomBytes(32).toString('base64url');
  const limit = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  let port = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostIsAllowed(req.headers, port)) {
      return sendError(res, 403, { code: 'FORBIDDEN', message: 'This host name is not served here.' });
    }
    if (!originIsAllowed(req.headers, port)) {
      return sendError(res, 403, { code: 'FORBIDDEN', message: 'Requests from other sites are refused.' });
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        return sendError(res, 405, { code: 'NOT_SUPPORTED', message: 'Use POST for API calls.' });
      }
      if (!tokensEqual(bearerToken(req.headers), token)) {
        return sendError(res, 401, { code: 'UNAUTHORIZED', message: 'A valid access token is required.' });
      }
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
        return sendError(res, 415, { code: 'UNSUPPORTED_FORMAT', message: 'API calls must send application/json.' });
      }
      let input: unknown;
      try {
        const body = await readBody(req, limit);
        input = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch (err) {
        if (err instanceof BodyTooLarge) {
          res.setHeader('Connection', 'close');
          return sendError(res, 413, {
            code: 'PAYLOAD_TOO_LARGE',
            message: `The request is larger than ${limit} bytes.`,
            details: { limit },
          });
        }
        return sendError(res, 400, { code: 'INVALID_INPUT', message: 'The request body is not valid JSON.' });
      }
      let method: string;
      try {
        method = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        // A torn %-escape in the method name is a bad request, not an internal error.
        return sendError(res, 400, { code: 'UNKNOWN_METHOD', message: 'The method name is not valid.' });
      }
      // Dispatcher answers are transport successes: the envelope carries the outcome.
      return sendJson(res, 200, await core.dispatch(method, input));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendError(res, 405, { code: 'NOT_SUPPORTED', message: 'Method not allowed.' });
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return sendError(res, 404, { code: 'NOT_FOUND', message: 'Not found.' });
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      'Content-Security-Policy': contentSecurityPolicy(port),
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, { code: 'INTERNAL', message: 'Internal error.' });
      else res.destroy();
    });
  });
  server.requestTimeout = 5 * 60_000;
  server.headersTimeout = 30_000;

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 1024,
    handleProtocols: (protocols) => (protocols.has(WS_PROTOCOL) ? WS_PROTOCOL : false),
  });
  const sockets = new Set<WebSocket>();
  const unsubscribe = core.onEvent((event) => {
    const text = JSON.stringify(event);
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(text);
  });

  function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname !== '/events') return refuseUpgrade(socket, 404, 'Not Found');
    // A WebSocket is not bound by the same-origin policy, so Origin is required here.
    if (!hostIsAllowed(req.headers, port) || !req.headers.origin || !originIsAllowed(req.headers, port)) {
      return refuseUpgrade(socket, 403, 'Forbidden');
    }
    const offered = String(req.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((p) => p.trim());
    const presented = offered
      .find((p) => p.startsWith(WS_TOKEN_PROTOCOL_PREFIX))
      ?.slice(WS_TOKEN_PROTOCOL_PREFIX.length);
    if (!tokensEqual(presented, token) || !offered.includes(WS_PROTOCOL)) {
      return refuseUpgrade(socket, 401, 'Unauthorized');
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      // The stream is one-way; anything the page sends is ignored.
      ws.on('message', () => undefined);
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The web host has no TCP address');
  port = address.port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    async close() {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
