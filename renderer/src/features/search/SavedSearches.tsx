import { useState } from 'react';
import { Button, InputGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { SavedSearch, SavedSearchFilters } from '../../../../shared/contract/search';
import { useMethodMutation } from '../../api/mutations';
import { useMethodQuery } from '../../api/queries';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';
import { cleanFilters } from './searchState';

interface Props {
  query: string;
  filters: SavedSearchFilters;
  onRun: (saved: SavedSearch) => void;
}

/** Saved searches of the case: save the current one under a name, run one, delete one. */
export function SavedSearches({ query, filters, onRun }: Props) {
  const { t } = useTranslation();
  const list = useMethodQuery('searches.list', {});
  const save = useMethodMutation('searches.save');
  const remove = useMethodMutation('searches.delete');
  const [name, setName] = useState('');
  const saved = list.data ?? [];
  const canSave = name.trim() !== '' && query.trim() !== '';
  const error = save.error ?? remove.error ?? list.error;
  return (
    <section className="wb-saved-searches" aria-labelledby="wb-saved-searches-title">
      <h3 id="wb-saved-searches-title" className="wb-section-title">
        {t('search.saved.title')}
      </h3>
      <form
        className="wb-saved-searches__save"
        aria-label={t('search.saved.saveLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          if (!canSave) return;
          save.mutate(
            { name: name.trim(), query: query.trim(), filters: cleanFilters(filters) },
            { onSuccess: () => setName('') },
          );
        }}
      >
        <InputGroup
          size="small"
          aria-label={t('search.saved.name')}
          placeholder={t('search.saved.namePlaceholder')}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" size="small" icon="floppy-disk" text={t('search.saved.save')} disabled={!canSave} />
      </form>
      {error && <ErrorCallout error={toWireError(error)} />}
      {saved.length === 0 ? (
        <p className="wb-saved-searches__empty">{t('search.saved.empty')}</p>
      ) : (
        <ul className="wb-saved-searches__list" aria-label={t('search.saved.title')}>
          {saved.map((s) => (
            <li key={s.id} className="wb-saved-searches__item">
              <Button
                size="small"
                variant="minimal"
                icon="history"
                text={s.name}
                title={s.query}
                aria-label={t('search.saved.run', { name: s.name })}
                onClick={() => onRun(s)}
              />
              <Button
                size="small"
                variant="minimal"
                icon="trash"
                aria-label={t('search.saved.delete', { name: s.name })}
                title={t('search.saved.delete', { name: s.name })}
                onClick={() => remove.mutate({ id: s.id })}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
