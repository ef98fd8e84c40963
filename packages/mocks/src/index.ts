export { catalogueHandlers, catalogueOutageHandlers, portalApiHandlers } from './handlers.js';
export { sampleCatalogue, sampleEntry } from './sample-catalogue.js';
