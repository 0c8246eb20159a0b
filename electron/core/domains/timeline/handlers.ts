import type { timelineMethods } from '../../../../shared/contract/timeline';
import type { HandlerMap } from '../../handlerTypes';
import { requireCase } from '../requireCase';
import { listTimeline } from './store';

export const timelineHandlers: HandlerMap<keyof typeof timelineMethods> = {
  'timeline.list': (input, ctx) => listTimeline(requireCase(ctx).db, input),
};
