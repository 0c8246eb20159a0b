import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button, NonIdealState, Spinner } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../shared/contract';
import { useMethodQuery } from '../../../api/queries';
import { ui, useExcerptSelection, useUiState, type SourceSelection, type TextRange } from '../../../state/uiStore';
import { IS_MAC } from '../../commands/shortcuts';
import { describeError } from '../../errors/describeError';
import { toWireError } from '../../errors/toWireError';
import { sourceExcerptsInput, useSourceExcerpts, useSourceHighlights } from '../../excerpts/reader/api';
import { ExcerptReaderLayer, ExcerptToolbar, useExcerptActions } from '../../excerpts/reader/ExcerptActions';
import { readerLang } from '../labels';
import { PdfPagesView, ReaderModeSwitch, hasPageView, useReaderMode } from '../pdf/ReaderPdfToggle';
import { FindBar } from './FindBar';
import { ReaderBody } from './ReaderBody';
import { ReaderHeader } from './ReaderHeader';
import { useFind } from './useFind';
import { useReaderSelection } from './useReaderSelection';
import { useEarlyFetch } from './useEarlyFetch';
import { useReveal } from './useReveal';
import type { Highlight } from './segments';

type SourceWithText = MethodOutput<'sources.get'>;
/**
 * What the reader shows: the whole text, or its first part while the rest loads
 * (`partial`), with the highlights that came with that part (until the excerpt list is in).
 */
type Shown = SourceWithText & { partial: boolean; early: readonly Highlight[] | null };

/**
 * Characters of the first part (sources.read): several times the first render's
 * (layout.ts's FIRST_SCREEN_CHARS, in chunks of up to CHARS_PER_CHUNK), so the first
 * screens are whole, and a small answer where the whole of a 5 MB text takes the web
 * host a few hundred milliseconds to read, encode and send.
 */
const FIRST_PART_CHARS = 64_000;

/** The first part in the whole text's shape: a prefix of the text, its blocks, the pages that start in it. */
function firstPart(answer: MethodOutput<'sources.read'>): Shown {
  const { start: _start, end, complete, pages, ...version } = answer.version;
  return {
    source: answer.source,
    version: { ...version, pages: pages && !complete ? pages.filter((p) => p.start < end) : pages },
    partial: !complete,
    early: answer.highlights,
  };
}

