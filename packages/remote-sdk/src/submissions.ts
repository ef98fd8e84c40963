import {
  SERVICE_SUBMISSIONS_PATH,
  type ServiceApiClient,
  SUBMISSION_STATES,
  type SubmissionDetail,
  type SubmissionState,
} from '@czp/contract';

/**
 * A remote's one call to submit an application its czp.service.json declares (`submissions`): POST
 * /api/services/<id>/submissions. The portal checks the data against the declared JSON Schema again whatever the
 * remote checked, stores it with a reference number and delivers it to the issuer's data box; PODÁNÍ shows it.
 */

export interface SubmitOptions {
  /** Files the type allows (`attachments` of its declaration): sent as they are, checked by their content. */
  attachments?: readonly File[];
  /**
   * Make one when the form opens (e.g. `crypto.randomUUID()`) and send the same again on a retry: the portal then
   * answers with the first submission instead of making a second one (`replayed: true`).
   */
  idempotencyKey?: string;
}

/** Why a submission was not made: the HTTP status (0 when the portal was not reached), its code and its message. */
export interface SubmitProblem {
  status: number;
  /** `validation`, `unknown-submission-type`, `attachment-type`, `no-data-box`, `consent-required`, … or `network` / `invalid-answer`. */
  error: string;
  /**
   * What it is about: the JSON Pointer of the form's value (`/dog/name`, `/` for the whole form) when the data did not
   * match the schema, else a request field (`type`, `data`, `attachments`).
   */
  field?: string;
  /** The portal's English message, for logs; the citizen's text comes from `error` and `field`. */
  message: string;
}

export type SubmitResult =
  | { ok: true; submission: SubmissionDetail; replayed: boolean }
  | ({ ok: false } & SubmitProblem);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shape of a submission, checked without zod (the SDK is a shared singleton in every page). */
function isSubmission(value: unknown): value is SubmissionDetail {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.reference === 'string' &&
    SUBMISSION_STATES.includes(value.state as SubmissionState) &&
    Array.isArray(value.history)
  );
}

/**
 * Submits `data` as a submission of `type`. Never throws for a refusal, an outage or a malformed answer: each is
 * `{ ok: false }` with what the portal said, `field` naming the value to show the error next to.
 */
export async function submit(
  api: ServiceApiClient,
  type: string,
  data: Record<string, unknown>,
  options: SubmitOptions = {},
): Promise<SubmitResult> {
  const form = new FormData();
  form.append('type', type);
  form.append('data', JSON.stringify(data));
  if (options.idempotencyKey) form.append('idempotencyKey', options.idempotencyKey);
  for (const file of options.attachments ?? []) form.append('attachments', file, file.name);

  let response: Response;
  try {
    response = await api.send('POST', SERVICE_SUBMISSIONS_PATH, form);
  } catch (error) {
    return { ok: false, status: 0, error: 'network', message: error instanceof Error ? error.message : String(error) };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const refusal = isObject(body) ? body : {};
    return {
      ok: false,
      status: response.status,
      error: typeof refusal.error === 'string' ? refusal.error : `http-${response.status}`,
      ...(typeof refusal.field === 'string' ? { field: refusal.field } : {}),
      message: typeof refusal.message === 'string' ? refusal.message : response.statusText,
    };
  }
  if (!isSubmission(body)) {
    return {
      ok: false,
      status: response.status,
      error: 'invalid-answer',
      message: 'The portal’s answer is not a submission',
    };
  }
  return { ok: true, submission: body, replayed: response.headers.get('Idempotent-Replayed') === 'true' };
}
