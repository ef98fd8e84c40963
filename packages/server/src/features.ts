import { auth } from './auth/feature.js';
import type { AuthRouteDeps } from './auth/routes.js';
import { type CalendarDeps, calendar } from './calendar/feature.js';
import { type CatalogueDeps, catalogue } from './catalogue/feature.js';
import { type ContactsDeps, contacts } from './contacts/feature.js';
import { dataBox } from './data-box/feature.js';
import type { DataBoxRouteDeps } from './data-box/routes.js';
import type { Database } from './db/database.js';
import { migrate as applyMigrations, inReleaseOrder, type Migration } from './db/migrations.js';
import type { Feature } from './feature.js';
import { jobsMigrations } from './jobs/migrations.js';
import { type MyDataDeps, myData } from './my-data/feature.js';
import { myServices } from './my-services/feature.js';
import type { MyServicesRouteDeps } from './my-services/routes.js';
import { type NotificationsDeps, notifications } from './notifications/feature.js';
import { type PreviewDeps, preview } from './preview/feature.js';
import { type RegistersDeps, registers } from './registers/feature.js';
import { type SubmissionsDeps, submissions } from './submissions/feature.js';

/** What the wiring gives every feature: the union of what each declares. */
export type FeatureDeps = CatalogueDeps &
  AuthRouteDeps &
  MyServicesRouteDeps &
  DataBoxRouteDeps &
  RegistersDeps &
  ContactsDeps &
  MyDataDeps &
  PreviewDeps &
  SubmissionsDeps &
  NotificationsDeps &
  CalendarDeps;

/** The server's features, registered in this order. A new feature is a folder and one line here. */
export const FEATURES: readonly Feature<FeatureDeps>[] = [
  catalogue,
  auth,
  myServices,
  dataBox,
  // The service bus before the sections that read through it.
  registers,
  contacts,
  myData,
  preview,
  submissions,
  notifications,
  calendar,
];

/** Every feature's migrations, and the job queue's table every feature enqueues into, as one sequence by id. */
export const MIGRATIONS: readonly Migration[] = inReleaseOrder(
  jobsMigrations,
  ...FEATURES.map((feature) => feature.migrations),
);

/** Brings a database up to the portal's schema (or applies the given migrations). Returns the ids applied. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  return applyMigrations(db, migrations);
}
