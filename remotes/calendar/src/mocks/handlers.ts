import { calendarHandlers } from '@czp/mocks';
import { HttpResponse, http } from 'msw';

/**
 * The API as `czp dev` and `czp check` answer it in the portal emulator (`handlers`, and `outageHandlers` for its
 * "API down" switch): Jan Novák's December 2026 from @czp/mocks.
 */
export const handlers = calendarHandlers();

/** Every call of KALENDÁŘ's API failing as an outage of the portal would (503). */
export const outageHandlers = [
  http.all('*/api/services/calendar/*', () =>
    HttpResponse.json({ error: 'unavailable', message: 'The portal is not available.' }, { status: 503 }),
  ),
];
