import { submissionsHandlers } from '@czp/mocks';
import { HttpResponse, http } from 'msw';

/**
 * The API as `czp dev` and `czp check` answer it in the portal emulator (packages/emulator: `handlers`, and
 * `outageHandlers` for its "API down" switch): Jan Novák's submissions from @czp/mocks.
 */
export const handlers = submissionsHandlers();

/** Every call of PODÁNÍ's API failing as an outage of the portal would (503). */
export function outage(origin = '') {
  return [
    http.all(`${origin}/api/services/submissions/*`, () =>
      HttpResponse.json({ error: 'unavailable', message: 'The portal is not available.' }, { status: 503 }),
    ),
  ];
}

export const outageHandlers = outage();
