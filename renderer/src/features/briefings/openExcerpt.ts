import type { WorkbenchApi } from '../../api/client';
import { showInSource } from '../excerpts/panel/showInSource';

/** A citation's click: the reader opens the source at the excerpt (an orphan selects the excerpt instead). */
export async function openExcerptInSource(api: WorkbenchApi, casePath: string, excerptId: string): Promise<void> {
  try {
    const excerpt = await api.call('excerpts.get', { excerptId });
    showInSource(casePath, excerpt);
  } catch {
    // Deleted meanwhile: the marker already shows it as such.
  }
}
