import { useState } from 'react';
import { Button, Icon } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/contract/errors';
import type { RecentCase } from '../../../../shared/domain/case';
import { useDoor } from '../../api/client';
import { useOpenCase, useRemoveRecent } from '../../api/mutations';
import { useRecentCases } from '../../api/queries';
import { KeyCombo } from '../../components/KeyCombo';
import { useRunCommand } from '../commands/commandContext';
import { SHORTCUTS, chordKeys, chordLabel } from '../commands/shortcuts';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';
import { TopBar } from '../app/TopBar';
import { RecentCasesList } from './RecentCasesList';
import { useSampleCase } from './useSampleCase';

function ShortcutHint({ command }: { command: 'case.new' | 'case.open' }) {
  const door = useDoor();
  const chord = SHORTCUTS.find((s) => s.command === command)?.shown[door];
  return chord ? <KeyCombo keys={chordKeys(chord)} label={chordLabel(chord)} /> : null;
}

export function WelcomeScreen() {
  const { t } = useTranslation();
  const run = useRunCommand();
  const recent = useRecentCases();
  const openCase = useOpenCase();
  const removeRecent = useRemoveRecent();
  const [failure, setFailure] = useState<{ title: string; error: WireError } | null>(null);
  const sample = useSampleCase();

  const open = (item: RecentCase) => {
    setFailure(null);
    openCase.mutate(
      { path: item.path },
      { onError: (err) => setFailure({ title: item.title, error: toWireError(err) }) },
    );
  };

  const cases = recent.data ?? [];
  return (
    <>
      <TopBar />
      <main className="wb-welcome" aria-labelledby="wb-welcome-title">
        <div className="wb-welcome__inner">
          <header className="wb-welcome__header">
            <h1 id="wb-welcome-title" className="wb-welcome__title">
              {t('app.name')}
            </h1>
            <p className="wb-welcome__tagline">{t('welcome.tagline')}</p>
          </header>
          <div className="wb-welcome__actions">
            <div className="wb-welcome__action">
              <Button
                intent="primary"
                size="large"
                icon="add"
                text={t('welcome.newCase')}
                onClick={() => run('case.new')}
              />
              <ShortcutHint command="case.new" />
            </div>
            <div className="wb-welcome__action">
              <Button size="large" icon="folder-open" text={t('welcome.openCase')} onClick={() => run('case.open')} />
              <ShortcutHint command="case.open" />
            </div>
            <div className="wb-welcome__action">
              <Button
                size="large"
                icon="lab-test"
                text={t('welcome.sampleCase')}
                loading={sample.busy}
                onClick={sample.open}
              />
              <span className="wb-welcome__hint-text">{t('welcome.sampleHint')}</span>
            </div>
          </div>
          {failure && <ErrorCallout title={t('recent.openFailed', { title: failure.title })} error={failure.error} />}
          {sample.error && <ErrorCallout title={t('welcome.sampleFailed')} error={sample.error} />}
          <section className="wb-welcome__recent" aria-labelledby="wb-recent-title">
            <h2 id="wb-recent-title" className="wb-section-title">
              {t('recent.title')}
            </h2>
            {recent.error && <ErrorCallout error={toWireError(recent.error)} />}
            {cases.length === 0 && !recent.isPending && !recent.error ? (
              <p className="wb-welcome__empty">
                <Icon icon="history" size={20} aria-hidden />
                <span>{t('recent.empty')}</span>
              </p>
            ) : (
              <RecentCasesList
                cases={cases}
                onOpen={open}
                onRemove={(item) => removeRecent.mutate({ path: item.path })}
                disabled={openCase.isPending}
              />
            )}
          </section>
          <p className="wb-welcome__hint wb-muted">{t('welcome.shortcutsHint')}</p>
        </div>
      </main>
    </>
  );
}
