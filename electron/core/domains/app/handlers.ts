import type { HandlerMap } from '../../handlerTypes';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { APP_NAME, APP_VERSION } from '../../version';

export const appHandlers: HandlerMap<'app.info'> = {
  'app.info': (_input, ctx) => ({
    name: APP_NAME,
    version: APP_VERSION,
    schemaVersion: LATEST_SCHEMA_VERSION,
    door: ctx.door,
    casesFolder: ctx.casesDir,
  }),
};
