import { idPattern } from '../../../../shared/domain/ids';

/**
 * Dragging an excerpt row onto a claim: the excerpt id travels in a type of our own, so
 * text dragged in from elsewhere (another app, the reader's words) is never taken for one.
 */
export const EXCERPT_DRAG_TYPE = 'application/x-workbench-excerpt';
const EXCERPT_ID = idPattern('excerpt');

export function setExcerptDrag(data: DataTransfer, excerptId: string, quote: string): void {
  data.setData(EXCERPT_DRAG_TYPE, excerptId);
  data.setData('text/plain', quote);
  data.effectAllowed = 'link';
}

/** Whether a drag carries an excerpt (its data is only readable on drop, but its types are always). */
export function carriesExcerpt(data: DataTransfer): boolean {
  return Array.from(data.types).includes(EXCERPT_DRAG_TYPE);
}

/** The dropped excerpt's id, or null when the drop is not one of ours. */
export function droppedExcerptId(data: DataTransfer): string | null {
  const id = data.getData(EXCERPT_DRAG_TYPE).trim();
  return EXCERPT_ID.test(id) ? id : null;
}
