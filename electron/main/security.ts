/**
 * Pure security policy of the Electron door: which origin is ours, which
 * senders, navigations, requests and permissions are allowed, the CSP, and
 * how an app:// URL maps to a file. No 'electron' import, so unit tests run
 * these under plain Node; index.ts only wires them to Electron's hooks.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The renderer is served from a privileged custom scheme, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent as a response header with every app:// response. No 'unsafe-inline'
 * anywhere: React, Blueprint and Popper set styles through the CSSOM, which CSP
 * allows; the e2e suite fails on any CSP violation.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // The PDF page view's pdf.js worker: a module file of the app itself (never blob: or data:).
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * `scheme://host` of a URL, lower-cased, or null when it has credentials or
 * cannot be parsed. Not `URL.origin`: Node answers 'null' for schemes it does
 * not know (such as app:), while Chromium treats our registered scheme as standard.
 */
export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username || parsed.password || !parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/**
 * May an IPC call from this frame reach the core? Only the top frame of our
 * window, showing a page of our own origin. Subframes, about:blank, file://,
 * data: and any remote page are refused, even inside our window.
 */
export function isTrustedSender(url: string | undefined | null, appOrigin: string, isMainFrame: boolean): boolean {
  if (!isMainFrame) return false;
  return originOf(url) === appOrigin.toLowerCase();
}

/**
 * will-navigate / will-redirect guard: the window shows one page for its whole
 * life. A navigation is allowed only when it stays on the same document of our
 * origin (hash changes); everything else is cancelled and nothing is opened.
 */
export function isAllowedNavigation(currentUrl: string, targetUrl: string, appOrigin: string): boolean {
  if (originOf(targetUrl) !== appOrigin.toLowerCase() || originOf(currentUrl) !== appOrigin.toLowerCase()) return false;
  try {
    const from = new URL(currentUrl);
    const to = new URL(targetUrl);
    return from.pathname === to.pathname && from.search === to.search;
  } catch {
    return false;
  }
}

/** Schemes a request from any of our web contents may use; everything else (http, ws, file, ftp…) is cancelled. */
export const ALLOWED_REQUEST_SCHEMES: readonly string[] = [`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:'];

/** webRequest guard: the app is offline, so nothing may load from the network or the file system. */
export function isAllowedRequest(url: string, appOrigin: string = APP_ORIGIN): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return originOf(url) === appOrigin.toLowerCase();
  return ALLOWED_REQUEST_SCHEMES.includes(parsed.protocol);
}

/**
 * Permission policy (request and check handlers). Everything is denied, with
 * one narrow exception: writing plain text to the clipboard from our own page
 * ("copy citation"); Electron routes navigator.clipboard.writeText through the
 * permission check, so denying it would break a user-initiated copy.
 * Reading the clipboard, media, notifications, geolocation, openExternal… stay denied.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, appOrigin: string): boolean {
  return permission === 'clipboard-sanitized-write' && originOf(requestingUrl) === appOrigin.toLowerCase();
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers of every app:// response. nosniff so a mislabelled file never runs as script. */
export function responseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(file),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

export type AppFileResolution = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps app://workbench/<path> to a file under rootDir. Refuses other hosts,
 * encoded separators or dot segments that would escape the root, NUL bytes,
 * and any path that resolves outside rootDir. `/` serves index.html.
 */
export function resolveAppFile(url: string, rootDir: string, appOrigin: string = APP_ORIGIN): AppFileResolution {
  if (originOf(url) !== appOrigin.toLowerCase()) return { ok: false, status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 403 };
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname}`);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return { ok: false, status: 403 };
  return { ok: true, file };
}
