/** Locale-aware formatting: "14. Oktober 2024" in German, "October 14, 2024" in English. */
export function formatDate(epochMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(epochMs);
}

export function formatDateTime(epochMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(epochMs);
}

export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[i],
    unitDisplay: i === 0 ? 'long' : 'short',
    maximumFractionDigits: i === 0 ? 0 : 1,
  }).format(value);
}

/** Megabytes as the core counts them in its size messages (MiB, rounded): "200 MB". */
export function formatMegabytes(bytes: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(
    Math.max(1, Math.round(bytes / 1024 / 1024)),
  );
}

/** A compact date for list rows: "13.03.2025" / "Mar 13, 2025". */
export function formatShortDate(epochMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(epochMs);
}
