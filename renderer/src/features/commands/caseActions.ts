import type { QueryClient } from '@tanstack/react-query';
import { contract } from '../../../../shared/contract';
import { invalidateDomains, type WorkbenchApi } from '../../api/client';
import { ui } from '../../state/uiStore';

/** The analysis list in the navigator (one tab stop; its rows are options). */
export function focusAnalysisList(): void {
  document.querySelector<HTMLElement>('.wb-analysis-list')?.focus();
}

/** "New claim": the navigator's field for the text of a new claim or judgment. */
export function focusNewClaim(): void {
  const field = document.querySelector<HTMLInputElement>('.wb-analysis-create input');
  field?.focus();
  field?.select();
}

/**
 * "New briefing": the navigator's own button opens its dialog (the dialog's state lives
 * there), and focus goes back to that button when the dialog closes.
 */
export function startNewBriefing(): void {
  document.querySelector<HTMLButtonElement>('.wb-nav-section--briefings .wb-sources__actions button')?.click();
}

/**
 * A claim from the selected excerpt: its quote becomes the claim's text and the excerpt its
 * supporting evidence (no credibility yet: that takes a reason). The claim is then selected
 * and the analysis list focused, so the analyst can rate it from the inspector.
 */
export async function claimFromExcerpt(api: WorkbenchApi, queryClient: QueryClient, casePath: string) {
  const excerptId = ui.get().excerptSelection?.casePath === casePath ? ui.get().excerptSelection?.excerptId : null;
  if (!excerptId) return null;
  const excerpt = await api.call('excerpts.get', { excerptId });
  const text = excerpt.quote.replace(/\s+/g, ' ').trim().slice(0, 20_000);
  const claim = await api.call('analysis.create', { kind: 'claim', text, notes: '', tags: [] });
  await api.call('evidence.add', {
    excerptId,
    targetId: claim.id,
    stance: 'supports',
    credibility: null,
    note: '',
    reason: '',
  });
  await invalidateDomains(queryClient, [
    ...contract['analysis.create'].invalidates,
    ...contract['evidence.add'].invalidates,
  ]);
  ui.selectAnalysis(casePath, claim.id);
  requestAnimationFrame(focusAnalysisList);
  return claim;
}
