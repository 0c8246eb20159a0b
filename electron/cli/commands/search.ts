import type { Core } from '../../core';
import type { SearchOutput } from '../../../shared/contract/search';

/** `workbench search CASE QUERY [--json] [--limit N]`: ranked hits with snippets (hits in [brackets]). */
export async function searchCommand(
  core: Core,
  casePath: string,
  query: string,
  options: { json: boolean; limit: number },
): Promise<number> {
  const opened = await core.dispatch('case.open', { path: casePath });
  if (!opened.ok) {
    if (options.json) console.log(JSON.stringify({ ok: false, error: opened.error }, null, 2));
    else console.error(`workbench: ${opened.error.code}: ${opened.error.message}`);
    return 1;
  }
  const result = await core.dispatch('search.query', { query, limit: options.limit });
  if (!result.ok) {
    console.error(`workbench: ${result.error.code}: ${result.error.message}`);
    return 1;
  }
  const out = result.value as SearchOutput;
  if (options.json) {
    console.log(JSON.stringify(out, null, 2));
    return 0;
  }
  for (const hit of out.items) {
    const snippet = hit.snippet.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('');
    console.log(`${hit.kind} ${hit.id}  ${hit.label}\n  ${snippet}`);
  }
  console.log(`${out.total} hit(s)${out.total > out.items.length ? `, first ${out.items.length} shown` : ''}.`);
  if (out.fallback) console.log('(The query was not valid search syntax; it ran as plain words.)');
  return 0;
}
