import { useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { ResolvedClaim, ResolvedExcerpt } from '../../../../shared/contract/briefings';
import {
  checkLeaves,
  LanguageCheckCache,
  type LanguageIssue,
  type ReferencedObject,
} from '../../../../shared/editor/languageChecks';
import type { LikelihoodScale } from '../../../../shared/domain/scales';
import { checksLayer, sameHighlights, type Highlight } from './decorations';
import { editorLeaves, leafRange, leafStarts } from './leafPositions';
import { Signal, whenIdle } from './signals';

/** After the last key: long enough that typing never waits on the checks, short enough to feel live. */
const CHECK_DELAY = 400;

export interface PlacedIssue extends LanguageIssue {
  from: number;
  to: number;
}

/** No findings: the signal's start, and what a run that finds nothing leaves it at. */
const NONE: PlacedIssue[] = [];

/**
 * The shared estimative-language checks over the current document, shown as
 * underlines. They run when the writer pauses and the page is idle, never per key;
 * each paragraph's analysis is cached, so a run over a long briefing re-reads only
 * what changed. The decorations are mapped through edits in between. The findings
 * are a signal, not React state: the status bar and the card under the cursor read
 * them, the editor's React tree does not render again for them.
 */
export function useChecks(
  editor: Editor | null,
  scale: LikelihoodScale,
  claims: Readonly<Record<string, ResolvedClaim>>,
  excerpts: Readonly<Record<string, ResolvedExcerpt>>,
  dismissed: Readonly<Record<string, unknown>>,
  /** The labels of every referenced id have arrived (else a citation would read as "deleted"). */
  ready: boolean,
): Signal<PlacedIssue[]> {
  const [issues] = useState(() => new Signal<PlacedIssue[]>(NONE));
  const ctx = useMemo(() => {
    const objects = new Map<string, ReferencedObject>();
    for (const c of Object.values(claims)) {
      if (c.exists && c.kind)
        objects.set(c.id, { kind: c.kind, text: c.text, likelihood: c.likelihood, confidence: c.confidence });
    }
    const status = new Map<string, 'anchored' | 'moved' | 'orphan'>();
    for (const x of Object.values(excerpts)) if (x.exists && x.status) status.set(x.id, x.status);
    return { scale, objects, excerpts: status, dismissed: new Set(Object.keys(dismissed)) };
  }, [scale, claims, excerpts, dismissed]);
  const cache = useMemo(() => new LanguageCheckCache(), []);

  const run = useRef<() => void>(() => undefined);
  run.current = () => {
    if (!editor || editor.isDestroyed) return;
    const doc = editor.state.doc;
    // Excerpts not resolved yet would read as "deleted": leave citations out until they are.
    const found = checkLeaves(editorLeaves(doc), ctx, cache).filter((i) => ready || i.type !== 'citationProblem');
    const starts = leafStarts(doc);
    const placed: PlacedIssue[] = [];
    for (const issue of found) {
      const range = leafRange(doc, starts, issue.leaf, issue.start, issue.end);
      if (range) placed.push({ ...issue, ...range });
    }
    issues.set(placed.length ? placed : NONE);
    const highlights: Highlight[] = placed
      .filter((i) => !i.dismissed)
      .map((i) => ({
        from: i.from,
        to: i.to,
        className: `wb-check wb-check--${i.type}`,
        attrs: { title: i.message, 'data-check': i.type },
      }));
    // Unchanged underlines (the usual case after a pause) need no transaction and no redraw.
    if (!sameHighlights(checksLayer.key.getState(editor.state), highlights)) {
      editor.view.dispatch(checksLayer.set(editor.state, highlights));
    }
  };

  // Soon when what the checks depend on changes (ratings, excerpt states, dismissals), once the page is idle:
  // on opening a long briefing that is after its text is on screen.
  useEffect(() => whenIdle(() => run.current(), 300), [editor, ctx, ready]);

  // While typing: once the writer pauses.
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelIdle: (() => void) | undefined;
    const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged) return;
      clearTimeout(timer);
      cancelIdle?.();
      timer = setTimeout(() => (cancelIdle = whenIdle(() => run.current(), 500)), CHECK_DELAY);
    };
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      cancelIdle?.();
      editor.off('update', onUpdate);
    };
  }, [editor]);

  return issues;
}
