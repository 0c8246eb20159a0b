import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import type { BenchDocs } from './document';

/** The column the briefing's page has in the app (about 450 px of text at 16 px), so layout costs the same. */
const STYLE = `body { margin: 0; font-family: system-ui, sans-serif; font-size: 16px; line-height: 1.5; }
#editor { width: 448px; margin: 24px auto; padding: 40px; border: 1px solid #ccc; }
#editor:focus-within { outline: 2px solid #2d72d2; }
.ProseMirror { outline: none; white-space: pre-wrap; word-wrap: break-word; }`;

const page = (title: string, script: string) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head>
<body><div id="editor"></div><script type="module" src="${script}"></script></body></html>`;

/** The bare contenteditable: the same HTML set at once, spell check on, nothing listening. */
const CONTENTEDITABLE_JS = `const start = performance.now();
const html = await (await fetch('./plain.html', { cache: 'no-store' })).text();
const el = document.querySelector('#editor');
el.setAttribute('contenteditable', 'true');
el.setAttribute('spellcheck', 'true');
el.innerHTML = html;
requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => (window.benchLoaded = performance.now() - start);
  channel.port2.postMessage(0);
});
`;

/**
 * Writes the two baseline pages into `dir`: StarterKit bundled by Vite (the project's
 * bundler, minified as the app is) and the bare contenteditable, with the documents.
 */
export async function writeBaselinePages(dir: string, docs: BenchDocs): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(import.meta.dirname, '..', '..'),
    publicDir: false,
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: true,
      target: 'es2023',
      rollupOptions: {
        input: join(import.meta.dirname, 'starterKitPage.ts'),
        output: { entryFileNames: 'starterkit.js', format: 'es' },
      },
    },
  });
  writeFileSync(join(dir, 'starterkit.html'), page('StarterKit', './starterkit.js'));
  writeFileSync(join(dir, 'contenteditable.js'), CONTENTEDITABLE_JS);
  writeFileSync(join(dir, 'contenteditable.html'), page('contenteditable', './contenteditable.js'));
  writeFileSync(join(dir, 'plain.json'), JSON.stringify(docs.plain));
  writeFileSync(join(dir, 'plain.html'), docs.html);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

/** A loopback static server for the baseline pages (fetch needs http, not file:). */
export async function serveDir(dir: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const type = TYPES[extname(path)];
    if (!type) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    createReadStream(join(dir, path))
      .on('error', () => res.end())
      .pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}
