/** A backup's time with seconds: two backups in one minute must be told apart in the list. */
export function formatBackupTime(epochMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(epochMs);
}
