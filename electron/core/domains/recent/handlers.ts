import type { HandlerMap } from '../../handlerTypes';

export const recentHandlers: HandlerMap<'recent.list' | 'recent.remove' | 'recent.clear'> = {
  'recent.list': (_input, ctx) => ctx.recent.list(),
  'recent.remove': (input, ctx) => ctx.recent.remove(input.path),
  'recent.clear': (_input, ctx) => ctx.recent.clear(),
};
