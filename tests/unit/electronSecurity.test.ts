import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createWindowOptions, secureWebPreferences } from '../../electron/main/windowOptions';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  isAllowedNavigation,
  isAllowedRequest,
  isPermissionAllowed,
  isTrustedSender,
  resolveAppFile,
  responseHeaders,
} from '../../electron/main/security';
import { DICTIONARY_DOWNLOAD_URL_DISABLED } from '../../electron/main/spellcheck';

const ROOT = resolve(import.meta.dirname, '../..');

describe('BrowserWindow options', () => {
  const options = createWindowOptions({
    preloadPath: '/app/out/preload/index.cjs',
    bounds: { width: 1200, height: 800 },
    devTools: false,
  });
  const prefs = options.webPreferences!;

  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and everything risky off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.safeDialogs).toBe(true);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('checks spelling, loads the CommonJS preload, hides DevTools when packaged', () => {
    expect(prefs.spellcheck).toBe(true);
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', true).devTools).toBe(true);
    expect(options.show).toBe(false);
  });

  it('turns the dictionary download toward a loopback address that no one serves', () => {
    const url = new URL(DICTIONARY_DOWNLOAD_URL_DISABLED);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.pathname.endsWith('/')).toBe(true);
    // And webRequest would cancel it anyway.
    expect(isAllowedRequest(DICTIONARY_DOWNLOAD_URL_DISABLED)).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it('is strict: nothing by default, own scripts only, no inline or eval scripts', () => {
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'worker-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'object-src': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    // pdf.js runs without WebAssembly, so wasm compilation stays forbidden too.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/wasm-unsafe-eval|unsafe-inline|worker-src[^;]*(blob|data):/);
  });

  it('is sent as a header with every app:// response, with nosniff', () => {
    const headers = responseHeaders('/r/index.html');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-abc.js')).toMatch(/^text\/javascript/);
    // pdf.js's module worker, as Vite emits it.
    expect(contentTypeFor('/r/assets/pdf.worker.min-abc.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('isTrustedSender', () => {
  it('accepts only the main frame of our own origin', () => {
    expect(APP_ORIGIN).toBe('app://workbench');
    expect(isTrustedSender(APP_ENTRY_URL, APP_ORIGIN, true)).toBe(true);
    expect(isTrustedSender('app://workbench/index.html#/case/settings', APP_ORIGIN, true)).toBe(true);
    expect(isTrustedSender(APP_ENTRY_URL, APP_ORIGIN, false)).toBe(false);
  });

  it.each([
    'file:///app/out/renderer/index.html',
    'http://evil.example/',
    'https://workbench/',
    'http://127.0.0.1:5173/',
    'data:text/html,<script>1</script>',
    'about:blank',
    'blob:app://workbench/123',
    'devtools://devtools/bundled/inspector.html',
    'app://workbench.evil/index.html',
    'app://evil/index.html',
    'app://workbench@evil/index.html',
    'app://user:pass@workbench/index.html',
    'javascript:alert(1)',
    '',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isTrustedSender(url, APP_ORIGIN, true)).toBe(false);
  });

  it('rejects a missing URL', () => {
    expect(isTrustedSender(undefined, APP_ORIGIN, true)).toBe(false);
    expect(isTrustedSender(null, APP_ORIGIN, true)).toBe(false);
  });
});

describe('navigation guard', () => {
  const here = 'app://workbench/index.html';

  it('allows staying on the same document (hash routes)', () => {
    expect(isAllowedNavigation(here, 'app://workbench/index.html#/sources', APP_ORIGIN)).toBe(true);
    expect(isAllowedNavigation(`${here}#/a`, `${here}#/b`, APP_ORIGIN)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'app://workbench/other.html',
    'app://workbench/index.html?x=1',
    'app://evil/index.html',
    'data:text/html,hi',
    'about:blank',
    'javascript:alert(1)',
  ])('refuses %s', (target) => {
    expect(isAllowedNavigation(here, target, APP_ORIGIN)).toBe(false);
  });

  it('refuses anything when the window is not showing our page', () => {
    expect(isAllowedNavigation('about:blank', 'app://workbench/index.html', APP_ORIGIN)).toBe(false);
  });
});

describe('network and permissions', () => {
  it('lets only our scheme, DevTools, data: and blob: requests through', () => {
    expect(isAllowedRequest('app://workbench/assets/index.js')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/devtools_app.html')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:app://workbench/0b7c')).toBe(true);
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://localhost:3000/',
      'ws://127.0.0.1:9/',
      'wss://example.com/',
      'file:///etc/passwd',
      'ftp://example.com/',
      'app://evil/x.js',
      'chrome://settings',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });

  it('denies every permission except a plain clipboard write from our own page', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid']) {
      expect(isPermissionAllowed(p, APP_ENTRY_URL, APP_ORIGIN), p).toBe(false);
    }
    expect(isPermissionAllowed('clipboard-sanitized-write', APP_ORIGIN, APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example', APP_ORIGIN)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined, APP_ORIGIN)).toBe(false);
  });
});

describe('app:// file resolution', () => {
  const root = '/srv/out/renderer';

  it('serves files under the renderer folder, index.html for /', () => {
    expect(resolveAppFile('app://workbench/', root)).toEqual({ ok: true, file: join(root, 'index.html') });
    expect(resolveAppFile('app://workbench/assets/a%20b.js?v=1#x', root)).toEqual({
      ok: true,
      file: join(root, 'assets', 'a b.js'),
    });
  });

  it.each([
    'app://workbench/../../etc/passwd',
    'app://workbench/%2e%2e/%2e%2e/etc/passwd',
    'app://workbench/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://workbench/..%5C..%5Cwindows%5Cwin.ini',
    'app://workbench/index.html%00.js',
    'app://workbench/%E0%A4%A',
    'app://other/index.html',
    'file:///srv/out/renderer/index.html',
  ])('never leaves the renderer folder for %s', (url) => {
    const r = resolveAppFile(url, root);
    // Plain dot segments are normalised away by URL parsing (…/etc/passwd under the root, i.e. a 404);
    // encoded separators, NUL and foreign hosts are refused outright.
    if (r.ok) expect(r.file.startsWith(root + sep)).toBe(true);
    else expect([400, 403, 404]).toContain(r.status);
  });

  it('refuses encoded separators and NUL rather than serving them', () => {
    expect(resolveAppFile('app://workbench/assets/..%2F..%2F..%2Fetc%2Fpasswd', root)).toEqual({
      ok: false,
      status: 403,
    });
    expect(resolveAppFile('app://workbench/..%5C..%5Cwin.ini', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppFile('app://workbench/index.html%00.js', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppFile('app://other/index.html', root)).toEqual({ ok: false, status: 404 });
  });
});

/**
 * Module specifiers a file loads at run time, read from its syntax tree:
 * `import type` / `export type` and imports whose every name is a type are
 * erased by the compiler and not counted; require() and import() are.
 */
function runtimeImports(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const specs: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause && !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0
          ? bindings.elements.every((e) => e.isTypeOnly)
          : false);
      if (!onlyTypes) specs.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) specs.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specs.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return specs;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [p] : [];
  });
}

describe('import rules of the Electron zones', () => {
  it('the preload imports nothing but electron and the wire module', () => {
    const source = readFileSync(join(ROOT, 'electron/preload/index.ts'), 'utf8');
    expect(runtimeImports(source).sort()).toEqual(['../../shared/contract/wire', 'electron']);
    const typeImports = [...source.matchAll(/import\s+type\s+[^'"]*from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(typeImports.every((s) => s === 'electron' || s === '../../shared/contract/wire')).toBe(true);
  });

  it('the wire module has no runtime imports (the sandboxed preload bundles it)', () => {
    expect(runtimeImports(readFileSync(join(ROOT, 'shared/contract/wire.ts'), 'utf8'))).toEqual([]);
  });

  it('electron/core never imports electron', () => {
    const files = filesUnder(join(ROOT, 'electron/core'));
    expect(files.length).toBeGreaterThan(5);
    // Not even for types: the core must compile and run where Electron is absent.
    // Any import form (static, type-only, side-effect, dynamic, require); the word 'electron' as a
    // value (the printer kind 'chromium' | 'electron') is not an import.
    const importOfElectron = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]electron(?:\/[^'"]*)?['"]/;
    const offenders = files.filter((f) => importOfElectron.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it.each([
    'windowOptions.ts',
    'security.ts',
    'menuTemplate.ts',
    'menuLabels.ts',
    'contextMenu.ts',
    'caseFiles.ts',
    'windowState.ts',
    'nativeBinding.ts',
    'spellcheck.ts',
    'eventOutbox.ts',
    'appInfo.ts',
  ])('electron/main/%s is pure (no runtime electron import)', (file) => {
    const imports = runtimeImports(readFileSync(join(ROOT, 'electron/main', file), 'utf8'));
    expect(imports.filter((s) => s === 'electron' || s.startsWith('electron/'))).toEqual([]);
  });

  it('no crash reporter is ever started', () => {
    for (const f of filesUnder(join(ROOT, 'electron'))) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/crashReporter\s*\.\s*start/);
    }
  });
});
