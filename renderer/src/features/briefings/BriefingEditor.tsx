import { Button, Callout } from '@blueprintjs/core';
import type { Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../shared/domain/briefing';
import type { LikelihoodScale } from '../../../../shared/domain/scales';
import type { DocNode } from '../../../../shared/editor/document';
import { fitToSchema } from '../../../../shared/editor/readOnlyDoc';
import { briefingSchema } from '../../../../shared/editor/schema';
import { useApi } from '../../api/client';
import { useMethodQuery } from '../../api/queries';
import { BriefingStatusBar, CheckAtCursor } from './BriefingStatus';
import { CompareDialog } from './CompareDialog';
import { droppedExcerptId } from '../analysis/dragExcerpt';
import { droppedClaimId } from './dragClaim';
import { CLAIM_MIME, EXCERPT_MIME, editorExtensions } from './extensions';
import { FindBar } from './FindBar';
import { citationNumbers, editorWordCount, referencedIds, referencesOfJson, touchesReferences } from './leafPositions';
import { Outline } from './Outline';
import { Picker } from './Picker';
import { usePickerItems, type PickerItem } from './pickerItems';
import { RefsStore, type BriefingRefs } from './refsStore';
import { Signal, useSignalSelect, whenIdle } from './signals';
import { Toolbar } from './Toolbar';
import { useAutosave } from './useAutosave';
import { useChecks } from './useChecks';
import { usePicker } from './usePicker';
import { openExcerptInSource } from './openExcerpt';
import { useBriefingReveal } from '../search/useBriefingReveal';

interface BriefingEditorProps {
  briefing: Briefing;
  casePath: string;
  scale: LikelihoodScale;
  onReload: () => void;
}

const sameIds = (a: { claimIds: string[]; excerptIds: string[] }, b: { claimIds: string[]; excerptIds: string[] }) =>
  a.claimIds.join() === b.claimIds.join() && a.excerptIds.join() === b.excerptIds.join();

/** The open briefing's editor: toolbar, outline, document with live references, checks, pickers and autosave. */
export function BriefingEditor({ briefing, casePath, scale, onReload }: BriefingEditorProps) {
  const { t } = useTranslation();
  const api = useApi();
  const keyHandler = useRef<(e: KeyboardEvent) => boolean>(() => false);
  const dropHandler = useRef<(view: EditorView, e: DragEvent) => boolean>(() => false);
  const [findOpen, setFindOpen] = useState(false);
  const [compareOpen, setCompareOpen] = useState(false);
  const [quoteMode, setQuoteMode] = useState(false);
  const openExcerpt = useCallback((id: string) => void openExcerptInSource(api, casePath, id), [api, casePath]);
  // The first values from the stored JSON, so refs.resolve goes out while the editor is being built.
  const [initialRefs] = useState(() => referencesOfJson(briefing.doc));
  // The node views read the refs from here (plain DOM, outside React); set below whenever the refs change.
  const [refsStore] = useState(
    () =>
      new RefsStore({
        casePath,
        language: briefing.language,
        scale,
        claims: {},
        excerpts: {},
        loading: true,
        numbers: initialRefs.numbers,
        openExcerpt,
        t,
      }),
  );
  const extensions = useMemo(() => editorExtensions(t('briefing.placeholder'), refsStore), [t, refsStore]);

  const editor = useEditor(
    {
      extensions,
      // A newer document is shown, never written: fitted to this schema so no word goes missing on screen.
      content: briefing.readOnly ? fitToSchema(briefing.doc, briefingSchema) : briefing.doc,
      editable: !briefing.readOnly,
      shouldRerenderOnTransaction: false,
      // The CSP allows no inline <style>: tiptap's base styles are in briefing.css.
      injectCSS: false,
      editorProps: {
        attributes: {
          class: 'wb-briefing-doc',
          spellcheck: 'true',
          lang: briefing.language,
          'aria-label': t('briefing.editorLabel'),
          'aria-readonly': briefing.readOnly ? 'true' : 'false',
        },
        handleKeyDown: (_view, event) => keyHandler.current(event),
        handleDrop: (view, event, _slice, moved) => !moved && dropHandler.current(view, event),
        handleDOMEvents: {
          // A row dragged from a side panel offers only "link": accept it, so the drop reaches handleDrop.
          dragover: (_view, event) => {
            const types = Array.from(event.dataTransfer?.types ?? []);
            if (types.includes(EXCERPT_MIME) || types.includes(CLAIM_MIME)) {
              event.preventDefault();
              if (event.dataTransfer) event.dataTransfer.dropEffect = 'link';
            }
            return false;
          },
        },
      },
    },
    [briefing.id],
  );

  // Referenced ids and note numbers follow the document; state changes only when they do. Both walk
  // the whole document, so they run only for edits that touch a reference, not for every key.
  const [ids, setIds] = useState(initialRefs.ids);
  const [numbers, setNumbers] = useState<ReadonlyMap<string, number>>(initialRefs.numbers);
  const [words] = useState(() => new Signal(briefing.wordCount));
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelIdle: (() => void) | undefined;
    const refresh = () => {
      const doc = editor.state.doc;
      const next = referencedIds(doc);
      setIds((prev) => (sameIds(prev, next) ? prev : next));
      const nums = citationNumbers(doc);
      setNumbers((prev) => (prev.size === nums.size && [...nums].every(([k, v]) => prev.get(k) === v) ? prev : nums));
    };
    // Once the writer pauses and the page is idle.
    const countWords = () => {
      cancelIdle = whenIdle(() => {
        if (!editor.isDestroyed) words.set(editorWordCount(editor.state.doc));
      }, 500);
    };
    const onUpdate = ({ transaction }: { transaction: Transaction }) => {
      if (touchesReferences(transaction)) refresh();
      clearTimeout(timer);
      cancelIdle?.();
      timer = setTimeout(countWords, 300);
    };
    refresh();
    timer = setTimeout(countWords, 300);
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      cancelIdle?.();
      editor.off('update', onUpdate);
    };
  }, [editor, words]);

  const resolved = useMethodQuery('refs.resolve', ids, { keepPrevious: true });
  const claims = useMemo(() => resolved.data?.claims ?? {}, [resolved.data]);
  const excerpts = useMemo(() => resolved.data?.excerpts ?? {}, [resolved.data]);
  const ready = !resolved.isPlaceholderData && resolved.isSuccess;

  const refs = useMemo<BriefingRefs>(
    () => ({
      casePath,
      language: briefing.language,
      scale,
      claims,
      excerpts,
      loading: !ready,
      numbers,
      openExcerpt,
      t,
    }),
    [casePath, briefing.language, scale, claims, excerpts, ready, numbers, openExcerpt, t],
  );
  // Before paint, so a new rating or note number shows in the same frame as the rest.
  useLayoutEffect(() => refsStore.set(refs), [refsStore, refs]);

  const { status: saveStatus, autosave } = useAutosave(editor, briefing.id, briefing.revision, briefing.readOnly);
  // The editor's tree renders for the save state only when a conflict or an error needs its notice.
  const saveProblem = useSignalSelect(saveStatus, (s) => (s.state === 'conflict' || s.state === 'error' ? s : null));

  const issues = useChecks(editor, scale, claims, excerpts, briefing.dismissed, ready);
  // A search hit in this briefing opens with its words selected.
  useBriefingReveal(editor, briefing.id);

  const { trigger, active, setActive, close } = usePicker(editor);
  const insertWhatChanged = useCallback(() => {
    void api.call('briefings.compare', { id: briefing.id }).then((c) => {
      if (editor && !editor.isDestroyed && c.section.length) editor.chain().focus().insertContent(c.section).run();
    });
  }, [api, briefing.id, editor]);
  const actions = useMemo(
    () => ({
      retrigger: (text: string, quote?: boolean) => {
        setQuoteMode(Boolean(quote));
        editor?.chain().focus().insertContent(text).run();
      },
      insertWhatChanged,
    }),
    [editor, insertWhatChanged],
  );
  const picker = usePickerItems(t, trigger?.kind ?? null, trigger?.query ?? '', quoteMode, actions);

  const choose = useCallback(
    (item: PickerItem) => {
      if (!editor || !trigger) return;
      editor
        .chain()
        .focus()
        .deleteRange({ from: trigger.from, to: trigger.from + trigger.length })
        .run();
      setQuoteMode(false);
      item.run(editor);
    },
    [editor, trigger],
  );

  keyHandler.current = (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      setFindOpen(true);
      return true;
    }
    if (!trigger) return false;
    const n = picker.items.length;
    if (event.key === 'ArrowDown' && n) {
      setActive((active + 1) % n);
      return true;
    }
    if (event.key === 'ArrowUp' && n) {
      setActive((active - 1 + n) % n);
      return true;
    }
    if ((event.key === 'Enter' || event.key === 'Tab') && n) {
      choose(picker.items[Math.min(active, n - 1)]!);
      return true;
    }
    if (event.key === 'Escape') {
      close();
      setQuoteMode(false);
      return true;
    }
    return false;
  };

  dropHandler.current = (view, event) => {
    const dt = event.dataTransfer;
    if (!dt || !editor) return false;
    const excerptId = droppedExcerptId(dt);
    const claimId = excerptId ? null : droppedClaimId(dt);
    if (!excerptId && !claimId) return false;
    event.preventDefault();
    const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.from;
    const node = excerptId
      ? { type: 'citation', attrs: { excerptId, locator: null } }
      : { type: 'claimRef', attrs: { claimId } };
    editor.chain().focus().insertContentAt(pos, node).run();
    return true;
  };

  const canCompare = briefing.edition > 1 || briefing.editionOf !== null;
  // Stable, so the memoised toolbar does not render again when a save hands this editor a new briefing record.
  const openFind = useCallback(() => setFindOpen(true), []);
  const openCompare = useCallback(() => setCompareOpen(true), []);

  if (!editor) return null;
  return (
    <div className="wb-briefing">
      <Toolbar editor={editor} onFind={openFind} onCompare={canCompare ? openCompare : null} />
      {findOpen && (
        <FindBar
          editor={editor}
          onClose={() => {
            setFindOpen(false);
            editor.commands.focus();
          }}
        />
      )}
      {briefing.readOnly && (
        <Callout intent="warning" icon="lock" className="wb-briefing__notice">
          {t('briefing.readOnlyNotice')}
        </Callout>
      )}
      {saveProblem?.state === 'conflict' && (
        <Callout intent="danger" icon="error" className="wb-briefing__notice" title={t('briefing.conflict.title')}>
          <p>{t('briefing.conflict.body')}</p>
          <Button intent="danger" text={t('briefing.conflict.reload')} onClick={onReload} />
        </Callout>
      )}
      {saveProblem?.state === 'error' && (
        <Callout intent="warning" className="wb-briefing__notice">
          {t('briefing.save.errorBody', { message: (saveProblem.error as Error | null)?.message ?? '' })}
          <Button
            size="small"
            variant="minimal"
            text={t('briefing.save.retry')}
            onClick={() => void autosave.flush()}
          />
        </Callout>
      )}
      <div className="wb-briefing__body">
        <Outline editor={editor} />
        <div className="wb-briefing__page">
          <EditorContent editor={editor} />
        </div>
      </div>
      <CheckAtCursor editor={editor} briefingId={briefing.id} issues={issues} />
      <BriefingStatusBar words={words} issues={issues} save={saveStatus} />
      {trigger && (
        <Picker
          kind={trigger.kind}
          quoteMode={quoteMode}
          items={picker.items}
          loading={picker.loading}
          active={Math.min(active, Math.max(picker.items.length - 1, 0))}
          left={trigger.left}
          top={trigger.top}
          onChoose={choose}
          onHover={setActive}
        />
      )}
      {compareOpen && (
        <CompareDialog
          briefingId={briefing.id}
          language={briefing.language}
          canInsert={!briefing.readOnly}
          onInsert={(section: DocNode[]) => editor.chain().focus().insertContent(section).run()}
          onClose={() => setCompareOpen(false)}
        />
      )}
    </div>
  );
}
