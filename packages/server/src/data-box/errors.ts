/** A refusal the API turns into `{ error, message, field? }` with its status. */
export class DataBoxError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const NO_DATA_BOX_MESSAGE =
  'You have no data box. You can set one up at a Czech POINT office or online at mojedatovaschranka.cz';

export const notFound = (what = 'message') =>
  new DataBoxError(404, 'not-found', `There is no such ${what} in your data box. It may have been deleted.`);
