import { HttpResponse, http } from 'msw';
import { LIMITS } from '../report.js';

/** The service's id: its API is /api/services/<id>/ on the portal, and nothing else of the portal's. */
export const serviceId = '__CZP_SERVICE_ID__';

/** The reports the mock API received, newest last (tests read them; `czp dev` shows them in the console). */
export const receivedReports: unknown[] = [];

let lastNumber = 0;

/** A refused field: answered 400 with its name. */
class Refusal extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function text(body: Record<string, unknown>, field: string, max: number, required: boolean): string | null {
  const value = body[field];
  if (value === null || value === undefined || value === '') {
    if (required) throw new Refusal(field, `${field} is required`);
    return null;
  }
  if (typeof value !== 'string' || value.length > max)
    throw new Refusal(field, `${field} must be text of at most ${max} characters`);
  return value;
}

/**
 * The service's own API as msw handlers, answering as the real one should: 201 with a receipt, 400 naming the field.
 * `*` matches any origin, so the same handlers serve the tests (Node) and `czp dev` (the browser).
 */
export const handlers = [
  http.post(`*/api/services/${serviceId}/faults`, async ({ request }) => {
    const body: unknown = await request.json().catch(() => null);
    if (typeof body !== 'object' || body === null) {
      return HttpResponse.json({ error: 'invalid-body', message: 'Send the report as a JSON object' }, { status: 400 });
    }
    try {
      const report = {
        place: text(body as Record<string, unknown>, 'place', LIMITS.place, true),
        description: text(body as Record<string, unknown>, 'description', LIMITS.description, true),
        email: text(body as Record<string, unknown>, 'email', LIMITS.email, false),
      };
      receivedReports.push(report);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      return HttpResponse.json({ error: 'invalid-field', field: error.field, message: error.message }, { status: 400 });
    }
    lastNumber += 1;
    const id = `Z-${new Date().getFullYear()}-${String(lastNumber).padStart(4, '0')}`;
    return HttpResponse.json({ id, receivedAt: new Date().toISOString() }, { status: 201 });
  }),
];

/** The API down: for the test (and the `czp dev` switch) of what the citizen sees then. */
export const outageHandlers = [
  http.post(`*/api/services/${serviceId}/faults`, () =>
    HttpResponse.json({ error: 'unavailable', message: 'The service is unavailable' }, { status: 503 }),
  ),
];
