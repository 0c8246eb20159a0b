import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type Ref } from 'react';
import type { TextBlock, TextPage } from '../../../../../shared/domain/source';
import { useTranslation } from 'react-i18next';
import { ChunkView, chunkLabels } from './ChunkView';
import type { Match } from './find';
import { BLOCKS_PER_CHUNK, buildChunks, chunkIndexAt, firstScreenChunks, type Chunk } from './layout';
import { distributeHighlights, type Flash, type Highlight } from './segments';

interface ReaderBodyProps {
  /** The version's text, or while the rest still loads its first part (a prefix: offsets stay those of the whole text). */
  text: string;
  /** `text` is only the first part; the body stays busy until the whole text is there. */
  partial?: boolean;
  blocks: readonly TextBlock[];
  pages: readonly TextPage[] | null;
  matches: readonly Match[];
  /** Index of the current match in `matches`, or -1. */
  current: number;
  titleStart: number;
  /** The shown version's excerpts with a range, sorted (sortHighlights). */
  highlights: readonly Highlight[];
  selectedId: string | null;
  /** Words to flash ("show in source"); their chunks render at once. */
  flash: Flash | null;
  /** A click on a highlight: the ids under the pointer, outermost first. */
  onHighlightClick: (ids: string[]) => void;
  bodyRef?: Ref<HTMLDivElement>;
}

/**
 * Each idle step renders about this many blocks (eight full chunks), or this much text
 * where paragraphs are long: steps of a few chunks each would make a text of long
 * paragraphs wait for dozens of idle callbacks before it is whole.
 */
const BLOCKS_PER_STEP = 8 * BLOCKS_PER_CHUNK;
const CHARS_PER_STEP = 400_000;

/** Where the idle step from chunk `from` ends (at least one chunk further). */
function nextStep(chunks: readonly Chunk[], from: number): number {
  let i = from;
  let blocks = 0;
  let chars = 0;
  while (i < chunks.length && (i === from || (blocks < BLOCKS_PER_STEP && chars < CHARS_PER_STEP))) {
    blocks += chunks[i]!.blocks;
    chars += chunks[i]!.end - chunks[i]!.start;
    i++;
  }
  return i;
}
/** Placeholders this close to the visible area render at once, ahead of the fill. */
const NEAR_VIEW = '1200px 0px';
const NONE: readonly Match[] = [];

interface ChunkMatches {
  matches: readonly Match[];
  firstIndex: number;
}

/** Hands each chunk its own slice of the (sorted) matches; chunks without any share one empty array. */
function distribute(chunks: readonly Chunk[], matches: readonly Match[]): ChunkMatches[] {
  const out: ChunkMatches[] = chunks.map(() => ({ matches: NONE, firstIndex: 0 }));
  let i = 0;
  while (i < matches.length) {
    const c = chunkIndexAt(chunks, matches[i]!.start);
    const end = chunks[c]!.end;
    let j = i;
    while (j < matches.length && matches[j]!.start < end) j++;
    out[c] = { matches: matches.slice(i, j), firstIndex: i };
    i = Math.max(j, i + 1);
  }
  return out;
}

/** A placeholder's height: about 65 characters a line and a blank line's worth per block, at 27 px a line. */
function estimateHeight(chunk: Chunk): number {
  const blocks = chunk.units.reduce((n, u) => n + (u.kind === 'list' ? u.items.length : 1), 0);
  return Math.round(((chunk.end - chunk.start) / 65 + blocks * 0.6) * 27);
}

