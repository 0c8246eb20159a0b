import type { Page } from '@playwright/test';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

/**
 * A call to the app's API from inside the page, with the token the page keeps in
 * sessionStorage: the same door the UI uses, so the core's data.changed events reach
 * the open page as they would after the user's own edit.
 */
export async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ({ method, input }) => {
      const token = window.sessionStorage.getItem('workbench.token') ?? '';
      const response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
        cache: 'no-store',
      });
      return (await response.json()) as Envelope<unknown>;
    },
    { method, input },
  );
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.code}: ${envelope.error?.message}`);
  return envelope.value as T;
}

/** Imports a UTF-8 text as a source (or as the next version of one); returns the source id. */
export function importText(page: Page, name: string, text: string, asNewVersionOf?: string): Promise<string> {
  return importFile(page, name, 'text/plain', Buffer.from(text, 'utf8'), asNewVersionOf);
}

/** Imports a file's bytes as a source (or as the next version of one); returns the source id. */
export async function importFile(
  page: Page,
  name: string,
  mediaType: string,
  bytes: Buffer,
  asNewVersionOf?: string,
): Promise<string> {
  const [result] = await callApi<{ status: string; sourceId?: string }[]>(page, 'sources.import', {
    files: [{ name, mediaType, dataBase64: bytes.toString('base64') }],
    ...(asNewVersionOf ? { asNewVersionOf } : {}),
  });
  if (!result?.sourceId || !['imported', 'newVersion'].includes(result.status)) {
    throw new Error(`import of ${name}: ${JSON.stringify(result)}`);
  }
  return result.sourceId;
}

export interface CreatedExcerpt {
  id: string;
  quote: string;
  status: string;
}

/** An excerpt of the given words (they must occur in the source's current text). */
export function createExcerpt(
  page: Page,
  input: { sourceId: string; quote: string; colour?: string; tags?: string[]; comment?: string; prefix?: string },
): Promise<CreatedExcerpt> {
  return callApi<CreatedExcerpt>(page, 'excerpts.create', input);
}
