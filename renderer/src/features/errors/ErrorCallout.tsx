import { Callout } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/contract/errors';
import { describeError } from './describeError';

/** An error from the core as a danger callout: translated text by code, plus the core's facts. */
export function ErrorCallout({
  error,
  title,
  message,
}: {
  error: Pick<WireError, 'code' | 'message' | 'details'>;
  title?: string;
  /** A more specific text than the code's general one (e.g. how many citations block a delete). */
  message?: string;
}) {
  const { t, i18n } = useTranslation();
  const described = describeError(t, error, i18n.language);
  const text = message ? { message } : described;
  return (
    <Callout intent="danger" title={title} role="alert" className="wb-error" data-error-code={error.code}>
      <p className="wb-error__message">{text.message}</p>
      {text.detail && <p className="wb-error__detail">{text.detail}</p>}
    </Callout>
  );
}
