import type { CaseInfo } from '../../shared/domain/case';
import type { MethodEntry } from './methodCatalog';

export function formatCaseInfo(info: CaseInfo): string {
  const lines: [string, string][] = [
    ['Title', info.title],
    ['File', info.path],
    ['Case id', info.caseId],
    ['Marking', [info.tlp, info.handling].filter(Boolean).join(' · ')],
    ['Question', info.question || '—'],
    ['Author', info.author || '—'],
    ['Likelihood scale', info.likelihoodScale === 'ICD203' ? 'ICD 203' : 'PHIA Probability Yardstick'],
    ['Working language', info.language],
    ['Schema version', String(info.schemaVersion)],
    ['Size', `${info.sizeBytes} bytes`],
    ['Created', new Date(info.createdAt).toISOString()],
    ['Updated', new Date(info.updatedAt).toISOString()],
  ];
  const width = Math.max(...lines.map(([k]) => k.length));
  const out = lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  if (info.keyQuestions.length) {
    out.push('Key intelligence questions:');
    info.keyQuestions.forEach((q, i) => out.push(`  ${i + 1}. ${q.text}`));
  }
  return out.join('\n');
}

export function formatMethods(catalog: MethodEntry[]): string {
  const width = Math.max(...catalog.map((m) => m.name.length));
  return catalog.map((m) => `${m.name.padEnd(width)}  ${m.doc}`).join('\n');
}
