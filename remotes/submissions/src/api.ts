import {
  type ApiRefusal,
  type LocalizedText,
  SUBMISSION_STATES,
  type SubmissionList,
  type SubmissionState,
  type SubmissionSummary,
} from '@czp/contract';
import type { ServiceApiClient } from '@czp/remote-sdk';

/**
 * PODÁNÍ's API as this remote calls it: the citizen's submissions below /api/services/submissions/submissions (the
 * host's client adds /api/services/submissions; the server's section routes answer as /api/submissions does). The
 * shapes are the contract's; small guards check the answers' outline instead of zod, which stays off the browser.
 */

/** A refusal of the server with its HTTP status (0 when the server was not reached). */
export interface ApiError extends ApiRefusal {
  status: number;
}

export type Result<T> = { ok: true; data: T } | { ok: false; problem: ApiError };

export type Guard<T> = (value: unknown) => value is T;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
export const isString = (value: unknown): value is string => typeof value === 'string';
export const isArrayOf = <T>(value: unknown, guard: Guard<T>): value is T[] =>
  Array.isArray(value) && value.every(guard);
export const isText = (value: unknown): value is LocalizedText =>
  isObject(value) && isString(value.cs) && isString(value.en);

export const isState = (value: unknown): value is SubmissionState =>
  (SUBMISSION_STATES as readonly unknown[]).includes(value);

export const isSummary = (value: unknown): value is SubmissionSummary =>
  isObject(value) &&
  isString(value.id) &&
  isString(value.reference) &&
  isString(value.serviceId) &&
  isText(value.serviceName) &&
  isText(value.typeName) &&
  isState(value.state) &&
  isString(value.submittedAt);

const isList: Guard<SubmissionList> = (value): value is SubmissionList =>
  isObject(value) && isArrayOf(value.submissions, isSummary);

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

export async function toResult<T>(request: Promise<Response>, guard: Guard<T>): Promise<Result<T>> {
  let response: Response;
  try {
    response = await request;
  } catch {
    return { ok: false, problem: { status: 0, error: 'network', message: '' } };
  }
  const body = await readJson(response);
  if (!response.ok) {
    const problem: ApiError = { status: response.status, error: 'unknown', message: '' };
    if (isObject(body)) {
      if (isString(body.error)) problem.error = body.error;
      if (isString(body.message)) problem.message = body.message;
      if (isString(body.field)) problem.field = body.field;
    }
    return { ok: false, problem };
  }
  if (!guard(body)) return { ok: false, problem: { status: response.status, error: 'unexpected', message: '' } };
  return { ok: true, data: body };
}

/** The list's filters (GET /submissions?service&state). */
export interface ListQuery {
  service?: string;
  state?: SubmissionState;
}

/** The filters as a query string, empty ones left out, in a fixed order (the address and the request alike). */
export function listSearch(query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.service) params.set('service', query.service);
  if (query.state) params.set('state', query.state);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export const ROOT = '/submissions';

/** Typed calls of PODÁNÍ's list (the first view; the detail's are in detail-api.ts, loaded with it). */
export function submissionsApi(api: ServiceApiClient) {
  return {
    list: (query: ListQuery) => toResult(api.get(`${ROOT}${listSearch(query)}`), isList),
  };
}

export type SubmissionsApi = ReturnType<typeof submissionsApi>;
