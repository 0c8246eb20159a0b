import { useEffect, useRef } from 'react';
import { Icon } from '@blueprintjs/core';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MethodOutput } from '../../../../../shared/contract';
import type { ImportResult } from '../../../../../shared/contract/sources';
import { useTranslation } from 'react-i18next';
import { invalidateDomains, useApi, useDoor } from '../../../api/client';
import { ui } from '../../../state/uiStore';
import { maxFileBytes } from './fileData';
import { registerFilePicker } from './filePicker';
import { importQueue, type ImportJob } from './importQueue';
import { filesToImport, startImport } from './startImport';
import { useFileDrop } from './useFileDrop';

/** What the importer detects from the bytes; the list only guides the file chooser. */
const ACCEPT = [
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.xhtml',
  '.pdf',
  '.docx',
  '.eml',
  'text/plain',
  'text/markdown',
  'text/html',
  'application/pdf',
  'message/rfc822',
].join(',');

/**
 * A duplicate's answer names the source that holds the bytes but not its title; the
 * source lists already loaded know it.
 */
function withKnownTitles(results: ImportResult[], queryClient: QueryClient): ImportResult[] {
  const lists = queryClient.getQueriesData<MethodOutput<'sources.list'>>({ queryKey: ['sources.list'] });
  const titleOf = (id: string) => lists.flatMap(([, data]) => data?.items ?? []).find((item) => item.id === id)?.title;
  return results.map((r) => (r.title || !r.sourceId ? r : { ...r, title: titleOf(r.sourceId) ?? r.title }));
}

/**
 * The case view's import machinery: the file chooser (one hidden input that the Import
 * buttons and Ctrl/Cmd+I open), drops onto the window with their overlay, and the
 * sender that the import queue uses while this case is open.
 */
export function ImportController({ casePath }: { casePath: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const door = useDoor();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const dragging = useFileDrop((files) => startImport(filesToImport(files)));

  useEffect(() => {
    registerFilePicker(() => input.current?.click());
    return () => registerFilePicker(null);
  }, []);

  useEffect(() => {
    const refresh = () => void invalidateDomains(queryClient, ['sources']);
    importQueue.attach({
      maxBytes: maxFileBytes(door),
      send: (files) =>
        api.sources
          .import({ files })
          .then((results) => withKnownTitles(results, queryClient))
          .finally(refresh),
      rename: (sourceId, title) => api.sources.update({ sourceId, patch: { title } }).then(refresh),
      finished: (job: ImportJob) => {
        // One file that went in cleanly opens at once; anything else keeps its results in view.
        const only = job.items.length === 1 ? job.items[0]?.outcome : undefined;
        if (only?.sourceId && (only.status === 'imported' || only.status === 'newVersion')) {
          ui.selectSource(casePath, only.sourceId);
          if (ui.get().dialog === 'import') ui.closeDialog();
        }
      },
    });
    return () => {
      importQueue.attach(null);
      importQueue.reset();
    };
  }, [api, door, queryClient, casePath]);

  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={ACCEPT}
        aria-label={t('import.chooseFiles')}
        onChange={(e) => {
          startImport(filesToImport(e.currentTarget.files ?? []));
          // Choosing the same file again must fire another change.
          e.currentTarget.value = '';
        }}
      />
      {dragging && (
        <div className="wb-drop-overlay" aria-hidden>
          <div className="wb-drop-overlay__box">
            <Icon icon="import" size={40} />
            <p>{t('import.dropHere')}</p>
          </div>
        </div>
      )}
    </>
  );
}
