import type { DOMPurify } from 'dompurify';
import type { JSDOM } from 'jsdom';
import type { ExtractedMetadata, TextBlock } from '../../../../../shared/domain/source';
import { MEDIA_TYPE_OF } from './detect';
import { decodeText } from './decodeText';
import { domToBlocks } from './domBlocks';
import { importError } from './importError';
import { parseDate } from './metaDates';
import { normaliseText } from './textBlocks';
import { httpUrl } from './urls';
import type { ExtractInput, Extraction } from './types';

/**
 * Saved web pages. The page is parsed by jsdom with scripts off and no resource
 * loading (jsdom's defaults, stated explicitly below), so nothing is fetched and
 * nothing runs. Readability finds the article; DOMPurify — on a jsdom window,
 * never linkedom, where it silently returns its input — sanitises it; then only
 * text and block offsets are kept. The HTML itself is never stored or rendered.
 */

let sharedPurifier: DOMPurify | null = null;

async function loadJsdom() {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // A silent console: CSS the parser cannot read must not end up in the app's log for every import.
  const virtualConsole = new VirtualConsole();
  const parse = (html: string): JSDOM =>
    new JSDOM(html, { virtualConsole, runScripts: undefined, resources: undefined, pretendToBeVisual: false });
  return { parse };
}

/** A DOMPurify bound to a jsdom window; refuses to exist where it could not sanitise. */
async function purifierFor(window: JSDOM['window']): Promise<DOMPurify> {
  const { default: createDOMPurify } = await import('dompurify');
  const instance = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  // Without a working DOM DOMPurify passes markup through unchanged; never run like that.
  if (!instance.isSupported) throw new Error('DOMPurify cannot sanitise in this environment');
  return instance;
}

async function getSharedPurifier(): Promise<DOMPurify> {
  if (!sharedPurifier) {
    const { parse } = await loadJsdom();
    sharedPurifier = await purifierFor(parse('<!doctype html><html><body></body></html>').window);
  }
  return sharedPurifier;
}

/** The charset a page declares in its first KiB, for pages that are not UTF-8. */
function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 1024).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

