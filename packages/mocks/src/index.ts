export { calendarHandlers } from './calendar.js';
export { catalogueHandlers, catalogueOutageHandlers, portalApiHandlers } from './handlers.js';
export { janNovakAccessLog, myDataHandlers } from './my-data.js';
export { sampleCatalogue, sampleEntry } from './sample-catalogue.js';
export { janNovakSubmissions, submissionsHandlers } from './submissions.js';
