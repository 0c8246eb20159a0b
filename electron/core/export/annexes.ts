import { GERMAN_ICD203_TERMS, GERMAN_PHIA_TERMS } from '../../../shared/domain/estimativeTerms';
import {
  CONFIDENCE_LEVELS,
  ICD203_RANGES,
  ICD203_TERMS,
  PHIA_RANGES,
  PHIA_TERMS,
} from '../../../shared/domain/tradecraft';
import type { JudgmentState } from '../../../shared/domain/briefing';
import type { BriefingLanguage } from '../../../shared/editor/templates';
import type { TocEntry } from './docHtml';
import { esc, safeHref } from './escape';
import { formatDate, labelsFor, ratingWords } from './labels';
import type { Note } from './notes';
import type { Annex, ReportData } from './types';

/** Cited sources in the order of their first note. */
export function citedSources(data: ReportData, notes: readonly Note[]) {
  const ids: string[] = [];
  for (const n of notes) {
    const sid = n.excerpt?.exists ? n.excerpt.sourceId : null;
    if (sid && !ids.includes(sid)) ids.push(sid);
  }
  return ids.flatMap((id) => (data.sources[id] ? [{ id, ...data.sources[id] }] : []));
}

function heading(toc: TocEntry[], text: string): string {
  const id = `annex-${toc.length + 1}`;
  toc.push({ id, level: 1, text });
  return `<h2 id="${id}">${esc(text)}</h2>`;
}

function sourcesAnnex(data: ReportData, notes: readonly Note[], lang: BriefingLanguage, toc: TocEntry[]): string {
  const l = labelsFor(lang);
  const rows = citedSources(data, notes).map(({ detail: s, reliabilityReason, sha256 }) => {
    const href = safeHref(s.url);
    const numbers = notes.filter((n) => n.excerpt?.sourceId === s.id).map((n) => n.number);
    return `<section class="source-card">
<h3 class="source-title">${esc(s.title)} <span class="nums">[${numbers.join(', ')}]</span></h3>
<table class="facts"><tbody>
<tr><th>${esc(l.type)}</th><td>${esc(l.sourceTypes[s.sourceType] ?? s.sourceType)}</td></tr>
<tr><th>${esc(l.outlet)}</th><td>${esc(s.outlet || '–')}</td></tr>
<tr><th>${esc(l.reliability)}</th><td>${s.reliability ? `${esc(s.reliability)} – ${esc(l.reliabilityLabels[s.reliability])}` : esc(l.notRated)}</td></tr>
<tr><th>${esc(l.reason)}</th><td>${esc(reliabilityReason ?? '–')}</td></tr>
<tr><th>${esc(l.published)}</th><td>${esc(formatDate(s.publishedAt, lang) || '–')}</td></tr>
<tr><th>${esc(l.retrieved)}</th><td>${esc(formatDate(s.retrievedAt ?? s.importedAt, lang))}</td></tr>
<tr><th>${esc(l.url)}</th><td class="break">${href ? `<a href="${esc(href)}">${esc(href)}</a>` : esc(s.url || '–')}</td></tr>
<tr><th>${esc(l.sha256)}</th><td class="hash">${esc(sha256 ?? '–')}</td></tr>
</tbody></table></section>`;
  });
  return `<section class="annex">${heading(toc, l.annexSources)}${rows.length ? rows.join('') : `<p>${esc(l.none)}</p>`}</section>`;
}

function gapsAnnex(data: ReportData, lang: BriefingLanguage, toc: TocEntry[]): string {
  const l = labelsFor(lang);
  const list = (items: ReportData['gaps'], status: boolean) =>
    items.length
      ? `<ul>${items.map((g) => `<li>${esc(g.text)}${status && g.gapStatus ? ` <span class="muted">(${esc(g.gapStatus === 'open' ? l.open : l.closed)})</span>` : ''}</li>`).join('')}</ul>`
      : `<p>${esc(l.none)}</p>`;
  return `<section class="annex">${heading(toc, l.annexGaps)}<h3>${esc(l.gaps)}</h3>${list(data.gaps, true)}<h3>${esc(l.indicators)}</h3>${list(data.indicators, false)}</section>`;
}

function scaleAnnex(data: ReportData, lang: BriefingLanguage, toc: TocEntry[]): string {
  const l = labelsFor(lang);
  const phia = data.likelihoodScale === 'PHIA';
  const terms = lang === 'de' ? (phia ? GERMAN_PHIA_TERMS : GERMAN_ICD203_TERMS) : phia ? PHIA_TERMS : ICD203_TERMS;
  const ranges = phia ? PHIA_RANGES : ICD203_RANGES;
  const rows = terms.map((t, i) => `<tr><td>${esc(t)}</td><td>${ranges[i]![0]}–${ranges[i]![1]} %</td></tr>`).join('');
  const name = phia ? 'PHIA Probability Yardstick' : 'ICD 203';
  return `<section class="annex">${heading(toc, l.annexScale)}<p>${esc(name)}</p><table class="grid"><thead><tr><th>${esc(l.term)}</th><th>${esc(l.range)}</th></tr></thead><tbody>${rows}</tbody></table><h3>${esc(l.confidenceLevels)}</h3><ul>${CONFIDENCE_LEVELS.map((c) => `<li>${esc(l.confidence[c])}</li>`).join('')}</ul></section>`;
}

function stateLine(s: JudgmentState, lang: BriefingLanguage): string {
  return `${esc(s.text)} <span class="rating">(${esc(ratingWords({ ...s, exists: true, tlp: null }, lang))})</span>`;
}

function changesAnnex(data: ReportData, lang: BriefingLanguage, toc: TocEntry[]): string {
  const c = data.comparison;
  if (!c?.previous) return '';
  const l = labelsFor(lang);
  const block = (title: string, items: string[]) =>
    items.length ? `<h3>${esc(title)}</h3><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '';
  const body =
    block(
      l.added,
      c.added.map((s) => stateLine(s, lang)),
    ) +
    block(
      l.removed,
      c.removed.map((s) => stateLine(s, lang)),
    ) +
    block(
      l.changed,
      c.changed.map(
        (ch) =>
          `${stateLine(ch.before, lang)} → <span class="rating">(${esc(ratingWords({ ...ch.after, exists: true, tlp: null }, lang))})</span>`,
      ),
    );
  return `<section class="annex">${heading(toc, l.annexChanges)}<p>${esc(l.previous)}: ${esc(c.previous.title)} (${esc(l.edition)} ${c.previous.edition})</p>${body || `<p>${esc(l.noChanges)}</p>`}</section>`;
}

export function annexesHtml(
  data: ReportData,
  notes: readonly Note[],
  annexes: readonly Annex[],
  toc: TocEntry[],
): string {
  const lang = data.briefing.language;
  const parts: string[] = [];
  if (annexes.includes('sources')) parts.push(sourcesAnnex(data, notes, lang, toc));
  if (annexes.includes('gaps')) parts.push(gapsAnnex(data, lang, toc));
  if (annexes.includes('scale')) parts.push(scaleAnnex(data, lang, toc));
  if (annexes.includes('changes')) parts.push(changesAnnex(data, lang, toc));
  return parts.join('');
}
