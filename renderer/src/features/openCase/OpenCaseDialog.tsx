import { useState } from 'react';
import { Button, ControlGroup, FormGroup, InputGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/contract/errors';
import { useApi } from '../../api/client';
import { useOpenCase } from '../../api/mutations';
import { useCapabilities, useRecentCases } from '../../api/queries';
import { AppDialog } from '../../components/AppDialog';
import { ui, useUiState } from '../../state/uiStore';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';
import { RecentCasesList } from '../welcome/RecentCasesList';

/**
 * Open a case by path. The browser door has no native dialog, so this is how it opens
 * files; the desktop door shows it when a chosen file was refused, with the reason.
 */
export function OpenCaseDialog() {
  const { t } = useTranslation();
  const api = useApi();
  const request = useUiState((s) => s.openCaseRequest);
  const nativeDialogs = useCapabilities().data?.nativeDialogs ?? false;
  const recent = useRecentCases().data ?? [];
  const open = useOpenCase();
  const [path, setPath] = useState(request?.path ?? '');
  const [error, setError] = useState<WireError | null>(request?.error ?? null);
  const [pathMissing, setPathMissing] = useState(false);

  const openPath = (target: string) => {
    setError(null);
    if (!target.trim()) {
      setPathMissing(true);
      return;
    }
    open.mutate(
      { path: target.trim() },
      { onSuccess: () => ui.closeDialog(), onError: (err) => setError(toWireError(err)) },
    );
  };

  const choose = async () => {
    try {
      const chosen = await api.host.showOpenCaseDialog({});
      if (chosen.path) {
        setPath(chosen.path);
        openPath(chosen.path);
      }
    } catch (err) {
      setError(toWireError(err));
    }
  };

  return (
    <AppDialog
      isOpen
      title={t('openCase.title')}
      icon="folder-open"
      closeLabel={t('common.close')}
      onClose={ui.closeDialog}
      onSubmit={() => openPath(path)}
      className="wb-dialog--wide"
      footer={
        <>
          <Button text={t('common.cancel')} onClick={ui.closeDialog} />
          <Button type="submit" intent="primary" text={t('openCase.open')} loading={open.isPending} />
        </>
      }
    >
      {error && <ErrorCallout title={t('openCase.failed')} error={error} />}
      <FormGroup
        label={t('openCase.path')}
        labelFor="open-case-path"
        intent={pathMissing ? 'danger' : 'none'}
        helperText={pathMissing ? t('openCase.pathRequired') : t('openCase.pathHelp')}
      >
        <ControlGroup fill>
          <InputGroup
            id="open-case-path"
            autoFocus
            fill
            spellCheck={false}
            placeholder={t('openCase.pathPlaceholder')}
            value={path}
            onValueChange={(v) => {
              setPath(v);
              if (v.trim()) setPathMissing(false);
            }}
          />
          {nativeDialogs && <Button text={t('newCase.choose')} onClick={() => void choose()} />}
        </ControlGroup>
      </FormGroup>
      {recent.length > 0 && (
        <section aria-labelledby="open-case-recent">
          <h3 id="open-case-recent" className="wb-section-title">
            {t('recent.title')}
          </h3>
          <RecentCasesList
            compact
            cases={recent}
            disabled={open.isPending}
            onOpen={(item) => {
              setPath(item.path);
              openPath(item.path);
            }}
          />
        </section>
      )}
    </AppDialog>
  );
}
