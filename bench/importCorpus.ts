/**
 * The import benchmark moved to bench/suites/import.bench.ts and the corpus
 * parser to bench/lib/corpus.ts. This re-export keeps suites that still import
 * the parser from here working; import from './lib/corpus' instead.
 */
export { parseGnadCsv, type Article } from './lib/corpus';
