import { Button, Icon, Menu, MenuItem, Popover } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingSummary } from '../../../../shared/domain/briefing';
import { useMethodMutation } from '../../api/mutations';
import { useMethodQuery } from '../../api/queries';
import { AppDialog } from '../../components/AppDialog';
import { formatDateTime } from '../../i18n/format';
import { ui, useBriefingSelection } from '../../state/uiStore';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';
import { NewBriefingDialog } from './NewBriefingDialog';
import { RenameBriefingDialog } from './RenameBriefingDialog';

type Dialog = { kind: 'new' } | { kind: 'rename'; b: BriefingSummary } | { kind: 'delete'; b: BriefingSummary } | null;

/** The navigator's Briefings: newest change first, with edition and time; create, rename, new edition, delete. */
export function BriefingsSection({ casePath }: { casePath: string }) {
  const { t, i18n } = useTranslation();
  const list = useMethodQuery('briefings.list', {});
  const openId = useBriefingSelection(casePath);
  const [dialog, setDialog] = useState<Dialog>(null);
  const duplicate = useMethodMutation('briefings.duplicateAsEdition');
  const remove = useMethodMutation('briefings.delete');
  const items = list.data ?? [];
  const open = (id: string) => ui.openBriefing(casePath, id);
  return (
    <section className="wb-nav-section wb-nav-section--briefings" aria-labelledby="nav-briefings">
      <h3 id="nav-briefings" className="wb-nav-section__title">
        <Icon icon="manual" size={14} aria-hidden />
        <span>{t('navigator.briefings')}</span>
        <span className="wb-count" aria-label={t('navigator.count', { count: items.length })}>
          {items.length}
        </span>
      </h3>
      <div className="wb-sources__actions">
        <Button
          size="small"
          variant="outlined"
          icon="add"
          text={t('briefing.create.open')}
          onClick={() => setDialog({ kind: 'new' })}
        />
      </div>
      {list.error && <ErrorCallout error={toWireError(list.error)} />}
      {(duplicate.error ?? remove.error) && <ErrorCallout error={toWireError(duplicate.error ?? remove.error)} />}
      {items.length === 0 && !list.isPending ? (
        <p className="wb-nav-section__empty">{t('navigator.briefingsEmpty')}</p>
      ) : (
        <ul className="wb-briefing-list" aria-label={t('navigator.briefings')}>
          {items.map((b) => (
            <li key={b.id} className={b.id === openId ? 'wb-briefing-item wb-briefing-item--open' : 'wb-briefing-item'}>
              <button
                type="button"
                className="wb-briefing-item__open"
                aria-current={b.id === openId ? 'page' : undefined}
                onClick={() => open(b.id)}
              >
                <span className="wb-briefing-item__title">{b.title}</span>
                <span className="wb-briefing-item__meta">
                  {t('briefing.list.edition', { edition: b.edition })} · {formatDateTime(b.updatedAt, i18n.language)}
                </span>
              </button>
              <Popover
                placement="bottom-end"
                content={
                  <Menu>
                    <MenuItem
                      icon="edit"
                      text={t('briefing.list.rename')}
                      onClick={() => setDialog({ kind: 'rename', b })}
                    />
                    <MenuItem
                      icon="duplicate"
                      text={t('briefing.list.duplicate')}
                      onClick={() => duplicate.mutate({ id: b.id }, { onSuccess: (copy) => open(copy.id) })}
                    />
                    <MenuItem
                      icon="trash"
                      intent="danger"
                      text={t('briefing.list.delete')}
                      onClick={() => setDialog({ kind: 'delete', b })}
                    />
                  </Menu>
                }
              >
                <Button
                  size="small"
                  variant="minimal"
                  icon="more"
                  aria-label={t('briefing.list.actions', { title: b.title })}
                />
              </Popover>
            </li>
          ))}
        </ul>
      )}
      {dialog?.kind === 'new' && (
        <NewBriefingDialog
          onClose={() => setDialog(null)}
          onCreated={(id) => {
            setDialog(null);
            open(id);
          }}
        />
      )}
      {dialog?.kind === 'rename' && <RenameBriefingDialog briefing={dialog.b} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && (
        <AppDialog
          isOpen
          title={t('briefing.list.deleteTitle')}
          icon="trash"
          closeLabel={t('common.close')}
          onClose={() => setDialog(null)}
          footer={
            <>
              <Button text={t('common.cancel')} onClick={() => setDialog(null)} />
              <Button
                intent="danger"
                text={t('briefing.list.deleteConfirm')}
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(
                    { id: dialog.b.id },
                    {
                      onSuccess: () => {
                        if (openId === dialog.b.id) ui.openBriefing(casePath, null);
                        setDialog(null);
                      },
                    },
                  )
                }
              />
            </>
          }
        >
          <p>{t('briefing.list.deleteBody', { title: dialog.b.title })}</p>
        </AppDialog>
      )}
    </section>
  );
}
