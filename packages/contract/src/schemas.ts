/** The zod schemas alone: a browser bundle can load these lazily, apart from the constants. */
export { catalogueEntrySchema, catalogueSchema, integrityEntrySchema } from './catalogue.js';
export { localeSchema, localizedTextSchema } from './localized.js';
export { hostStateSchema, signedInPersonSchema } from './remote-props.js';
export {
  issuerSchema,
  semverSchema,
  serviceCategorySchema,
  serviceIdSchema,
  serviceMetadataSchema,
  supportContactSchema,
} from './service.js';
export { sessionViewSchema } from './session-schema.js';
