import { memo, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { TextBlock } from '../../../../../shared/domain/source';
import type { Match } from './find';
import type { Chunk, Unit } from './layout';
import { segmentRange, type Flash, type Highlight, type Segment } from './segments';

interface ChunkViewProps {
  chunk: Chunk;
  text: string;
  /** This chunk's matches, in order; `firstIndex` is the global number of the first. */
  matches: readonly Match[];
  firstIndex: number;
  /** The global number of the current match, or -1 when it is not in this chunk. */
  current: number;
  /** The block that is the source's title (rendered as the reader's heading), or -1. */
  titleStart: number;
  /** Expected height in px, the size layout assumes while the chunk is off screen and not yet measured. */
  estimate: number;
  /** Excerpts touching this chunk (sorted); the selected one if it is among them; a flash if it falls here. */
  highlights: readonly Highlight[];
  selectedId: string | null;
  flash: Flash | null;
  /** The reader's words, made once for all chunks (see chunkLabels). */
  labels: ChunkLabels;
}

export interface ChunkLabels {
  moved: string;
  page: (page: number, label: string) => string;
}
type Labels = ChunkLabels;

/**
 * The words chunks show, from the body's one translation hook: a 5 MB text mounts a few
 * hundred chunks, and each useTranslation mount copies the i18next instance.
 */
export function chunkLabels(t: TFunction): ChunkLabels {
  return {
    moved: t('excerptReader.movedTitle'),
    page: (page, label) =>
      label && label !== String(page) ? t('reader.pageLabelled', { page, label }) : t('reader.page', { page }),
  };
}

function segmentView(text: string, seg: Segment, props: ChunkViewProps, labels: Labels): ReactNode {
  const piece = text.slice(seg.start, seg.end);
  let node: ReactNode = piece;
  if (seg.match >= 0) {
    node = (
      <mark
        key={seg.start}
        className={seg.match === props.current ? 'wb-find-match wb-find-current' : 'wb-find-match'}
        data-match={seg.match}
      >
        {piece}
      </mark>
    );
  }
  const key = seg.flash && props.flash ? `${seg.start}f${props.flash.nonce}` : seg.start;
  if (!seg.highlights.length) {
    return seg.flash ? (
      <span key={key} className="wb-flash">
        {node}
      </span>
    ) : (
      node
    );
  }
  const top = seg.highlights[seg.highlights.length - 1]!;
  const selected = props.selectedId !== null && seg.highlights.some((h) => h.id === props.selectedId);
  const moved = seg.highlights.some((h) => h.status === 'moved');
  let className = `wb-hl wb-hl--${top.colour}`;
  if (seg.highlights.length > 1) className += ' wb-hl--overlap';
  if (moved) className += ' wb-hl--moved';
  if (selected) className += ' wb-hl--selected';
  if (seg.flash) className += ' wb-flash';
  return (
    <span
      key={key}
      className={className}
      data-excerpts={seg.highlights.map((h) => h.id).join(' ')}
      title={moved ? labels.moved : undefined}
      // The selected excerpt can take focus (after "show in source" or Alt+arrow keys) without a tab stop per highlight.
      tabIndex={selected ? -1 : undefined}
    >
      {node}
    </span>
  );
}

/**
 * The text of [start, end) cut into segments: find matches in <mark>, excerpts in
 * highlight spans. Text only: imported content is never markup here, so nothing in
 * it can run or load.
 */
function decorated(text: string, start: number, end: number, props: ChunkViewProps, labels: Labels): ReactNode {
  const { matches, highlights, flash } = props;
  if (!matches.length && !highlights.length && !flash) return text.slice(start, end);
  const segments = segmentRange(start, end, highlights, matches, props.firstIndex, flash);
  if (segments.length === 1 && segments[0]!.match < 0 && !segments[0]!.highlights.length && !segments[0]!.flash) {
    return text.slice(start, end);
  }
  return segments.map((seg) => segmentView(text, seg, props, labels));
}

function BlockView({ block, props, labels }: { block: TextBlock; props: ChunkViewProps; labels: Labels }) {
  const content = decorated(props.text, block.start, block.end, props, labels);
  // The element holding the text says which range of the stored text it shows (selectionOffsets.ts).
  const range = { 'data-start': block.start, 'data-end': block.end };
  if (block.start === props.titleStart) {
    return (
      <h2 className="wb-reader__title" {...range}>
        {content}
      </h2>
    );
  }
  switch (block.kind) {
    case 'heading': {
      // The reader's title is an h2; the source's own headings nest below it.
      const level = Math.min(6, (block.level ?? 1) + 2);
      const Tag = `h${level}` as 'h3';
      return (
        <Tag className={`wb-reader__h wb-reader__h${Math.min(level, 5)}`} {...range}>
          {content}
        </Tag>
      );
    }
    case 'quote':
      return (
        <blockquote className="wb-reader__quote">
          <p {...range}>{content}</p>
        </blockquote>
      );
    case 'pre':
      return (
        <pre className="wb-reader__pre" {...range}>
          {content}
        </pre>
      );
    case 'listItem':
      return (
        <li className="wb-reader__li" style={{ marginInlineStart: `${((block.level ?? 1) - 1) * 1.5}em` }} {...range}>
          {content}
        </li>
      );
    default:
      return (
        <p className="wb-reader__p" {...range}>
          {content}
        </p>
      );
  }
}

function PageHeading({ unit, labels }: { unit: Extract<Unit, { kind: 'page' }>; labels: Labels }) {
  const { page, label } = unit.page;
  return (
    // Not selectable: a page heading is the reader's, never part of a quote.
    <h3 className="wb-reader__page" data-page={page}>
      {labels.page(page, label)}
    </h3>
  );
}

/** One chunk of the reader; memoised so moving through matches re-renders only the chunks involved. */
export const ChunkView = memo(function ChunkView(props: ChunkViewProps) {
  const { labels } = props;
  return (
    <div className="wb-reader__chunk" style={{ containIntrinsicSize: `auto ${props.estimate}px` }}>
      {props.chunk.units.map((unit) => {
        if (unit.kind === 'page') return <PageHeading key={unit.key} unit={unit} labels={labels} />;
        if (unit.kind === 'list') {
          return (
            <ul key={unit.key} className="wb-reader__list">
              {unit.items.map((block) => (
                <BlockView key={block.start} block={block} props={props} labels={labels} />
              ))}
            </ul>
          );
        }
        return <BlockView key={unit.key} block={unit.block} props={props} labels={labels} />;
      })}
    </div>
  );
});
