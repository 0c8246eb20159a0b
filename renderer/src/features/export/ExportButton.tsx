import { Button } from '@blueprintjs/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseInfo, useMethodQuery } from '../../api/queries';
import { IS_MAC, matchesChord, type KeyChord } from '../commands/shortcuts';
import { useUiState } from '../../state/uiStore';
import { onExportRequest } from './exportRequest';

/** The dialog and pdf.js load on first use: the editor never pays for them. */
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

/** Mod+E, the desktop convention for Export (UX.md); the palette lists it. */
export const EXPORT_CHORD: KeyChord = { mod: true, key: 'e' };

/** "Export…" for the open briefing: the button, its shortcut and the dialog it opens. */
export function ExportButton() {
  const { t } = useTranslation();
  const briefingId = useUiState((s) => s.briefingSelection?.briefingId ?? null);
  const [open, setOpen] = useState(false);
  const caseTitle = useCaseInfo().data?.title ?? '';
  const briefing = useMethodQuery('briefings.get', { id: briefingId ?? '' }, { enabled: !!briefingId });
  useEffect(() => onExportRequest(() => setOpen(true)), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!matchesChord(e, EXPORT_CHORD)) return;
      // Captured before the editor sees it: tiptap's inline-code mark also binds Mod+E, and there
      // is no inline code in a briefing's toolbar, while Export is the desktop convention.
      e.preventDefault();
      e.stopPropagation();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
  if (!briefingId) return null;
  const shortcut = IS_MAC ? '⌘E' : 'Ctrl+E';
  return (
    <>
      <Button
        icon="export"
        variant="minimal"
        size="small"
        text={t('export.open')}
        title={`${t('export.open')} (${shortcut})`}
        aria-keyshortcuts={IS_MAC ? 'Meta+E' : 'Control+E'}
        onClick={() => setOpen(true)}
      />
      {open && (
        <Suspense fallback={null}>
          <ExportDialog
            briefingId={briefingId}
            caseTitle={caseTitle}
            isEdition={!!briefing.data?.editionOf}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
