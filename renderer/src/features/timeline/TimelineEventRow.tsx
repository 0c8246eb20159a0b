import { useState, type KeyboardEvent } from 'react';
import { Button, Icon, Tag } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../../shared/contract/timeline';
import { useMethodMutation } from '../../api/mutations';
import { ui } from '../../state/uiStore';
import { ErrorCallout } from '../errors/ErrorCallout';
import { toWireError } from '../errors/toWireError';
import { formatEventDate, utcDay } from './eventDate';

/** Moves focus to the open button of the row before or after (arrow keys, Home, End). */
function moveFocus(e: KeyboardEvent<HTMLButtonElement>): void {
  const all = Array.from(
    e.currentTarget.closest('.wb-timeline')?.querySelectorAll<HTMLButtonElement>('.wb-timeline-event__open') ?? [],
  );
  const at = all.indexOf(e.currentTarget);
  const next =
    e.key === 'ArrowDown' || e.key === 'j'
      ? all[at + 1]
      : e.key === 'ArrowUp' || e.key === 'k'
        ? all[at - 1]
        : e.key === 'Home'
          ? all[0]
          : e.key === 'End'
            ? all[all.length - 1]
            : undefined;
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

/** The sentence with the mention marked; plain React text, since the words come from an imported source. */
function MentionInContext({ event }: { event: TimelineEvent }) {
  if (event.start === null || event.sentenceStart === null) return null;
  const from = event.start - event.sentenceStart;
  const to = event.end! - event.sentenceStart;
  return (
    <span className="wb-timeline-event__context">
      {event.sentence.slice(0, from)}
      <mark className="wb-timeline-event__mention">{event.sentence.slice(from, to)}</mark>
      {event.sentence.slice(to)}
    </span>
  );
}

export function TimelineEventRow({ casePath, event }: { casePath: string; event: TimelineEvent }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const create = useMethodMutation('excerpts.create');
  const [kept, setKept] = useState<'sentence' | 'mention' | null>(null);
  const date = formatEventDate(event, language, t);
  const reference = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    utcDay(event.referenceDate),
  );
  const isMention = event.kind === 'mention';

  const open = () => {
    ui.showWorkspaceView(casePath, null);
    ui.reveal(casePath, {
      sourceId: event.sourceId,
      version: event.version,
      // A publication date has no place in the text: the reader opens at the top.
      start: event.start ?? 0,
      end: event.end ?? 0,
      excerptId: null,
    });
  };

  const keep = (what: 'sentence' | 'mention') => {
    const start = what === 'sentence' ? event.sentenceStart! : event.start!;
    const end = what === 'sentence' ? event.sentenceEnd! : event.end!;
    const quote = what === 'sentence' ? event.sentence : event.mention;
    create.mutate(
      { sourceId: event.sourceId, version: event.version, start, end, quote },
      {
        onSuccess: (excerpt) => {
          setKept(what);
          // The inspector shows the new excerpt, as after keeping words in the reader.
          ui.selectExcerpt(casePath, excerpt.id);
        },
      },
    );
  };

  const name = isMention
    ? t('timeline.openMention', { date, mention: event.mention, source: event.sourceTitle })
    : t('timeline.openPublished', { date, source: event.sourceTitle });

  return (
    <li className={`wb-timeline-event wb-timeline-event--${event.kind}`}>
      <span className="wb-timeline-event__dot" aria-hidden />
      <button type="button" className="wb-timeline-event__open" aria-label={name} onClick={open} onKeyDown={moveFocus}>
        <span className="wb-timeline-event__date">
          <Icon icon={isMention ? 'citation' : 'calendar'} size={12} aria-hidden />
          <time dateTime={event.dateStart}>{date}</time>
        </span>
        {isMention ? (
          <MentionInContext event={event} />
        ) : (
          <span className="wb-timeline-event__context">{t('timeline.published')}</span>
        )}
        <span className="wb-timeline-event__source">{event.sourceTitle}</span>
      </button>
      <div className="wb-timeline-event__meta">
        <Tag minimal round className="wb-timeline-event__resolution">
          {t(`timeline.resolution.${event.resolution}`)}
        </Tag>
        {isMention && (
          <span className="wb-timeline-event__reference">
            {t(`timeline.reference.${event.referenceKind}`, { date: reference })}
          </span>
        )}
        {isMention &&
          (kept ? (
            <span role="status" className="wb-timeline-event__kept">
              <Icon icon="tick" size={12} aria-hidden /> {t('timeline.kept')}
            </span>
          ) : (
            <span className="wb-timeline-event__actions">
              <Button
                size="small"
                variant="minimal"
                icon="bookmark"
                text={t('timeline.keepSentence')}
                loading={create.isPending}
                onClick={() => keep('sentence')}
              />
              <Button
                size="small"
                variant="minimal"
                text={t('timeline.keepMention', { mention: event.mention })}
                disabled={create.isPending}
                onClick={() => keep('mention')}
              />
            </span>
          ))}
      </div>
      {create.error && <ErrorCallout error={toWireError(create.error)} />}
    </li>
  );
}
