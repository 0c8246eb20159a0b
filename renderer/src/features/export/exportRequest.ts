/**
 * Opening the export dialog from elsewhere (the command palette, a menu): the
 * open briefing's Export button listens and opens its dialog. Nothing happens
 * when no briefing is open.
 */
const listeners = new Set<() => void>();

export function requestExportDialog(): void {
  for (const l of listeners) l();
}

export function onExportRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