function ReaderView({ casePath, data }: { casePath: string; data: Shown }) {
  const { t } = useTranslation();
  const { source, version } = data;
  const find = useFind(version.text, version.blocks);
  const root = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const lang = readerLang(source.language, version.metadata.declaredLanguage);
  // PDFs: "Text | Pages"; the page view stands in for the text, which stays mounted but hidden.
  const pages = useReaderMode() === 'pages' && hasPageView(version);
  // A text that opens with its own title (most do) shows that line as the heading, not twice.
  // (Not for PDFs, whose first line belongs under its page heading.)
  const first = version.pages ? undefined : version.blocks[0];
  const titleStart =
    first && version.text.slice(first.start, first.end).trim() === source.title.trim() ? first.start : -1;

  const { highlights } = useSourceHighlights(source.id, version.version, data.early);
  const selectedId = useExcerptSelection(casePath);
  const domRange = useReaderSelection({
    root,
    body,
    sourceId: source.id,
    version: version.version,
    text: version.text,
  });
  const { flash, revealHere } = useReveal(
    source.id,
    version.version,
    scroller,
    data.partial ? version.text.length : Infinity,
  );
  // Without a mouse: the current find match can be kept as well (find the words, then E or the button).
  const match = find.current >= 0 ? find.matches[find.current] : undefined;
  const matchStart = match?.start ?? -1;
  const matchEnd = match?.end ?? -1;
  const findTarget = useMemo<TextRange | null>(
    () =>
      matchStart >= 0
        ? {
            sourceId: source.id,
            version: version.version,
            start: matchStart,
            end: matchEnd,
            quote: version.text.slice(matchStart, matchEnd),
          }
        : null,
    [matchStart, matchEnd, source.id, version.version, version.text],
  );
  const excerpts = useExcerptActions({
    casePath,
    sourceId: source.id,
    version: version.version,
    sourceLanguage: source.language,
    lang,
    domRange,
    findTarget,
    highlights,
    selectedId,
    revealHere,
    afterKeep: () => scroller.current?.focus({ preventScroll: true }),
  });

  const openFind = () => {
    find.show();
    setFocusRequest((n) => n + 1);
  };
  const closeFind = () => {
    find.hide();
    scroller.current?.focus();
  };

  // "Find in Source" from the desktop menu: requests made after this reader opened open its find bar.
  const findRequest = useUiState((st) => st.findRequest);
  const seenFindRequest = useRef(findRequest);
  useEffect(() => {
    if (findRequest === seenFindRequest.current) return;
    seenFindRequest.current = findRequest;
    openFind();
  }, [findRequest]); // Only a new request opens the bar, not a re-render.

  // Ctrl/Cmd+F while the reader (or its find bar) has focus; elsewhere it stays the browser's.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const mod = IS_MAC ? e.metaKey : e.ctrlKey;
    if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      openFind();
    } else if (e.key === 'Escape' && find.open) {
      e.preventDefault();
      closeFind();
    } else {
      excerpts.onKeyDown(e);
    }
  };

  const currentStart = find.current >= 0 ? find.matches[find.current]?.start : undefined;
  useEffect(() => {
    if (currentStart === undefined) return;
    // After the commit that marked it (and rendered its chunk, if that was still to come).
    const frame = requestAnimationFrame(() =>
      scroller.current?.querySelector('.wb-find-current')?.scrollIntoView({ block: 'center' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [currentStart, find.matches]);

  return (
    <div ref={root} className="wb-reader" onKeyDown={onKeyDown}>
      <div className="wb-reader__toolbar">
        {hasPageView(version) && <ReaderModeSwitch />}
        <ExcerptToolbar actions={excerpts} />
        {find.open ? (
          <FindBar find={find} onClose={closeFind} focusRequest={focusRequest} />
        ) : (
          <Button
            size="small"
            variant="minimal"
            icon="search-text"
            text={t('find.open')}
            title={t('find.openHint', { keys: IS_MAC ? '⌘F' : 'Ctrl+F' })}
            onClick={openFind}
          />
        )}
      </div>
      <div
        ref={scroller}
        className="wb-reader__scroll"
        role="region"
        aria-label={t('reader.label')}
        tabIndex={0}
        hidden={pages}
      >
        <article className="wb-reader__article" lang={lang}>
          <ReaderHeader source={source} version={version} lang={lang} withTitle={titleStart < 0} />
          <ReaderBody
            bodyRef={body}
            text={version.text}
            partial={data.partial}
            blocks={version.blocks}
            pages={version.pages}
            matches={find.matches}
            current={find.current}
            titleStart={titleStart}
            highlights={excerpts.painted}
            selectedId={selectedId}
            flash={flash}
            onHighlightClick={excerpts.pickHighlight}
          />
        </article>
      </div>
      {pages && data.partial && (
        <div className="wb-pdf-state" aria-busy="true">
          <Spinner aria-label={t('pdfView.loading')} />
        </div>
      )}
      {pages && !data.partial && (
        <PdfPagesView
          source={source}
          version={version}
          highlights={excerpts.painted}
          selectedId={selectedId}
          flash={flash}
          onHighlightClick={(id) => excerpts.pickHighlight([id])}
        />
      )}
      <ExcerptReaderLayer actions={excerpts} root={root} />
    </div>
  );
}

/** The selected source's text in a clean reading view (workspace centre). */
export function Reader({ casePath, selection }: { casePath: string; selection: SourceSelection }) {
  const { t, i18n } = useTranslation();
  const input =
    selection.version === null
      ? { sourceId: selection.sourceId }
      : { sourceId: selection.sourceId, version: selection.version };
  // First screen first: the text's first part; where that is not the whole text, the whole
  // text is asked for once the part has arrived (the effects of the commit that renders it
  // enable that query, so the part's screen is not held up by the big answer) and then
  // takes its place. A text read whole before in this session comes from the cache.
  const cached = useMethodQuery('sources.get', input, { enabled: false });
  const headInput = { ...input, from: 0, maxChars: FIRST_PART_CHARS };
  // Both requests leave now, the text's first (the core answers in order).
  useEarlyFetch('sources.read', headInput, !cached.data);
  useEarlyFetch('excerpts.list', sourceExcerptsInput(selection.sourceId));
  const head = useMethodQuery('sources.read', headInput, { enabled: !cached.data });
  const needWhole = head.data !== undefined && !head.data.version.complete;
  const whole = useMethodQuery('sources.get', input, { enabled: needWhole });
  // The highlights' request goes out with the text's, not after it (ReaderView reads the same query).
  useSourceExcerpts(selection.sourceId);
  const current = useMemo<Shown | undefined>(() => {
    if (whole.data) return { ...whole.data, partial: false, early: head.data?.highlights ?? null };
    return head.data ? firstPart(head.data) : undefined;
  }, [whole.data, head.data]);
  const error = whole.error ?? head.error;
  // "Show in source" names the version explicitly; while that query loads, the version
  // already on screen stays (it is the same one when it is the current version), and a
  // whole text on screen is not swapped for the first part of the same one: the words to
  // show may lie beyond that part (a version's text never changes once stored).
  const shown = useRef<Shown | null>(null);
  const last = shown.current;
  const sameAsLast =
    last !== null &&
    last.source.id === selection.sourceId &&
    (selection.version === null ? last.version.isCurrent : last.version.version === selection.version);
  const data = current && !current.partial ? current : sameAsLast && (!last.partial || !current) ? last : current;
  useEffect(() => {
    if (data) shown.current = data;
  }, [data]);
  if (error) {
    return (
      <div className="wb-workspace">
        <NonIdealState
          icon="error"
          title={t('reader.failed')}
          description={describeError(t, toWireError(error), i18n.language).message}
          action={<Button text={t('reader.close')} onClick={() => ui.selectSource(casePath, null)} />}
        />
      </div>
    );
  }
  if (!data) {
    return (
      <div className="wb-workspace" aria-busy>
        <Spinner aria-label={t('reader.loading')} />
      </div>
    );
  }
  const { source, version } = data;
  // A fresh view per version: find state and progressive rendering start over.
  return <ReaderView key={`${source.id}:${version.version}`} casePath={casePath} data={data} />;
}
