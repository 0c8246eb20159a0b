import { useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { ResolvedClaim, ResolvedExcerpt } from '../../../../shared/contract/briefings';
import type { DocNode } from '../../../../shared/editor/document';
import { checkLanguage, type LanguageIssue, type ReferencedObject } from '../../../../shared/editor/languageChecks';
import type { LikelihoodScale } from '../../../../shared/domain/scales';
import { checksLayer } from './decorations';
import { leafRange, leafStarts } from './leafPositions';

/** After the last key: long enough that typing never waits on the checks, short enough to feel live. */
const CHECK_DELAY = 400;

export interface PlacedIssue extends LanguageIssue {
  from: number;
  to: number;
}

/**
 * The shared estimative-language checks over the current document, shown as
 * underlines. Debounced; the decorations are mapped through edits in between.
 */
export function useChecks(
  editor: Editor | null,
  scale: LikelihoodScale,
  claims: Readonly<Record<string, ResolvedClaim>>,
  excerpts: Readonly<Record<string, ResolvedExcerpt>>,
  dismissed: Readonly<Record<string, unknown>>,
  /** The labels of every referenced id have arrived (else a citation would read as "deleted"). */
  ready: boolean,
): PlacedIssue[] {
  const [issues, setIssues] = useState<PlacedIssue[]>([]);
  const [version, setVersion] = useState(0);
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

  useEffect(() => {
    if (!editor) return;
    const bump = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) setVersion((v) => v + 1);
    };
    editor.on('update', bump);
    return () => void editor.off('update', bump);
  }, [editor]);

  useEffect(() => {
    if (!editor) return;
    const timer = setTimeout(
      () => {
        if (editor.isDestroyed) return;
        const json = editor.getJSON() as DocNode;
        // Excerpts not resolved yet would read as "deleted": leave citations out until they are.
        const found = checkLanguage(json, ctx).filter((i) => ready || i.type !== 'citationProblem');
        const doc = editor.state.doc;
        const starts = leafStarts(doc);
        const placed: PlacedIssue[] = [];
        for (const issue of found) {
          const range = leafRange(doc, starts, issue.leaf, issue.start, issue.end);
          if (range) placed.push({ ...issue, ...range });
        }
        setIssues(placed);
        editor.view.dispatch(
          checksLayer.set(
            editor.state,
            placed
              .filter((i) => !i.dismissed)
              .map((i) => ({
                from: i.from,
                to: i.to,
                className: `wb-check wb-check--${i.type}`,
                attrs: { title: i.message, 'data-check': i.type },
              })),
          ),
        );
      },
      version === 0 ? 0 : CHECK_DELAY,
    );
    return () => clearTimeout(timer);
  }, [editor, ctx, ready, version]);

  return issues;
}
