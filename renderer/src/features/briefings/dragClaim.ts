import { idPattern } from '../../../../shared/domain/ids';

/**
 * Dragging a claim or key judgment from the analysis navigator into a briefing: the id
 * travels in a type of our own (like excerpts), so text dragged in from elsewhere is
 * never taken for a reference; the text goes along as plain text for other targets.
 */
export const CLAIM_DRAG_TYPE = 'application/x-workbench-claim';
const CLAIM_ID = idPattern('claim');

/** Kinds a briefing references with a live judgment reference. */
export const REFERENCEABLE_KINDS = ['judgment', 'claim'] as const;

export function setClaimDrag(data: DataTransfer, claimId: string, text: string): void {
  data.setData(CLAIM_DRAG_TYPE, claimId);
  data.setData('text/plain', text);
  data.effectAllowed = 'link';
}

/** The dropped claim's id, or null when the drop is not one of ours. */
export function droppedClaimId(data: DataTransfer): string | null {
  const id = data.getData(CLAIM_DRAG_TYPE).trim();
  return CLAIM_ID.test(id) ? id : null;
}
