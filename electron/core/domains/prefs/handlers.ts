import type { HandlerMap } from '../../handlerTypes';

export const prefsHandlers: HandlerMap<'prefs.get' | 'prefs.update'> = {
  'prefs.get': (_input, ctx) => ctx.prefs.get(),
  'prefs.update': (input, ctx) => ctx.prefs.update(input.patch),
};
