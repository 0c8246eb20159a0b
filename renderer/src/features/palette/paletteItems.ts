import type { TFunction } from 'i18next';
import type { SearchHit, SearchKindName } from '../../../../shared/contract/search';
import type { DoorKind } from '../../api/transport';
import { COMMANDS, shownChord, type CommandInfo } from '../commands/commandList';
import type { KeyChord } from '../commands/shortcuts';
import { matchesWords } from './foldLabel';

export type PaletteItem =
  | { type: 'command'; id: string; info: CommandInfo; label: string; chord: KeyChord | null }
  | { type: 'hit'; id: string; hit: SearchHit }
  | { type: 'search'; id: string; query: string };

export interface PaletteGroup {
  id: 'actions' | SearchKindName | 'search';
  title: string;
  items: PaletteItem[];
}

/** Objects per kind in the palette; the search view shows them all. */
const PER_KIND = 6;

interface Context {
  query: string;
  caseOpen: boolean;
  excerptSelected: boolean;
  briefingOpen: boolean;
  door: DoorKind;
  hits: readonly SearchHit[];
}

/**
 * The palette's list: the actions whose names match, then the case's objects the
 * search core found (by kind), then "search the whole case for …". Available actions
 * only: without a case, none of the case's; "claim from excerpt" with an excerpt selected,
 * "export" with a briefing open.
 */
export function paletteGroups(t: TFunction, c: Context): PaletteGroup[] {
  const available = COMMANDS.filter(
    (info) =>
      info.needs === 'nothing' ||
      (c.caseOpen &&
        (info.needs === 'case' ||
          (info.needs === 'excerpt' && c.excerptSelected) ||
          (info.needs === 'briefing' && c.briefingOpen))),
  );
  const actions: PaletteItem[] = available
    .map((info) => ({ info, label: t(info.label as 'commands.case.new') }))
    .filter(({ label }) => matchesWords(label, c.query))
    .map(({ info, label }) => ({
      type: 'command' as const,
      id: `cmd-${info.command}`,
      info,
      label,
      chord: shownChord(info.command, c.door),
    }));
  const groups: PaletteGroup[] = [];
  if (actions.length) groups.push({ id: 'actions', title: t('palette.groups.actions'), items: actions });
  for (const kind of ['source', 'excerpt', 'analytic', 'briefing'] as const) {
    const items = c.hits
      .filter((h) => h.kind === kind)
      .slice(0, PER_KIND)
      .map((hit) => ({ type: 'hit' as const, id: `hit-${hit.kind}-${hit.id}`, hit }));
    if (items.length) groups.push({ id: kind, title: t(`search.kinds.${kind}`), items });
  }
  const q = c.query.trim();
  if (c.caseOpen && q) {
    groups.push({
      id: 'search',
      title: t('palette.groups.search'),
      items: [{ type: 'search', id: 'search-all', query: q }],
    });
  }
  return groups;
}