const whenIdle = (fn: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(fn, { timeout: 200 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 16);
  return () => window.clearTimeout(id);
};

/**
 * The source text, block by block, in chunks. A large text (a 5 MB report is tens of
 * thousands of paragraphs) opens at once: the first chunks render immediately, the
 * others start as empty placeholders of about their height, render as soon as they
 * come near the view (scrolling, End, a find match), and fill in while the browser is
 * idle. Rendered chunks off screen are skipped by layout (content-visibility: auto).
 */
export function ReaderBody(props: ReaderBodyProps) {
  const { text, blocks, pages, matches, current, titleStart, selectedId, flash, partial = false } = props;
  const { t } = useTranslation();
  const labels = useMemo(() => chunkLabels(t), [t]);
  const chunks = useMemo(() => buildChunks(text, blocks, pages), [text, blocks, pages]);
  // Excerpts beyond a first part wait for the rest of the text (chunkIndexAt would pile them on its last chunk).
  const highlights = useMemo(
    () => (partial ? props.highlights.filter((h) => h.start < text.length) : props.highlights),
    [partial, props.highlights, text.length],
  );
  const perChunk = useMemo(() => distribute(chunks, matches), [chunks, matches]);
  // Each chunk keeps its highlight array while its excerpts stay the same (see distributeHighlights).
  const previousHighlights = useRef<(readonly Highlight[])[] | null>(null);
  const highlightsPerChunk = useMemo(() => {
    const lists = distributeHighlights(chunks, highlights, previousHighlights.current);
    previousHighlights.current = lists;
    return lists;
  }, [chunks, highlights]);
  const flashChunks = useMemo(() => {
    if (!flash || !chunks.length) return null;
    return [chunkIndexAt(chunks, flash.start), chunkIndexAt(chunks, Math.max(flash.start, flash.end - 1))] as const;
  }, [chunks, flash]);
  const inFlash = (i: number) => flashChunks !== null && i >= flashChunks[0] && i <= flashChunks[1];
  const estimates = useMemo(() => chunks.map(estimateHeight), [chunks]);
  // The first pass renders a screen's worth (firstScreenChunks); the rest fill in while the browser is idle.
  const [filled, setFilled] = useState(() => firstScreenChunks(chunks));
  const [near, setNear] = useState<ReadonlySet<number>>(() => new Set());
  const currentMatch = current >= 0 ? matches[current] : undefined;
  const currentChunk = currentMatch ? chunkIndexAt(chunks, currentMatch.start) : -1;
  const isRendered = (i: number) => i < filled || near.has(i) || i === currentChunk || inFlash(i);
  const complete = !partial && filled >= chunks.length;
  const filledAll = filled >= chunks.length;

  useEffect(() => {
    if (filledAll) return;
    return whenIdle(() => setFilled((n) => nextStep(chunks, n)));
  }, [filled, filledAll, chunks]);

  // One observer for all placeholders: each reports when it comes near the view and
  // renders in the next commit (React 19 ref callbacks unobserve it when it goes).
  const [observer] = useState(
    () =>
      new IntersectionObserver(
        (entries) => {
          const seen = entries
            .filter((e) => e.isIntersecting)
            .map((e) => Number((e.target as HTMLElement).dataset.chunk));
          if (seen.length) setNear((prev) => new Set([...prev, ...seen]));
        },
        { rootMargin: NEAR_VIEW },
      ),
  );
  useEffect(() => () => observer.disconnect(), [observer]);
  const watch = useCallback(
    (el: HTMLDivElement | null) => {
      if (!el) return;
      observer.observe(el);
      return () => observer.unobserve(el);
    },
    [observer],
  );

  // One listener for all highlights. A click that ends a drag selection is a selection, not a pick.
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-excerpts]');
    if (!el || !window.getSelection()?.isCollapsed) return;
    props.onHighlightClick((el.dataset.excerpts ?? '').split(' ').filter(Boolean));
  };

  return (
    // Highlights are reached by keyboard through the reader's Alt+arrow keys and the excerpt panel, not one tab stop each.
    <div ref={props.bodyRef} className="wb-reader__body" aria-busy={!complete} onClick={onClick}>
      {chunks.map((chunk, i) =>
        isRendered(i) ? (
          <ChunkView
            key={chunk.key}
            chunk={chunk}
            text={text}
            matches={perChunk[i]!.matches}
            firstIndex={perChunk[i]!.firstIndex}
            current={i === currentChunk ? current : -1}
            titleStart={titleStart}
            estimate={estimates[i]!}
            highlights={highlightsPerChunk[i]!}
            selectedId={
              selectedId !== null && highlightsPerChunk[i]!.some((h) => h.id === selectedId) ? selectedId : null
            }
            flash={inFlash(i) ? flash : null}
            labels={labels}
          />
        ) : (
          <div
            key={chunk.key}
            ref={watch}
            className="wb-reader__placeholder"
            data-chunk={i}
            style={{ height: estimates[i] }}
          />
        ),
      )}
    </div>
  );
}
