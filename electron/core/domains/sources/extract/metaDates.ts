/**
 * Dates as files write them, to epoch milliseconds. Date.parse alone accepts
 * nonsense ("1" is 2001), so a four-digit year is required and the result must
 * be a plausible publication date.
 */
export function parseDate(raw: string | null | undefined): number | undefined {
  const value = raw?.trim();
  if (!value || !/\d{4}/.test(value)) return undefined;
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?/.exec(value);
  let at: number;
  if (pdf) {
    const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = pdf;
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    const offset = sign === '+' || sign === '-' ? (Number(oh) * 60 + Number(om)) * 60_000 : 0;
    at = sign === '-' ? utc + offset : utc - offset;
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    at = Date.parse(`${value}T00:00:00Z`);
  } else {
    at = Date.parse(value);
  }
  if (!Number.isFinite(at)) return undefined;
  const year = new Date(at).getUTCFullYear();
  return year >= 1800 && year <= 2200 ? at : undefined;
}
