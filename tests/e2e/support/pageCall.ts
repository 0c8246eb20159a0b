import type { Page } from '@playwright/test';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

/** A call to the app's API from inside the page, with the token the page keeps in sessionStorage. */
export async function pageCall<T>(page: Page, fallbackToken: string, method: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ({ method, input, fallbackToken }) => {
      const token = window.sessionStorage.getItem('workbench.token') ?? fallbackToken;
      const response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
        cache: 'no-store',
      });
      return (await response.json()) as Envelope<unknown>;
    },
    { method, input, fallbackToken },
  );
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.code}: ${envelope.error?.message}`);
  return envelope.value as T;
}
