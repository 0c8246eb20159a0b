import { z } from 'zod';
import { defineMethod } from './define';
import { sourceIdSchema } from '../domain/source';

/** A calendar day, `YYYY-MM-DD` (no time, no time zone). */
export const calendarDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Not a YYYY-MM-DD day');

export const TIMELINE_KINDS = ['published', 'mention'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
/** How exact the date is: a day, a week (Monday–Sunday), a month or part of one, a season, a year or part of one. */
export const TIMELINE_PRECISIONS = ['day', 'week', 'month', 'season', 'year'] as const;
export type TimelinePrecision = (typeof TIMELINE_PRECISIONS)[number];
/** Early, mid or late part of the month or year ("Anfang Oktober", "mid-July", "Ende Vorjahr"). */
export const TIMELINE_PARTS = ['early', 'mid', 'late'] as const;
export type TimelinePart = (typeof TIMELINE_PARTS)[number];
/**
 * How the date was found: the publication date from the source's metadata; a date
 * the text gives in full; one whose year was taken from the reference date; or one
 * relative to the reference date ("vergangene Woche", "gestern", "am Montag").
 */
export const TIMELINE_RESOLUTIONS = ['metadata', 'explicit', 'yearInferred', 'relative'] as const;
export type TimelineResolution = (typeof TIMELINE_RESOLUTIONS)[number];

export const timelineEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(TIMELINE_KINDS),
  sourceId: sourceIdSchema,
  sourceTitle: z.string(),
  /** The source version the offsets refer to (its current version). */
  version: z.number().int().min(1),
  /** Inclusive range; equal for a single day. */
  dateStart: calendarDaySchema,
  dateEnd: calendarDaySchema,
  precision: z.enum(TIMELINE_PRECISIONS),
  part: z.enum(TIMELINE_PARTS).nullable(),
  resolution: z.enum(TIMELINE_RESOLUTIONS),
  /** The day a mention was resolved against, and whether it is the publication or (lacking one) the import date. */
  referenceDate: calendarDaySchema,
  referenceKind: z.enum(['published', 'imported']),
  /** A mention's place: UTF-16 offsets into the version's stored text (end exclusive) and its words; null for a publication date. */
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  mention: z.string(),
  /** The sentence around the mention (untrusted source text), with its offsets into the stored text. */
  sentence: z.string(),
  sentenceStart: z.number().int().nonnegative().nullable(),
  sentenceEnd: z.number().int().nonnegative().nullable(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineInputSchema = z.object({
  /** Events whose range overlaps [from, to] (inclusive days). */
  from: calendarDaySchema.optional(),
  to: calendarDaySchema.optional(),
  sourceIds: z.array(sourceIdSchema).max(1000).optional(),
  kinds: z.array(z.enum(TIMELINE_KINDS)).optional(),
  limit: z.number().int().min(1).max(5000).default(1000),
  offset: z.number().int().nonnegative().default(0),
});
export type TimelineInput = z.output<typeof timelineInputSchema>;

export const timelineOutputSchema = z.object({
  total: z.number().int().nonnegative(),
  /** Ordered by start day, then source and place in the text. */
  items: z.array(timelineEventSchema),
  /** Sources whose timeline was (re)computed by this call (new, changed, or from before the timeline). */
  refreshed: z.number().int().nonnegative(),
});
export type TimelineOutput = z.infer<typeof timelineOutputSchema>;

export const timelineMethods = {
  'timeline.list': defineMethod({
    doc: 'Dated events of the case: publication dates and dates mentioned in source text (German and English), resolved against the publication date.',
    input: timelineInputSchema,
    output: timelineOutputSchema,
    invalidates: [],
  }),
} as const;
