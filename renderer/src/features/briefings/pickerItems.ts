import type { Editor } from '@tiptap/core';
import type { TFunction } from 'i18next';
import { useMethodQuery } from '../../api/queries';
import { REFERENCEABLE_KINDS } from './dragClaim';
import { shortText } from './ratingLabels';
import type { TriggerKind } from './triggers';

export interface PickerItem {
  key: string;
  label: string;
  description?: string;
  lang?: string;
  /** Runs with the trigger text already deleted. */
  run(editor: Editor): void;
}

export interface PickerActions {
  /** Replace the trigger with a different one (slash "judgment" → `@`) and keep picking. */
  retrigger(text: string, quote?: boolean): void;
  insertWhatChanged(): void;
}

const SLASH = [
  'h2',
  'h3',
  'bullets',
  'numbers',
  'table',
  'quote',
  'judgment',
  'citation',
  'excerptQuote',
  'whatChanged',
] as const;

function slashItems(t: TFunction, query: string, actions: PickerActions): PickerItem[] {
  const run: Record<(typeof SLASH)[number], (e: Editor) => void> = {
    h2: (e) => e.chain().focus().setNode('heading', { level: 2 }).run(),
    h3: (e) => e.chain().focus().setNode('heading', { level: 3 }).run(),
    bullets: (e) => e.chain().focus().toggleBulletList().run(),
    numbers: (e) => e.chain().focus().toggleOrderedList().run(),
    table: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    quote: (e) => e.chain().focus().toggleBlockquote().run(),
    judgment: () => actions.retrigger('@'),
    citation: () => actions.retrigger('[['),
    excerptQuote: () => actions.retrigger('[[', true),
    whatChanged: () => actions.insertWhatChanged(),
  };
  const q = query.toLocaleLowerCase();
  return SLASH.map((k) => ({ key: k, label: t(`briefing.slash.${k}`), run: run[k] })).filter(
    (i) => !q || i.label.toLocaleLowerCase().includes(q) || i.key.toLowerCase().startsWith(q),
  );
}

/** The picker's choices for what is being typed; queries run only for the open kind. */
export function usePickerItems(
  t: TFunction,
  kind: TriggerKind | null,
  query: string,
  quoteMode: boolean,
  actions: PickerActions,
): { items: PickerItem[]; loading: boolean } {
  const words = query.trim() || undefined;
  // `@` references judgments and claims only (issue 6): hypotheses, gaps and the rest are not what a briefing states.
  const claims = useMethodQuery(
    'analysis.list',
    { words, kinds: [...REFERENCEABLE_KINDS] },
    { enabled: kind === 'claim', keepPrevious: true },
  );
  const excerpts = useMethodQuery(
    'excerpts.list',
    { filter: words ? { query: words } : {}, sort: 'position', direction: 'asc', limit: 30, offset: 0 },
    { enabled: kind === 'excerpt', keepPrevious: true },
  );
  if (kind === 'slash') return { items: slashItems(t, query, actions), loading: false };
  if (kind === 'claim') {
    const items = (claims.data?.items ?? []).slice(0, 30).map<PickerItem>((o) => ({
      key: o.id,
      label: shortText(o.text, 120),
      description: t(`briefing.kinds.${o.kind}`),
      run: (e) => e.chain().focus().insertClaimRef(o.id).insertContent(' ').run(),
    }));
    return { items, loading: claims.isLoading };
  }
  if (kind === 'excerpt') {
    const items = (excerpts.data?.items ?? []).map<PickerItem>((x) => ({
      key: x.id,
      label: t('briefing.refs.quoted', { quote: shortText(x.quote, 120) }),
      description: x.sourceTitle,
      run: (e) =>
        quoteMode ? e.chain().focus().insertExcerptQuote(x.id).run() : e.chain().focus().insertCitation(x.id).run(),
    }));
    return { items, loading: excerpts.isLoading };
  }
  return { items: [], loading: false };
}
