/**
 * The backups view lives in the case settings dialog. A menu item, shortcut
 * or palette command opens that dialog with the backups view showing (and,
 * for "Back up now", makes the backup there, so the analyst sees it land in
 * the list with its time, or sees why it failed). One-shot flags the dialogs
 * take when they mount, like the search view's focus request:
 *
 *   requestBackups({ now: true }); ui.openDialog('caseSettings');
 */
let viewRequested = false;
let nowRequested = false;

export function requestBackups({ now }: { now: boolean }): void {
  viewRequested = true;
  nowRequested = now;
}

/** For the case settings dialog: start in the backups view? */
export function takeBackupsViewRequest(): boolean {
  const was = viewRequested;
  viewRequested = false;
  return was;
}

/** For the backups view: make a backup as soon as it shows? */
export function takeBackupRequest(): boolean {
  const was = nowRequested;
  nowRequested = false;
  return was;
}
