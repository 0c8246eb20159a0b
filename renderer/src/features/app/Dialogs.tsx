import type { CaseInfo } from '../../../../shared/domain/case';
import { useUiState } from '../../state/uiStore';
import { CaseSettingsDialog } from '../caseSettings/CaseSettingsDialog';
import { ShortcutsDialog } from '../commands/ShortcutsDialog';
import { CommandPalette } from '../palette/CommandPalette';
import { NewCaseDialog } from '../newCase/NewCaseDialog';
import { OpenCaseDialog } from '../openCase/OpenCaseDialog';
import { ImportDialog } from '../sources/import/ImportDialog';
import { PasteTextDialog } from '../sources/import/PasteTextDialog';
import { DeleteSourceDialog } from '../sources/inspector/DeleteSourceDialog';
import { AboutDialog } from './AboutDialog';

/**
 * The one open dialog. Each mounts fresh when opened, so a dialog never shows the
 * half-typed state of its previous use.
 */
export function Dialogs({ caseInfo }: { caseInfo: CaseInfo | null }) {
  const dialog = useUiState((s) => s.dialog);
  switch (dialog) {
    case 'newCase':
      return <NewCaseDialog />;
    case 'openCase':
      return <OpenCaseDialog />;
    case 'caseSettings':
      return caseInfo ? <CaseSettingsDialog info={caseInfo} /> : null;
    case 'shortcuts':
      return <ShortcutsDialog />;
    case 'about':
      return <AboutDialog />;
    case 'import':
      return caseInfo ? <ImportDialog casePath={caseInfo.path} /> : null;
    case 'pasteText':
      return caseInfo ? <PasteTextDialog /> : null;
    case 'deleteSource':
      return caseInfo ? <DeleteSourceDialog casePath={caseInfo.path} /> : null;
    case 'palette':
      return <CommandPalette casePath={caseInfo?.path ?? null} />;
    default:
      return null;
  }
}
