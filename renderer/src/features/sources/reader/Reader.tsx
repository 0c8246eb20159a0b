import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button, NonIdealState, Spinner } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../shared/contract';
import { useSource } from '../../../api/queries';
import { ui, useExcerptSelection, useUiState, type SourceSelection, type TextRange } from '../../../state/uiStore';
import { IS_MAC } from '../../commands/shortcuts';
import { describeError } from '../../errors/describeError';
import { toWireError } from '../../errors/toWireError';
import { useSourceExcerpts, useSourceHighlights } from '../../excerpts/reader/api';
import { ExcerptReaderLayer, ExcerptToolbar, useExcerptActions } from '../../excerpts/reader/ExcerptActions';
import { readerLang } from '../labels';
import { PdfPagesView, ReaderModeSwitch, hasPageView, useReaderMode } from '../pdf/ReaderPdfToggle';
import { FindBar } from './FindBar';
import { ReaderBody } from './ReaderBody';
import { ReaderHeader } from './ReaderHeader';
import { useFind } from './useFind';
import { useReaderSelection } from './useReaderSelection';
import { useReveal } from './useReveal';

type SourceWithText = MethodOutput<'sources.get'>;

function ReaderView({ casePath, data }: { casePath: string; data: SourceWithText }) {
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

  const { highlights } = useSourceHighlights(source.id, version.version);
  const selectedId = useExcerptSelection(casePath);
  const domRange = useReaderSelection({
    root,
    body,
    sourceId: source.id,
    version: version.version,
    text: version.text,
  });
  const { flash, revealHere } = useReveal(source.id, version.version, scroller);
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
      {pages && (
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
  const query = useSource(selection.sourceId, selection.version);
  // The highlights' request goes out with the text's, not after it (ReaderView reads the same query).
  useSourceExcerpts(selection.sourceId);
  // "Show in source" names the version explicitly; while that query loads, the version
  // already on screen stays (it is the same one when it is the current version).
  const shown = useRef<SourceWithText | null>(null);
  const last = shown.current;
  const data =
    query.data ??
    (last &&
    last.source.id === selection.sourceId &&
    (selection.version === null ? last.version.isCurrent : last.version.version === selection.version)
      ? last
      : undefined);
  useEffect(() => {
    if (query.data) shown.current = query.data;
  }, [query.data]);
  if (query.error) {
    return (
      <div className="wb-workspace">
        <NonIdealState
          icon="error"
          title={t('reader.failed')}
          description={describeError(t, toWireError(query.error), i18n.language).message}
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
