import { Callout } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useConnectionStatus } from '../../api/connectionStatus';

/** Shown while the browser door's event stream is down (the server stopped or restarts). */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const status = useConnectionStatus();
  if (status !== 'reconnecting') return null;
  return (
    <Callout intent="warning" icon="offline" compact role="status" className="wb-connection-banner">
      {t('connection.reconnecting')}
    </Callout>
  );
}
