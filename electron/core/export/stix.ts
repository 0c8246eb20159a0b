import { createHash } from 'node:crypto';
import type { ResolvedClaim, ResolvedExcerpt } from '../../../shared/contract/briefings';
import type { TlpMarking } from '../../../shared/domain/markings';
import { ICD203_TERMS, type Confidence } from '../../../shared/domain/tradecraft';
import { extractReferences } from '../../../shared/editor/references';
import { safeHref } from './escape';
import { printableMs } from './labels';
import { markingWarnings } from './marking';
import { excerptLocator } from './notes';
import type { ExportWarning, ReportData } from './types';

/**
 * The official TLP 2.0 marking definitions (OASIS cti-stix-common-objects,
 * extension-definition-specifications/tlp-2.0). Consumers match these ids, so
 * they are fixed, not generated.
 */
export const TLP_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
export const TLP_MARKING_IDS: Record<TlpMarking, string> = {
  'TLP:CLEAR': 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  'TLP:GREEN': 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  'TLP:AMBER': 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'TLP:AMBER+STRICT': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  'TLP:RED': 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** Deterministic UUIDv5 ids (RFC 4122, SHA-1) from the workbench's own ids: re-exports keep their ids. */
const NAMESPACE = Buffer.from('8f1c5e0a4b7d4c2e9a6f3b1d2c4e5f60', 'hex');
export function stixId(type: string, name: string): string {
  const h = createHash('sha1').update(NAMESPACE).update(`${type}:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${type}--${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** TRADECRAFT §6: Low/Moderate/High → 15/50/85; ICD 203 terms → 5…95. */
export const CONFIDENCE_TO_STIX: Record<Confidence, number> = { low: 15, moderate: 50, high: 85 };
const ICD203_TO_STIX = [5, 15, 30, 50, 70, 85, 95];
/** Admiralty credibility 1–5 → 90…10; 6 has no value. */
const CREDIBILITY_TO_STIX: Record<string, number> = { '1': 90, '2': 70, '3': 50, '4': 30, '5': 10 };

type StixObject = Record<string, unknown> & { type: string; id: string };

function markingDefinition(tlp: TlpMarking): StixObject {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP_MARKING_IDS[tlp],
    created: '2022-10-01T00:00:00.000Z',
    name: tlp,
    extensions: {
      [TLP_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: tlp.slice(4).toLowerCase() },
    },
  };
}

/** RFC 3339 UTC; a stored date outside years 0–9999 (STIX cannot carry it) becomes the epoch. */
const iso = (ms: number) => new Date(printableMs(ms) ?? 0).toISOString();

function externalReference(e: ResolvedExcerpt, language: ReportData['briefing']['language']) {
  const ref: Record<string, string> = {
    source_name: e.sourceTitle || e.outlet || 'source',
    description: [`“${e.quote}”`, excerptLocator(e, language), `grade ${e.grade}`].filter(Boolean).join(' — '),
    external_id: e.id,
  };
  const url = safeHref(e.url);
  if (url) ref.url = url;
  return ref;
}

/**
 * STIX 2.1: a Report for the briefing, an Opinion-free Note per judgment or claim
 * (with its likelihood mapped to `confidence` where STIX has one), a Note per
 * cited excerpt with its source as external reference, and the TLP markings.
 */
export function renderStix(data: ReportData): { bundle: Record<string, unknown>; warnings: ExportWarning[] } {
  const b = data.briefing;
  const marking = [TLP_MARKING_IDS[b.tlp]];
  const created = iso(b.createdAt);
  const modified = iso(Math.max(b.updatedAt, b.createdAt));
  const refs = extractReferences(b.doc);
  const objects: StixObject[] = [];
  const objectRefs: string[] = [];
  const markingsUsed = new Set<TlpMarking>([b.tlp]);

  const claimNote = (c: ResolvedClaim): StixObject => {
    const note: StixObject = {
      type: 'note',
      spec_version: '2.1',
      id: stixId('note', c.id),
      created,
      modified,
      abstract: c.kind === 'judgment' ? 'Key judgment' : 'Claim',
      content: c.text,
      object_refs: [] as string[],
      labels: [c.kind ?? 'claim', ...(c.likelihood ? [`likelihood:${c.likelihood.scale}:${c.likelihood.term}`] : [])],
      object_marking_refs: [TLP_MARKING_IDS[c.tlp ?? b.tlp]],
    };
    markingsUsed.add(c.tlp ?? b.tlp);
    // The likelihood maps onto STIX confidence only on the ICD 203 ("DNI") scale; analytic confidence otherwise.
    const step = c.likelihood?.scale === 'ICD203' ? ICD203_TERMS.indexOf(c.likelihood.term as never) : -1;
    if (step >= 0) note.confidence = ICD203_TO_STIX[step];
    else if (c.confidence) note.confidence = CONFIDENCE_TO_STIX[c.confidence];
    if (c.confidence) note.x_workbench_analytic_confidence = c.confidence;
    return note;
  };

  const reportId = stixId('report', b.id);
  const evidenceNotes = new Map<string, StixObject>();
  for (const id of refs.excerptIds) {
    const e = data.excerpts[id];
    if (!e?.exists) continue;
    const note: StixObject = {
      type: 'note',
      spec_version: '2.1',
      id: stixId('note', e.id),
      created,
      modified,
      abstract: 'Cited excerpt',
      content: e.translation ? `${e.quote}\n\n${e.translation.text}` : e.quote,
      object_refs: [reportId],
      external_references: [externalReference(e, b.language)],
      object_marking_refs: [TLP_MARKING_IDS[e.tlp ?? b.tlp]],
    };
    if (e.credibility && CREDIBILITY_TO_STIX[e.credibility] !== undefined) {
      note.confidence = CREDIBILITY_TO_STIX[e.credibility];
    }
    if (e.reliability) note.x_workbench_reliability = e.reliability;
    markingsUsed.add(e.tlp ?? b.tlp);
    evidenceNotes.set(id, note);
  }
  for (const id of refs.claimIds) {
    const c = data.claims[id];
    if (!c?.exists) continue;
    const note = claimNote(c);
    (note.object_refs as string[]).push(reportId);
    objects.push(note);
    objectRefs.push(note.id);
  }
  for (const n of evidenceNotes.values()) {
    objects.push(n);
    objectRefs.push(n.id);
  }
  const report: StixObject = {
    type: 'report',
    spec_version: '2.1',
    id: reportId,
    created,
    modified,
    name: b.title,
    description: [b.audience, b.handling].filter(Boolean).join(' — ') || b.title,
    report_types: ['threat-report'],
    published: iso(b.date ?? data.generatedAt),
    lang: b.language,
    // STIX requires at least one object ref; an empty briefing refers to its own marking.
    object_refs: objectRefs.length ? objectRefs : [TLP_MARKING_IDS[b.tlp]],
    external_references: refs.excerptIds
      .map((id) => data.excerpts[id])
      .filter((e): e is ResolvedExcerpt => !!e?.exists)
      .map((e) => externalReference(e, b.language)),
    object_marking_refs: marking,
  };
  if (!(report.external_references as unknown[]).length) delete report.external_references;
  const bundle = {
    type: 'bundle',
    id: stixId('bundle', `${b.id}:${b.revision}`),
    objects: [...[...markingsUsed].map(markingDefinition), report, ...objects],
  };
  const missing = refs.excerptIds.filter((id) => !data.excerpts[id]?.exists);
  const warnings: ExportWarning[] = [
    ...(missing.length
      ? [
          {
            code: 'EXCERPT_MISSING' as const,
            ids: missing,
            message: `Deleted excerpts left out of the bundle: ${missing.join(', ')}`,
          },
        ]
      : []),
    ...markingWarnings(data, b.doc),
  ];
  return { bundle, warnings };
}

/** One bundle from several (the whole case): objects shared between briefings appear once. */
export function mergeBundles(bundles: readonly Record<string, unknown>[]): Record<string, unknown> {
  const seen = new Map<string, unknown>();
  for (const b of bundles) for (const o of b.objects as StixObject[]) if (!seen.has(o.id)) seen.set(o.id, o);
  const ids = bundles.map((b) => String(b.id)).join('|');
  return { type: 'bundle', id: stixId('bundle', `case:${ids}`), objects: [...seen.values()] };
}
