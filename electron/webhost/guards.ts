import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Request checks of the loopback host, kept pure so tests can feed them any
 * header combination. A loopback server is reachable from every web page the
 * user visits (through fetch to 127.0.0.1, or through DNS rebinding of an
 * attacker's name to 127.0.0.1), so the Host, the Origin and a secret token are
 * all checked.
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** DNS rebinding defence: the Host header must name the loopback address and our port. */
export function hostIsAllowed(headers: IncomingHttpHeaders, port: number): boolean {
  const host = headers.host?.toLowerCase();
  return host !== undefined && allowedHosts(port).has(host);
}

/**
 * A request without Origin (a top-level navigation, curl) is allowed; one with
 * an Origin must be our own page. `Sec-Fetch-Site: cross-site` is refused too.
 */
export function originIsAllowed(headers: IncomingHttpHeaders, port: number): boolean {
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site') return false;
  const origin = headers.origin;
  if (origin === undefined) return true;
  return [...allowedHosts(port)].some((h) => origin.toLowerCase() === `http://${h}`);
}

export function tokensEqual(presented: string | undefined, token: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const value = headers.authorization;
  if (!value) return undefined;
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(value.trim());
  return match?.[1];
}

export function contentSecurityPolicy(port: number): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // The PDF page view's pdf.js worker: a module file of the app itself (never blob: or data:).
    "worker-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
