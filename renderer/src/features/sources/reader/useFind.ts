import { useMemo, useState } from 'react';
import type { TextBlock } from '../../../../../shared/domain/source';
import { useDebounced } from '../../newCase/useDebounced';
import { NO_MATCHES, findMatches, foldText, type FindResult } from './find';

/** Texts above this size search after a short pause in typing rather than on every key. */
const LARGE_TEXT = 200_000;

/** State of the reader's find bar: the query, its matches and which one is current. */
export function useFind(text: string, blocks: readonly TextBlock[]) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query, text.length > LARGE_TEXT ? 250 : 60);
  // Folding the text takes a moment on a large source: only once the find bar is used.
  const folded = useMemo(() => (open ? foldText(text) : null), [open, text]);
  const result: FindResult = useMemo(
    () => (folded && debounced ? findMatches(folded, text.length, debounced, blocks) : NO_MATCHES),
    [folded, debounced, text.length, blocks],
  );
  // The cursor belongs to one result; a new result starts again at its first match.
  const [cursor, setCursor] = useState<{ result: FindResult; index: number }>({ result, index: 0 });
  const count = result.matches.length;
  const index = cursor.result === result ? cursor.index : 0;

  const step = (by: 1 | -1) => {
    if (!count) return;
    setCursor({ result, index: (index + by + count) % count });
  };

  return {
    open,
    query,
    setQuery,
    matches: result.matches,
    capped: result.capped,
    /** -1 when there is nothing to show. */
    current: count ? index : -1,
    /** The typed query has not been searched yet. */
    pending: query !== debounced,
    show: () => setOpen(true),
    hide: () => setOpen(false),
    next: () => step(1),
    previous: () => step(-1),
  };
}

export type FindState = ReturnType<typeof useFind>;