function pageMetadata(doc: Document, html: string): ExtractedMetadata & { ogType?: string } {
  const meta = (...selectors: string[]) => {
    for (const sel of selectors) {
      const el = doc.querySelector(sel);
      const value = (el?.getAttribute('content') ?? el?.getAttribute('datetime'))?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const savedFrom = /<!-- saved from url=\(\d+\)(\S+?) -->/i.exec(html.slice(0, 4096))?.[1];
  const author = meta('meta[name="author"]', 'meta[name="byl"]', 'meta[property="article:author"]');
  const out: ExtractedMetadata & { ogType?: string } = {
    title: meta('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? (doc.title.trim() || undefined),
    author: author && !httpUrl(author) ? author : undefined,
    publisher: meta('meta[property="og:site_name"]', 'meta[name="application-name"]'),
    publishedRaw: meta(
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="publish-date"]',
      'meta[name="dc.date.issued"]',
      'meta[name="DC.date.issued"]',
      'meta[itemprop="datePublished"]',
      '[itemprop="datePublished"]',
    ),
    canonicalUrl:
      httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
      httpUrl(meta('meta[property="og:url"]')) ??
      httpUrl(savedFrom),
    declaredLanguage:
      doc.documentElement.getAttribute('lang')?.trim() || meta('meta[http-equiv="content-language" i]') || undefined,
    description: meta('meta[name="description"]', 'meta[property="og:description"]'),
    ogType: meta('meta[property="og:type"]'),
  };
  return out;
}

/**
 * A frameset page has no body: its text lives in the frame documents it names, and the importer never
 * fetches anything. Refused by name, before Readability or DOMPurify see it (DOMPurify refuses a
 * <frameset> root outright, which used to surface as an internal error).
 */
function refuseFrameset(doc: Document, name: string): void {
  const body = doc.body as Element | null;
  if (body?.localName === 'body') return;
  if (body?.localName !== 'frameset') throw importError('FILE_EMPTY', name, 'is a web page without a body to read.');
  throw importError(
    'FILE_EMPTY',
    name,
    'is a frameset page without readable text of its own: its content lives in the frame pages it ' +
      'names, which are never fetched. Save and import those pages instead.',
    { reason: 'frameset', frames: doc.querySelectorAll('frame').length },
  );
}

/** DOMPurify in place; a tree it refuses to clean (a forbidden or clobbered root) is refused by name, never read raw. */
function sanitizeInPlace(purify: DOMPurify, root: Node, name: string): void {
  try {
    purify.sanitize(root, { IN_PLACE: true });
  } catch (err) {
    throw importError('FILE_CORRUPT', name, `could not be made safe to read (${(err as Error).message}).`);
  }
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

export async function extractHtml({ name, bytes }: ExtractInput): Promise<Extraction & { ogType?: string }> {
  const { text: html, encoding } = decodeText(bytes, name, declaredCharset(bytes));
  const { parse } = await loadJsdom();
  const { Readability } = await import('@mozilla/readability');
  const dom = parse(html);
  try {
    const doc = dom.window.document;
    refuseFrameset(doc, name);
    // Metadata first: Readability rewrites the document it reads.
    const found = pageMetadata(doc, html);
    // Readability hands back its article as a node of this document (no serialise and re-parse, which
    // costs seconds on a large page); DOMPurify, bound to the same jsdom window, cleans it in place.
    let article: ReturnType<InstanceType<typeof Readability<Node>>['parse']> = null;
    try {
      article = new Readability<Node>(doc, { maxElemsToParse: 200_000, serializer: (node) => node }).parse();
    } catch {
      article = null; // a page Readability cannot digest is read whole, sanitised, below
    }
    let rawText: string;
    let blocks;
    if (article?.content && article.textContent?.trim()) {
      sanitizeInPlace(await purifierFor(dom.window), article.content, name);
      ({ text: rawText, blocks } = domToBlocks(article.content));
    } else {
      // Readability changed the document while failing; read the page afresh, whole.
      const fresh = parse(html);
      try {
        const body = fresh.window.document.body;
        sanitizeInPlace(await purifierFor(fresh.window), body, name);
        ({ text: rawText, blocks } = domToBlocks(body));
      } finally {
        fresh.window.close();
      }
    }
    const text = normaliseText(rawText);
    if (!text.trim()) throw importError('FILE_EMPTY', name, 'is a web page without readable text.');
    const { ogType, ...rest } = found;
    const metadata: ExtractedMetadata = compact({
      ...rest,
      title: rest.title ?? article?.title?.trim(),
      author: rest.author ?? article?.byline?.trim(),
      publisher: rest.publisher ?? article?.siteName?.trim(),
      publishedRaw: rest.publishedRaw ?? article?.publishedTime?.trim(),
      declaredLanguage: rest.declaredLanguage ?? article?.lang?.trim(),
      description: rest.description ?? article?.excerpt?.trim(),
    });
    const publishedAt = parseDate(metadata.publishedRaw);
    if (publishedAt !== undefined) metadata.publishedAt = publishedAt;
    return {
      format: 'html',
      mediaType: MEDIA_TYPE_OF.html,
      encoding,
      text,
      blocks,
      pages: null,
      metadata,
      ...(ogType ? { ogType } : {}),
    };
  } finally {
    dom.window.close();
  }
}

/**
 * Sanitised HTML to text blocks, for HTML that arrives inside other formats (DOCX, e-mail).
 * `frameset` is true when the HTML is a frameset document: it has no body, so no text of its own
 * (its frames are never fetched).
 */
export async function htmlFragmentToBlocks(html: string): Promise<{
  text: string;
  blocks: TextBlock[];
  frameset: boolean;
}> {
  const purify = await getSharedPurifier();
  // DOMPurify returns null where the parsed document has no <body> — a frameset document.
  const fragment = purify.sanitize(html, { RETURN_DOM_FRAGMENT: true }) as DocumentFragment | null;
  if (!fragment) return { text: '', blocks: [], frameset: true };
  const { text, blocks } = domToBlocks(fragment);
  return { text: normaliseText(text), blocks, frameset: false };
}
