import { TLP_COLOURS, TLP_RESTRICTIVENESS, type TlpMarking } from '../../../shared/domain/markings';
import type { DocNode } from '../../../shared/editor/document';
import { extractReferences } from '../../../shared/editor/references';
import { esc } from './escape';
import type { ExportWarning, ReportData } from './types';

/** The TLP label as TLP 2.0 asks: the colour on black. Inline styles, so header templates can use it too. */
export function tlpLabelHtml(tlp: TlpMarking, size = '10pt'): string {
  return `<span class="tlp" style="background:#000;color:${TLP_COLOURS[tlp]};font-family:'DejaVu Sans',sans-serif;font-weight:bold;font-size:${size};padding:0.1em 0.45em;-webkit-print-color-adjust:exact;print-color-adjust:exact">${esc(tlp)}</span>`;
}

/** The handling line every page carries: the marking and the briefing's handling text. */
export function handlingLine(data: ReportData): string {
  const h = data.briefing.handling.trim();
  return h ? `${data.briefing.tlp} · ${h}` : data.briefing.tlp;
}

/** Names everything cited that is marked more restrictively than the briefing itself. */
export function markingWarnings(data: ReportData, doc: DocNode): ExportWarning[] {
  const own = TLP_RESTRICTIVENESS[data.briefing.tlp];
  const refs = extractReferences(doc);
  const higher: string[] = [];
  const names: string[] = [];
  for (const id of refs.excerptIds) {
    const e = data.excerpts[id];
    if (e?.tlp && TLP_RESTRICTIVENESS[e.tlp] > own) {
      higher.push(id);
      names.push(`${e.tlp} „${e.quote.slice(0, 60)}“ (${e.sourceTitle})`);
    }
  }
  for (const id of refs.claimIds) {
    const c = data.claims[id];
    if (c?.tlp && TLP_RESTRICTIVENESS[c.tlp] > own) {
      higher.push(id);
      names.push(`${c.tlp} „${c.text.slice(0, 60)}“`);
    }
  }
  if (!higher.length && !data.briefing.markingWarning) return [];
  const lead =
    data.briefing.language === 'de'
      ? `Die Einstufung ${data.briefing.tlp} ist niedriger als das Zitierte (${data.briefing.citedMarking})`
      : `The marking ${data.briefing.tlp} is lower than what the briefing cites (${data.briefing.citedMarking})`;
  return [{ code: 'MARKING_LOWER', ids: higher, message: names.length ? `${lead}: ${names.join('; ')}` : lead }];
}
