/**
 * Excerpts as W3C Web Annotations (JSON-LD): one AnnotationCollection per
 * case. Each excerpt becomes an Annotation whose target is the original file
 * (`urn:sha256:<hex>`, with the web address as scope when known), selected by
 * a TextQuoteSelector, a TextPositionSelector (code points of the stored NFC
 * text) and, for PDFs, a FragmentSelector `page=N` (RFC 3778). Comment, tags
 * and translation are TextualBody bodies with purposes commenting, tagging and
 * describing (the translation carries its language); the colour is a
 * styleClass with a one-rule CssStylesheet.
 *
 * What is exported is the excerpt's confirmed selector: the words and place it
 * was last seen at exactly. A moved or orphaned excerpt therefore exports the
 * version where it was confirmed, which is still true; importing it re-anchors
 * it into the current version with the same honesty rules.
 */
import type Database from 'better-sqlite3';
import { EXCERPT_COLOUR_HEX, type Excerpt } from '../../../../shared/domain/excerpt';
import {
  ANNO_CONTEXT,
  PDF_FRAGMENT_SPEC,
  type WebAnnotation,
  type WebAnnotationCollection,
} from '../../../../shared/domain/webAnnotation';
import { CodePoints, pageSpanOf } from './anchor';
import { exportRows, type StoredExcerpt } from './repo';
import { VersionTexts } from './service';

export const ANNOTATION_ID_PREFIX = 'urn:analyst-workbench:excerpt:';
export const STYLE_CLASS_PREFIX = 'wb-';

type Selector = WebAnnotation['target']['selector'][number];
type Body = NonNullable<WebAnnotation['body']>[number];

const iso = (ms: number) => new Date(ms).toISOString();

function bodiesOf(e: Excerpt): Body[] {
  const bodies: Body[] = [];
  if (e.comment) bodies.push({ type: 'TextualBody', value: e.comment, purpose: 'commenting', format: 'text/plain' });
  for (const tag of e.tags) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  if (e.translation) {
    bodies.push({
      type: 'TextualBody',
      value: e.translation.text,
      purpose: 'describing',
      format: 'text/plain',
      language: e.translation.language,
    });
  }
  return bodies;
}

function annotationOf(
  e: Excerpt,
  s: StoredExcerpt,
  texts: VersionTexts,
  codePoints: (sourceId: string, version: number) => CodePoints,
  urls: Map<string, string>,
): WebAnnotation {
  // The confirmed basis when there is one; an excerpt never confirmed in this case has only its quote.
  const version = s.basisVersion ?? s.version;
  const content = texts.get(s.sourceId, version);
  const selector: Selector[] = [
    {
      type: 'TextQuoteSelector',
      exact: s.quote,
      ...(s.prefix ? { prefix: s.prefix } : {}),
      ...(s.suffix ? { suffix: s.suffix } : {}),
    },
  ];
  if (s.basisStart !== null && s.basisEnd !== null) {
    const cp = codePoints(s.sourceId, version);
    selector.push({
      type: 'TextPositionSelector',
      start: cp.toCodePoint(s.basisStart),
      end: cp.toCodePoint(s.basisEnd),
    });
    const page = content.format === 'pdf' ? pageSpanOf(content.pages, { start: s.basisStart, end: s.basisEnd }) : null;
    if (page)
      selector.push({ type: 'FragmentSelector', value: `page=${page.first.page}`, conformsTo: PDF_FRAGMENT_SPEC });
  }
  const url = urls.get(s.sourceId);
  const styleClass = `${STYLE_CLASS_PREFIX}${e.colour}`;
  const body = bodiesOf(e);
  return {
    id: `${ANNOTATION_ID_PREFIX}${e.id}`,
    type: 'Annotation',
    motivation: 'highlighting',
    created: iso(e.createdAt),
    modified: iso(e.updatedAt),
    stylesheet: {
      type: 'CssStylesheet',
      value: `.${styleClass} { background-color: ${EXCERPT_COLOUR_HEX[e.colour]}; }`,
    },
    ...(body.length ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source: `urn:sha256:${content.sha256}`,
      ...(url ? { scope: url } : {}),
      styleClass,
      selector,
    },
  };
}

/** The case's excerpts as one AnnotationCollection, its items embedded in the first page. */
export function exportCollection(
  db: Database.Database,
  meta: { caseId: string; title: string },
  now: number,
): WebAnnotationCollection {
  const texts = new VersionTexts(db);
  const cps = new Map<string, CodePoints>();
  const codePoints = (sourceId: string, version: number) => {
    const key = `${sourceId}#${version}`;
    let cp = cps.get(key);
    if (!cp) cps.set(key, (cp = new CodePoints(texts.get(sourceId, version).text)));
    return cp;
  };
  // Only web addresses: other tools render `scope` as a link, and a javascript: or data: URL must never become one.
  const urls = new Map(
    (
      db.prepare("SELECT id, url FROM source WHERE url LIKE 'http://%' OR url LIKE 'https://%'").all() as {
        id: string;
        url: string;
      }[]
    ).map((r) => [r.id, r.url]),
  );
  const items = exportRows(db).map(({ excerpt, stored }) => annotationOf(excerpt, stored, texts, codePoints, urls));
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:analyst-workbench:case:${meta.caseId}:excerpts`,
    type: 'AnnotationCollection',
    label: meta.title,
    total: items.length,
    generated: iso(now),
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
