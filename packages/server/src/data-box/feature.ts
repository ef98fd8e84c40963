import type { Feature } from '../feature.js';
import { DATA_BOX_MIGRATIONS } from './migrations.js';
import { type DataBoxRouteDeps, registerDataBoxRoutes } from './routes.js';

/** The citizen's data box: messages to and from authorities, attachments, quota, notification settings. */
export const dataBox: Feature<DataBoxRouteDeps> = {
  name: 'data-box',
  migrations: DATA_BOX_MIGRATIONS,
  register(app, deps) {
    registerDataBoxRoutes(app, deps);
  },
};
