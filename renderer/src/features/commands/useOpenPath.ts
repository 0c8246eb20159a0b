import { useCallback } from 'react';
import { useOpenCase } from '../../api/mutations';
import { ui } from '../../state/uiStore';
import { toWireError } from '../errors/toWireError';

/**
 * Opens a case file by path; a refusal (NOT_A_CASE_FILE, CASE_FILE_LOCKED …) shows the
 * open dialog with the path and the reason, so the analyst can correct it right there.
 */
export function useOpenPath() {
  const { mutate, isPending } = useOpenCase();
  const openPath = useCallback(
    (path: string) =>
      mutate(
        { path },
        {
          onSuccess: () => ui.closeDialog(),
          onError: (err) => ui.showOpenCaseError(path, toWireError(err)),
        },
      ),
    [mutate],
  );
  return { openPath, isPending };
}
