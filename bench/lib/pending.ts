/**
 * Every benchmark issue 10 asks for. A row whose suite file does not exist yet
 * is reported as pending (the feature or the suite has not landed), not faked.
 */
export interface PendingRow {
  id: string;
  title: string;
  baseline: string;
  goal: string;
}

export const PENDING_ROWS: readonly PendingRow[] = [
  {
    id: 'import',
    title: 'Import the 1,028 articles of the 10kGNAD test set through the core (CLI batch)',
    baseline: 'bare better-sqlite3, one transaction, table plus FTS5, same durability settings',
    goal: '≤ 1.3× baseline time',
  },
  {
    id: 'search',
    title: 'Ranked search, first page of 20 with snippets, 1k / 10k / 100k sources',
    baseline: 'grep (and ripgrep) over the same texts as one file per source',
    goal: 'p95 ≤ 30 ms per query type at 100k; ≥ 40× faster than grep for the worst type; count ≤ 5 ms',
  },
  {
    id: 'open',
    title: 'Open a 100k-source case and load the first screen (50 newest sources)',
    baseline: 'reading PRAGMA user_version from the same file',
    goal: '≤ 10 ms warm, ≤ 20 ms cold, flat from 1k to 100k',
  },
  {
    id: 'pdfExport',
    title: 'PDF export of a 30-page briefing with 300 citations',
    baseline: 'Chromium printing the same pre-rendered HTML with the same options on a warm page',
    goal: '≤ 1.1× baseline; first export in a fresh process ≤ 2.5 s',
  },
  {
    id: 'editor',
    title: 'Editor: 30,000 words with 1,000 references',
    baseline: 'a plain contenteditable and plain StarterKit tiptap with the same text',
    goal: 'key press to frame p50 ≤ 16.7 ms, p95 ≤ 33 ms; ≤ 1.5× StarterKit',
  },
  {
    id: 'memory',
    title: 'Memory of the web host with the 100k case open after search and export',
    baseline: '—',
    goal: '≤ 400 MB resident',
  },
  {
    id: 'reader',
    title: 'Reader: open a 5 MB source with 2,000 highlights',
    baseline: 'the same text with no highlights',
    goal: '≤ 2× baseline and ≤ 500 ms',
  },
];
