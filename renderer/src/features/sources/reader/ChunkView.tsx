import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextBlock } from '../../../../../shared/domain/source';
import type { Match } from './find';
import type { Chunk, Unit } from './layout';

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
}

/**
 * The text of [start, end) with find matches wrapped in <mark>. Text only: imported
 * content is never markup here, so nothing in it can run or load.
 */
function highlighted(text: string, start: number, end: number, props: ChunkViewProps): ReactNode {
  const { matches, firstIndex, current } = props;
  if (!matches.length) return text.slice(start, end);
  const out: ReactNode[] = [];
  let pos = start;
  // The first match that ends after `start` (matches are sorted and do not overlap).
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < matches.length; i++) {
    const m = matches[i]!;
    if (m.start >= end) break;
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, end);
    if (s > pos) out.push(text.slice(pos, s));
    const n = firstIndex + i;
    out.push(
      <mark key={s} className={n === current ? 'wb-find-match wb-find-current' : 'wb-find-match'} data-match={n}>
        {text.slice(s, e)}
      </mark>,
    );
    pos = e;
  }
  if (pos < end) out.push(text.slice(pos, end));
  return out;
}

function BlockView({ block, props }: { block: TextBlock; props: ChunkViewProps }) {
  const content = highlighted(props.text, block.start, block.end, props);
  if (block.start === props.titleStart) return <h2 className="wb-reader__title">{content}</h2>;
  switch (block.kind) {
    case 'heading': {
      // The reader's title is an h2; the source's own headings nest below it.
      const level = Math.min(6, (block.level ?? 1) + 2);
      const Tag = `h${level}` as 'h3';
      return <Tag className={`wb-reader__h wb-reader__h${Math.min(level, 5)}`}>{content}</Tag>;
    }
    case 'quote':
      return (
        <blockquote className="wb-reader__quote">
          <p>{content}</p>
        </blockquote>
      );
    case 'pre':
      return <pre className="wb-reader__pre">{content}</pre>;
    case 'listItem':
      return (
        <li className="wb-reader__li" style={{ marginInlineStart: `${((block.level ?? 1) - 1) * 1.5}em` }}>
          {content}
        </li>
      );
    default:
      return <p className="wb-reader__p">{content}</p>;
  }
}

function PageHeading({ unit }: { unit: Extract<Unit, { kind: 'page' }> }) {
  const { t } = useTranslation();
  const { page, label } = unit.page;
  return (
    <h3 className="wb-reader__page">
      {label && label !== String(page) ? t('reader.pageLabelled', { page, label }) : t('reader.page', { page })}
    </h3>
  );
}

/** One chunk of the reader; memoised so moving through matches re-renders only the chunks involved. */
export const ChunkView = memo(function ChunkView(props: ChunkViewProps) {
  return (
    <div className="wb-reader__chunk" style={{ containIntrinsicSize: `auto ${props.estimate}px` }}>
      {props.chunk.units.map((unit) => {
        if (unit.kind === 'page') return <PageHeading key={unit.key} unit={unit} />;
        if (unit.kind === 'list') {
          return (
            <ul key={unit.key} className="wb-reader__list">
              {unit.items.map((block) => (
                <BlockView key={block.start} block={block} props={props} />
              ))}
            </ul>
          );
        }
        return <BlockView key={unit.key} block={unit.block} props={props} />;
      })}
    </div>
  );
});
