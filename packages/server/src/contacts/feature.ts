import type { Feature } from '../feature.js';
import { CONTACTS_MIGRATIONS } from './migrations.js';

export type ContactsDeps = Record<never, never>;

/** The citizen's e-mail and phone for notifications, verified by a code (under /api/services/my-data/contacts). */
export const contacts: Feature<ContactsDeps> = {
  name: 'contacts',
  migrations: CONTACTS_MIGRATIONS,
  register: () => {},
};
