import { z } from 'zod';
import { defineMethod } from './define';
import { reliabilitySchema, sourceLanguageSchema } from '../domain/source';

export const SEARCH_KINDS = ['source', 'excerpt', 'analytic', 'briefing'] as const;

export const searchInputSchema = z.object({
  /** FTS5 syntax is allowed (phrases, prefix*, AND/OR/NOT, NEAR); anything invalid runs as plain words. */
  query: z.string().max(2000),
  kinds: z.array(z.enum(SEARCH_KINDS)).optional(),
  tag: z.string().max(100).optional(),
  reliability: z.array(reliabilitySchema).optional(),
  languages: z.array(sourceLanguageSchema).optional(),
  /** Inclusive range on the source's publication date (epoch ms); hits without a source are left out. */
  from: z.number().int().optional(),
  to: z.number().int().optional(),
  limit: z.number().int().min(1).max(500).default(20),
  offset: z.number().int().nonnegative().default(0),
});
export type SearchInput = z.output<typeof searchInputSchema>;

export const searchHitSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.string(),
  /** The source of a source or excerpt hit. */
  sourceId: z.string().nullable(),
  label: z.string(),
  field: z.enum(['title', 'body']),
  /** Plain text segments; `hit` marks the matched words. Never markup. */
  snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })),
  /**
   * Where the first match starts, and its length: for a source hit in its text, an offset into its
   * current version's text (`version`); for a briefing hit in its text, an offset into text leaf `leaf`
   * (textBlocks order, every inline reference one character), which the editor maps to a position.
   */
  offset: z.number().int().nullable(),
  hitLength: z.number().int().nullable(),
  /** The source version `offset` points into (source hits in the text). */
  version: z.number().int().nullable(),
  /** The briefing's text leaf `offset` points into (briefing hits in the text). */
  leaf: z.number().int().nullable(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchOutputSchema = z.object({
  total: z.number().int().nonnegative(),
  /** Hits per kind under every filter but `kinds`, so a kind filter can show what the others hold. */
  counts: z.object({
    source: z.number().int().nonnegative(),
    excerpt: z.number().int().nonnegative(),
    analytic: z.number().int().nonnegative(),
    briefing: z.number().int().nonnegative(),
  }),
  items: z.array(searchHitSchema),
  /** The FTS5 query that ran, over folded text. */
  effectiveQuery: z.string(),
  /** True when the typed query was not valid FTS syntax and ran as plain words. */
  fallback: z.boolean(),
  /**
   * Set when there are more matches than are ranked together: the first pages rank this
   * many (the analyst's own objects and the newest sources), the older rest follows,
   * ranked among itself. Null when every match was ranked together.
   */
  rankedWithin: z.number().int().positive().nullable(),
});
export type SearchOutput = z.infer<typeof searchOutputSchema>;
export type SearchKindName = (typeof SEARCH_KINDS)[number];

export const savedSearchFiltersSchema = searchInputSchema.omit({ query: true, limit: true, offset: true }).partial();
export type SavedSearchFilters = z.infer<typeof savedSearchFiltersSchema>;

export const savedSearchSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  query: z.string(),
  filters: savedSearchFiltersSchema,
  createdAt: z.number().int(),
});
export type SavedSearch = z.infer<typeof savedSearchSchema>;

export const searchMethods = {
  'search.query': defineMethod({
    doc: 'Ranked full-text search over sources, excerpts, claims and judgments, and briefings (German-aware), with snippets.',
    input: searchInputSchema,
    output: searchOutputSchema,
    invalidates: [],
  }),
  'search.check': defineMethod({
    doc: 'Checks the search index: FTS5 integrity, and that it covers exactly what the case holds.',
    input: z.object({}),
    output: z.object({ ok: z.boolean(), problems: z.array(z.string()) }),
    invalidates: [],
  }),
  'search.rebuild': defineMethod({
    doc: 'Rebuilds the search index from the case (it is derived data).',
    input: z.object({}),
    output: z.object({ indexed: z.number().int() }),
    invalidates: ['search'],
  }),
  'searches.list': defineMethod({
    doc: 'Saved searches of the case.',
    input: z.object({}),
    output: z.array(savedSearchSchema),
    invalidates: [],
  }),
  'searches.save': defineMethod({
    doc: 'Save a search under a name (replacing one of the same name).',
    input: z.object({
      name: z.string().trim().min(1).max(200),
      query: z.string().max(2000),
      filters: savedSearchFiltersSchema.default({}),
    }),
    output: savedSearchSchema,
    invalidates: ['searches'],
  }),
  'searches.delete': defineMethod({
    doc: 'Delete a saved search.',
    input: z.object({ id: z.number().int() }),
    output: z.object({ deleted: z.boolean() }),
    invalidates: ['searches'],
  }),
} as const;
