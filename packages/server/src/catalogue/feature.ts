import type { Feature } from '../feature.js';
import { type FailureReportDeps, registerFailureReports } from './failure-reports.js';
import { CATALOGUE_MIGRATIONS } from './migrations.js';
import { registerDevelopmentTokens } from './publisher-api/development-tokens.js';
import { type PublisherRouteDeps, registerPublisherRoutes } from './publisher-api/routes.js';
import { registerServingRoutes } from './serving/routes.js';

export type CatalogueDeps = PublisherRouteDeps & FailureReportDeps;

/** Services and their remotes: publishing (API and local folders), the catalogue, remote files, failure reports. */
export const catalogue: Feature<CatalogueDeps> = {
  name: 'catalogue',
  migrations: CATALOGUE_MIGRATIONS,
  register(app, deps) {
    registerServingRoutes(app, deps);
    registerFailureReports(app, deps);
    registerPublisherRoutes(app, deps);
    registerDevelopmentTokens(app, deps); // development only: never registered in production
  },
};
