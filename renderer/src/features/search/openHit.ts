import type { QueryClient } from '@tanstack/react-query';
import type { SearchHit } from '../../../../shared/contract/search';
import type { WorkbenchApi } from '../../api/client';
import { ui } from '../../state/uiStore';
import { openExcerptInSource } from '../briefings/openExcerpt';
import { focusAnalysisList } from '../commands/caseActions';

/**
 * Opens a search hit at its exact place: a passage of a source opens the reader at
 * those words, scrolled and flashed (a hit in its title or metadata just opens it); an
 * excerpt is selected and shown in its source; a claim or judgment is selected in the
 * navigator's list and shown in the inspector; a briefing opens with the words selected.
 */
export async function openHit(
  api: WorkbenchApi,
  queryClient: QueryClient,
  casePath: string,
  hit: SearchHit,
): Promise<void> {
  switch (hit.kind) {
    case 'source':
      if (hit.offset !== null && hit.hitLength !== null && hit.version !== null) {
        // The reader replaces the search view (reveal alone keeps a workspace view on screen).
        ui.showWorkspaceView(casePath, null);
        const target = { sourceId: hit.id, version: hit.version, start: hit.offset, end: hit.offset + hit.hitLength };
        ui.reveal(casePath, { ...target, excerptId: null });
        // The found words become the reader's selection, so E (or H) keeps them without a mouse.
        // The reader asks for the same query, so this load is shared with it.
        const input = { sourceId: hit.id, version: hit.version };
        const detail = await queryClient.fetchQuery({
          queryKey: ['sources.get', input],
          queryFn: () => api.call('sources.get', input),
        });
        if (ui.get().revealRequest?.sourceId === hit.id && ui.get().readerSelection === null) {
          ui.setReaderSelection({ ...target, quote: detail.version.text.slice(target.start, target.end) });
        }
      } else {
        ui.selectSource(casePath, hit.id);
        focusWhenShown('.wb-reader__scroll');
      }
      return;
    case 'excerpt':
      ui.showWorkspaceView(casePath, null);
      await openExcerptInSource(api, casePath, hit.id);
      return;
    case 'analytic':
      ui.selectAnalysis(casePath, hit.id);
      requestAnimationFrame(focusAnalysisList);
      return;
    case 'briefing':
      if (hit.leaf !== null && hit.offset !== null && hit.hitLength !== null) {
        ui.revealInBriefing(casePath, {
          briefingId: hit.id,
          leaf: hit.leaf,
          offset: hit.offset,
          length: hit.hitLength,
        });
      } else {
        ui.openBriefing(casePath, hit.id);
      }
      return;
  }
}

/** Focuses the element once it is on screen (a reader loads its text first); gives up after two seconds. */
function focusWhenShown(selector: string): void {
  const until = Date.now() + 2000;
  const tick = () => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el && !el.hidden) el.focus();
    else if (Date.now() < until) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
