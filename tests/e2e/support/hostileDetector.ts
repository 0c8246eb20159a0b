import type { BrowserContext, Page, Request, Route } from '@playwright/test';
import type { CanaryServer } from './canaryServer';

/**
 * Watches a Chromium page for anything imported content could make it do:
 * run script (a sentinel global, dialogs, print), load something from outside the
 * app's origin, navigate, open windows or frames, or leave live markup in the DOM.
 * Every channel is independent, so one that misses is backed by the others, and
 * the self-test in hostileContent.spec.ts proves each of them fires on a live payload.
 */

export const FINDING_KINDS = [
  /** `window.__pwned` got a value in some frame. */
  'execution',
  /** alert / confirm / prompt / beforeunload. */
  'dialog',
  /** Anything written to the page's console (the app itself writes nothing there once it runs). */
  'console',
  /** window.print() (trapped by the init script). */
  'print',
  /** A request to anything but the app's origin (Playwright's request event or its router). */
  'request',
  /** The local canary server was hit, by whatever path. */
  'canary',
  /** The main frame left the app or loaded a new document. */
  'navigation',
  /** A new window or tab. */
  'popup',
  /** A frame was attached (the app itself has none). */
  'frame',
  /** Live markup in the app's DOM: event-handler attributes, active URLs, frames, objects, base, meta refresh. */
  'dom',
  /** The Content Security Policy refused something (it is the last line of defence, not the first). */
  'csp',
  /** A cookie set by content (`<meta http-equiv=Set-Cookie>`). */
  'cookie',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  detail: string;
  /** What the test was doing when it happened (payload id and format). */
  during: string;
}

export interface DetectorOptions {
  /** The app's origin; `null` when nothing is the app's own (a test page on about:blank). */
  appOrigin: string | null;
  canary: CanaryServer;
}

/** Runs in every page and frame before their own scripts: traps print and reports CSP violations. */
const INIT_SCRIPT = `(() => {
  const report = (kind, detail) => {
    try { window.__hostileReport(kind, String(detail)); } catch {}
  };
  const print = () => report('print', 'window.print() called');
  try { Object.defineProperty(window, 'print', { value: print, configurable: false, writable: false }); } catch { window.print = print; }
  document.addEventListener('securitypolicyviolation', (e) => {
    // Libraries probe for eval (zod does) and fall back when refused; only running script can ask for eval.
    if (e.blockedURI === 'eval') return;
    report('csp', e.violatedDirective + ' refused ' + (e.blockedURI || 'inline') + (e.sample ? ' (' + e.sample + ')' : ''));
  }, true);
})();`;

/**
 * Runs in a frame: its sentinel (read, then cleared so the next payload is told
 * apart) and every piece of live markup in its document. Serialised by
 * Playwright, so it must not use anything from this module's scope.
 */
interface Inspection {
  pwned: string | null;
  dom: string[];
}

