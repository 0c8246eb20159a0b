import { NonIdealState } from '@blueprintjs/core';
import { Trans, useTranslation } from 'react-i18next';

/** Browser mode without a usable token: say exactly where the right address comes from. */
export function NoTokenScreen({ refused = false }: { refused?: boolean }) {
  const { t } = useTranslation();
  return (
    <main className="wb-fullpage">
      <NonIdealState
        icon="lock"
        title={refused ? t('noToken.refusedTitle') : t('noToken.title')}
        description={
          <p>
            {/* Trans builds React elements from the <code> tags; nothing is parsed as HTML. */}
            <Trans i18nKey="noToken.body" components={{ code: <code /> }} />
          </p>
        }
      />
    </main>
  );
}
