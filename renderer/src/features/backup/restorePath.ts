/**
 * A free-looking name for a restore beside the case: “Fall (restored
 * 2026-12-01 10.55).wbcase”. The core still refuses any name that exists;
 * this only saves the analyst typing. Dots instead of colons: Windows
 * forbids “:” in file names.
 */
export function suggestRestorePath(casePath: string, createdAt: number, word: string): string {
  const sep = casePath.includes('\\') && !casePath.includes('/') ? '\\' : '/';
  const cut = casePath.lastIndexOf(sep);
  const folder = cut >= 0 ? casePath.slice(0, cut + 1) : '';
  const base = (cut >= 0 ? casePath.slice(cut + 1) : casePath).replace(/\.wbcase$/i, '');
  const d = new Date(createdAt);
  const two = (n: number) => String(n).padStart(2, '0');
  const when = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}.${two(d.getMinutes())}.${two(d.getSeconds())}`;
  return `${folder}${base} (${word} ${when}).wbcase`;
}
