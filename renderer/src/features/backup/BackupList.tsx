import { Fragment, useState } from 'react';
import { Button, NonIdealState } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/contract/backup';
import { formatBytes } from '../../i18n/format';
import { formatBackupTime } from './formatBackupTime';
import { RestoreForm } from './RestoreForm';

/** The case's backups, newest first; each can be restored into a new case file. */
export function BackupList({
  items,
  casePath,
  highlight,
}: {
  items: readonly BackupInfo[];
  casePath: string;
  /** The backup just made, marked so the analyst finds it. */
  highlight: string | null;
}) {
  const { t, i18n } = useTranslation();
  const [restoring, setRestoring] = useState<string | null>(null);
  const lang = i18n.language;

  if (!items.length) {
    return <NonIdealState icon="history" title={t('backup.none')} description={t('backup.noneHelp')} />;
  }
  return (
    <table className="wb-backup__table" aria-label={t('backup.listLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('backup.columns.time')}</th>
          <th scope="col">{t('backup.columns.reason')}</th>
          <th scope="col" className="wb-backup__num">
            {t('backup.columns.size')}
          </th>
          <th scope="col">
            <span className="wb-sr-only">{t('backup.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const time = formatBackupTime(item.createdAt, lang);
          const open = restoring === item.path;
          return (
            <Fragment key={item.path}>
              <tr className={item.path === highlight ? 'wb-backup__row wb-backup__row--new' : 'wb-backup__row'}>
                <td>
                  <time dateTime={new Date(item.createdAt).toISOString()}>{time}</time>
                </td>
                <td>{t(`backup.reasons.${item.reason}`)}</td>
                <td className="wb-backup__num">{formatBytes(item.sizeBytes, lang)}</td>
                <td className="wb-backup__action">
                  <Button
                    small
                    icon="history"
                    text={t('backup.restore')}
                    aria-label={t('backup.restoreLabel', { time })}
                    aria-expanded={open}
                    onClick={() => setRestoring(open ? null : item.path)}
                  />
                </td>
              </tr>
              {open && (
                <tr className="wb-backup__restore-row">
                  <td colSpan={4}>
                    <RestoreForm backup={item} casePath={casePath} time={time} onCancel={() => setRestoring(null)} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