function inspectFrame(appOrigin: string | null): Inspection {
  const w = window as unknown as { __pwned?: unknown };
  let pwned: string | null = null;
  if (w.__pwned !== undefined) {
    pwned = typeof w.__pwned === 'string' ? w.__pwned : Object.prototype.toString.call(w.__pwned);
    try {
      delete w.__pwned;
    } catch {
      // A clobbering element cannot be deleted; the scan below names it.
    }
  }
  const out: string[] = [];
  const own = (value: string) => {
    try {
      return appOrigin !== null && new URL(value, document.baseURI).origin === appOrigin;
    } catch {
      return true; // not a URL at all: nothing to load
    }
  };
  // URL parsers skip leading control characters and spaces, so the patterns do too.
  /* eslint-disable no-control-regex */
  const ACTIVE =
    /^[\s\u0000-\u0020]*(javascript|vbscript|livescript|mocha|data:(?!image\/(png|gif|jpe?g|webp|avif)[;,]))/i;
  const REMOTE = /^[\s\u0000-\u0020]*((https?|wss?|ftp):)?\/\//i;
  /* eslint-enable no-control-regex */
  const URL_ATTRIBUTES = new Set([
    'href',
    'xlink:href',
    'src',
    'srcset',
    'imagesrcset',
    'action',
    'formaction',
    'data',
    'poster',
    'background',
    'ping',
    'lowsrc',
    'dynsrc',
    'codebase',
    'code',
    'classid',
    'archive',
    'longdesc',
    'manifest',
    'cite',
    'icon',
    'profile',
    'srcdoc',
  ]);
  const FORBIDDEN = new Set([
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'portal',
    'fencedframe',
    'base',
    'param',
    'isindex',
    'bgsound',
    'keygen',
    'marquee',
  ]);
  const name = (el: Element) => `<${el.localName}${el.id ? `#${el.id}` : ''}>`;
  // Native queries (CSS for elements, XPath for attributes) rather than a walk over every element and
  // attribute: the app's DOM is large and this runs after every source.
  for (const el of Array.from(document.querySelectorAll([...FORBIDDEN, 'script', 'meta', 'style'].join(',')))) {
    const tag = el.localName;
    if (FORBIDDEN.has(tag)) out.push(`${name(el)} element`);
    if (tag === 'script') {
      const src = el.getAttribute('src');
      const type = el.getAttribute('type') ?? '';
      if (!src || !own(src) || !/^(module|text\/javascript|)$/i.test(type)) out.push(`<script ${src ?? 'inline'}>`);
    }
    if (tag === 'meta' && el.hasAttribute('http-equiv'))
      out.push(`<meta http-equiv="${el.getAttribute('http-equiv')}">`);
    if (tag === 'style' && /url\(|@import|expression|behavior|binding/i.test(el.textContent ?? '')) {
      out.push(`<style> loading or scripting: ${(el.textContent ?? '').slice(0, 80)}`);
    }
  }
  const candidates = [
    "starts-with(translate(local-name(), 'ON', 'on'), 'on')",
    ...[...URL_ATTRIBUTES].map((a) => `local-name() = '${a.replace(/^xlink:/, '')}'`),
    "(local-name() = 'style' and contains(translate(., 'URLEXPSIOBHAVNDG', 'urlexpsiobhavndg'), 'url(')) or " +
      "(local-name() = 'style' and contains(translate(., 'EXPRSION', 'exprsion'), 'expression')) or " +
      "(local-name() = 'style' and contains(translate(., 'BEHAVIORNDG', 'behaviorndg'), 'behavior')) or " +
      "(local-name() = 'style' and contains(translate(., 'BINDG', 'bindg'), 'binding'))",
    "((local-name() = 'id' or local-name() = 'name') and . = '__pwned')",
    "(local-name() = 'attributeName' and contains(translate(., 'HREF', 'href'), 'href'))",
  ];
  const found = document.evaluate(
    `//@*[${candidates.join(' or ')}]`,
    document,
    null,
    XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
    null,
  );
  for (let i = 0; i < found.snapshotLength; i++) {
    const attr = found.snapshotItem(i) as Attr;
    const el = attr.ownerElement;
    if (!el) continue;
    const key = attr.name.toLowerCase();
    const value = attr.value;
    if (key === 'id' || key === 'name') out.push(`${name(el)} clobbers window.__pwned`);
    else if (key === 'attributename') out.push(`${name(el)} animating ${value}`);
    else if (key.startsWith('on')) out.push(`${name(el)} has ${key}="${value.slice(0, 80)}"`);
    else if (key === 'style') {
      if (/url\(\s*['"]?\s*(?!data:image\/)|expression\s*\(|behavior\s*:|-moz-binding/i.test(value)) {
        out.push(`${name(el)} style="${value.slice(0, 80)}"`);
      }
    } else {
      const urls = key.endsWith('srcset') ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) {
        if (ACTIVE.test(url) || (REMOTE.test(url) && !own(url))) out.push(`${name(el)} ${key}="${url.slice(0, 80)}"`);
      }
    }
  }
  try {
    if (/pwned/i.test(document.cookie)) out.push(`cookie: ${document.cookie}`);
  } catch {
    // No cookies in an opaque-origin document.
  }
  return { pwned, dom: out };
}

export class HostileDetector {
  readonly findings: Finding[] = [];
  /** Raw per-channel counts, for the self-test: every channel must fire on its own. */
  readonly channels = { requestEvents: 0, routedRequests: 0 };
  /** Requests the router refused (everything outside the app but the canary): they never left the machine. */
  readonly refusedUrls: string[] = [];
  private label = 'setup';
  private armed = false;
  private canarySeen = 0;
  private readonly seen = new Set<string>();
  private readonly baseline = new Set<string>();
  private readonly requests = new WeakSet<Request>();

  private constructor(
    readonly page: Page,
    readonly options: DetectorOptions,
  ) {}

  /** Installs every trap on the context and page. Call before the page loads anything. */
  static async attach(context: BrowserContext, page: Page, options: DetectorOptions): Promise<HostileDetector> {
    const detector = new HostileDetector(page, options);
    await context.exposeBinding('__hostileReport', (_source, kind: unknown, detail: unknown) => {
      const k = String(kind) as FindingKind;
      detector.record(FINDING_KINDS.includes(k) ? k : 'execution', String(detail));
    });
    await context.addInitScript({ content: INIT_SCRIPT });
    // Everything but the app's own origin goes through the router (matched in Playwright's driver, so the
    // app's own API calls are not held up by a round trip to this process).
    const own = options.appOrigin ? options.appOrigin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : null;
    await context.route(own ? new RegExp(`^(?!${own}/)`) : /.*/, (route) => detector.onRoute(route));
    page.on('request', (request) => {
      if (detector.isOwn(request.url())) return;
      detector.channels.requestEvents++;
      detector.requests.add(request);
      detector.record('request', `${request.method()} ${request.url()} (${request.resourceType()})`);
    });
    page.on('dialog', (dialog) => {
      detector.record('dialog', `${dialog.type()}(${JSON.stringify(dialog.message())})`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('frameattached', (frame) => {
      detector.record('frame', `frame attached (${frame.url() || 'no URL yet'})`);
    });
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) {
        if (frame.url() !== 'about:blank') detector.record('frame', `frame navigated to ${frame.url()}`);
        return;
      }
      if (detector.armed && !detector.isOwn(frame.url())) detector.record('navigation', `to ${frame.url()}`);
    });
    page.on('domcontentloaded', () => {
      if (detector.armed) detector.record('navigation', `a new document loaded: ${page.url()}`);
    });
    page.on('console', (message) => {
      const text = message.text();
      if (/Content Security Policy|Refused to/i.test(text)) detector.record('csp', text);
      // A blocked request logs "Failed to load resource"; the request channel has it already.
      // A blocked request logs "Failed to load resource" (the request channel has it); a UI library's own
      // deprecation notices are not content. Before arm(), the app is starting and its output is its own.
      else if (/^Failed to load resource|^\[Blueprint\]/.test(text)) return;
      else if (detector.armed || options.appOrigin === null) detector.record('console', `${message.type()}: ${text}`);
    });
    context.on('page', (popup) => {
      detector.record('popup', `a new window opened${popup.url() ? `: ${popup.url()}` : ''}`);
      popup.on('dialog', (dialog) => {
        detector.record('dialog', `in a popup: ${dialog.type()}(${JSON.stringify(dialog.message())})`);
        void dialog.dismiss().catch(() => undefined);
      });
      void popup.close().catch(() => undefined);
    });
    return detector;
  }

  /**
   * From now on, a main-frame navigation or document load counts (the app's own start-up is over),
   * and what the DOM scan finds in the app as it is now (its own CSP meta element) is its baseline.
   * `baseline: false` for a page that is all content (an exported report): nothing in it is excused.
   */
  async arm({ baseline = true }: { baseline?: boolean } = {}): Promise<void> {
    this.armed = true;
    if (baseline && this.options.appOrigin !== null && !this.page.isClosed()) {
      for (const d of (await this.page.evaluate(inspectFrame, this.options.appOrigin)).dom) this.baseline.add(d);
    }
  }

  /** What the DOM scan found in the app itself before any content was imported (ignored later). */
  get domBaseline(): string[] {
    return [...this.baseline];
  }

  /** Names what happens next, so each finding says which payload caused it. */
  during(label: string): void {
    this.label = label;
  }

  /** Once it is known what a provisional label stood for: renames it in findings so far, and from now on. */
  relabel(from: string, to: string): void {
    for (const f of this.findings) if (f.during === from) f.during = to;
    if (this.label === from) this.label = to;
  }

  isOwn(url: string): boolean {
    if (this.options.appOrigin === null) return false;
    try {
      const parsed = new URL(url);
      // The event stream is ws:// on the app's own host and port.
      if (parsed.protocol === 'ws:' || parsed.protocol === 'blob:') {
        return `http://${parsed.host}` === this.options.appOrigin || parsed.origin === this.options.appOrigin;
      }
      return parsed.origin === this.options.appOrigin;
    } catch {
      return false;
    }
  }

  private async onRoute(route: Route): Promise<void> {
    const request = route.request();
    const url = request.url();
    if (this.isOwn(url)) return route.continue();
    this.channels.routedRequests++;
    if (!this.requests.has(request)) {
      this.requests.add(request);
      this.record('request', `${request.method()} ${url} (${request.resourceType()}, routed)`);
    }
    // The canary gets its hit (it counts by itself); anything else never leaves the machine.
    if (url.startsWith(`${this.options.canary.origin}/`)) return route.continue();
    this.refusedUrls.push(url);
    return route.abort('blockedbyclient');
  }

  private record(kind: FindingKind, detail: string): void {
    const key = `${kind}|${this.label}|${detail}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.findings.push({ kind, detail, during: this.label });
  }

  /** Looks at every frame's sentinel, the DOM and the canary's log; returns what is new since the last check. */
  async check(): Promise<Finding[]> {
    const before = this.findings.length;
    this.readCanary();
    if (this.page.isClosed()) return this.findings.slice(before);
    for (const frame of this.page.frames()) {
      const main = frame === this.page.mainFrame();
      const found = await frame
        .evaluate(inspectFrame, this.options.appOrigin)
        .catch((err: Error) => (main ? { pwned: null, dom: [`DOM scan failed: ${err.message}`] } : null));
      if (found) this.ingest(found, main ? null : frame.url()); // else: a frame that went away meanwhile
    }
    return this.findings.slice(before);
  }

  /**
   * Waits until `ready` (run in the page, polled every frame) returns something, then inspects the
   * page in that same moment, in one round trip: the fast path for walking many sources. Other frames
   * (there should be none) are inspected separately.
   */
  async waitAndCheck<A, T>(ready: (arg: A) => T | false, arg: A, timeout = 10_000): Promise<T> {
    // Composed here as a function (a string would be eval'd in the page, which the app's CSP refuses);
    // Playwright ships its source to the page like any other page function.
    const composed = new Function(
      'arg',
      `const state = (${ready.toString()})(arg.arg);
      return state ? { state, found: (${inspectFrame.toString()})(arg.appOrigin) } : false;`,
    ) as (input: { arg: unknown; appOrigin: string | null }) => unknown;
    const input: { arg: unknown; appOrigin: string | null } = { arg, appOrigin: this.options.appOrigin };
    const handle = await this.page.waitForFunction(composed, input, { timeout });
    const { state, found } = (await handle.jsonValue()) as { state: T; found: Inspection };
    await handle.dispose();
    this.ingest(found, null);
    this.readCanary();
    if (this.page.frames().length > 1) await this.check();
    return state;
  }

  private readCanary(): void {
    const hits = this.options.canary.hits;
    for (const hit of hits.slice(this.canarySeen)) this.record('canary', `${hit.method} ${hit.url}`);
    this.canarySeen = hits.length;
  }

  /** Records what inspectFrame found; `frameUrl` is null for the main frame. */
  private ingest(found: Inspection, frameUrl: string | null): void {
    const where = frameUrl ?? this.page.url();
    if (found.pwned !== null) this.record('execution', `window.__pwned = ${JSON.stringify(found.pwned)} in ${where}`);
    for (const d of found.dom) {
      if (frameUrl === null && this.baseline.has(d)) continue;
      this.record(d.startsWith('cookie:') ? 'cookie' : 'dom', frameUrl === null ? d : `in frame ${frameUrl}: ${d}`);
    }
  }

  counts(): Record<FindingKind, number> {
    const out = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
    for (const f of this.findings) out[f.kind]++;
    return out;
  }

  /** One line per finding, for failure messages and reports. */
  describe(findings: readonly Finding[] = this.findings): string[] {
    return findings.map((f) => `${f.during}: ${f.kind}: ${f.detail}`);
  }
}
