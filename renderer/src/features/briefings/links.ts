const SAFE_LINK = /^(?:https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

/** Only web and mail links: nothing that could run script or open a local file (javascript:, file:, data:). */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  return SAFE_LINK.test(href) ? href : null;
}
