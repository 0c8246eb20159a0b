import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/contract/errors';
import { useApi } from '../../api/client';
import { useCreateSampleCase } from '../../api/mutations';
import { usePrefs } from '../../api/queries';
import { toWireError } from '../errors/toWireError';

/**
 * "Open sample case": a new case file in the default folder (named "Sample case" or
 * "Beispielfall", the next free name), filled by the core with a few short sources.
 */
export function useSampleCase() {
  const { t } = useTranslation();
  const api = useApi();
  const { mutateAsync } = useCreateSampleCase();
  const language = usePrefs().data?.language ?? 'en';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WireError | null>(null);

  const open = async () => {
    setError(null);
    setBusy(true);
    try {
      const { path } = await api.case.suggestPath({ title: t('sample.title') });
      await mutateAsync({ path, language });
    } catch (err) {
      setError(toWireError(err));
    } finally {
      setBusy(false);
    }
  };

  return { open: () => void open(), busy, error };
}
