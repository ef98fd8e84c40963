import { Refusal } from '../http/refusal.js';

export const NO_DATA_BOX_MESSAGE =
  'You have no data box. You can set one up at a Czech POINT office or online at mojedatovaschranka.cz';

export const notFound = (what = 'message') =>
  new Refusal(404, 'not-found', `There is no such ${what} in your data box. It may have been deleted.`);
