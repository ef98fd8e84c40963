import type { Feature } from '../feature.js';
import { CONTACTS_MIGRATIONS } from './migrations.js';
import { type ContactsDeps, registerContactsRoutes } from './routes.js';

export type { ContactsDeps } from './routes.js';

/** The citizen's e-mail and phone for notifications, verified by a code (under /api/services/my-data/contacts). */
export const contacts: Feature<ContactsDeps> = {
  name: 'contacts',
  migrations: CONTACTS_MIGRATIONS,
  register(app, deps) {
    registerContactsRoutes(app, deps);
  },
};
