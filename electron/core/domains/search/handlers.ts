import type { searchMethods } from '../../../../shared/contract/search';
import type { HandlerMap } from '../../handlerTypes';
import { stmt } from '../sources/statements';
import { checkIndex, rebuildIndex } from './indexer';
import { runSearch } from './search';
import { requireCase } from '../requireCase';

interface SavedRow {
  id: number;
  name: string;
  query: string;
  filters: string;
  created_at: number;
}
const toSaved = (r: SavedRow) => ({
  id: r.id,
  name: r.name,
  query: r.query,
  filters: JSON.parse(r.filters) as Record<string, never>,
  createdAt: r.created_at,
});

export const searchHandlers: HandlerMap<keyof typeof searchMethods> = {
  'search.query': (input, ctx) => runSearch(requireCase(ctx).db, input),
  'search.check': (_input, ctx) => checkIndex(requireCase(ctx).db),
  'search.rebuild': (_input, ctx) => ({ indexed: rebuildIndex(requireCase(ctx).db) }),
  'searches.list': (_input, ctx) =>
    (stmt(requireCase(ctx).db, 'SELECT * FROM saved_search ORDER BY name').all() as SavedRow[]).map(toSaved),
  'searches.save': (input, ctx) => {
    const { db } = requireCase(ctx);
    return db
      .transaction(() => {
        stmt(
          db,
          `INSERT INTO saved_search (name, query, filters, created_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET query = excluded.query, filters = excluded.filters`,
        ).run(input.name, input.query, JSON.stringify(input.filters), Date.now());
        return toSaved(stmt(db, 'SELECT * FROM saved_search WHERE name = ?').get(input.name) as SavedRow);
      })
      .immediate();
  },
  'searches.delete': (input, ctx) => ({
    deleted: stmt(requireCase(ctx).db, 'DELETE FROM saved_search WHERE id = ?').run(input.id).changes > 0,
  }),
};
