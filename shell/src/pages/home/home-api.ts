import {
  type BoxSummary,
  type DocumentList,
  MY_DATA_API_PREFIX,
  SUBMISSIONS_API,
  type SubmissionList,
  type SubmissionState,
} from '@czp/contract';
import { createContext, useContext, useMemo } from 'react';
import { PortalApi } from '../../api/api-client.js';
import { usePortal } from '../../state/use-store.js';

/** The part of the portal API the overview reads with (tests give one over msw). */
export type HomeTransport = Pick<PortalApi, 'get'>;

/** States after which nothing more happens: the overview lists only the others. */
const FINAL_STATES: ReadonlySet<SubmissionState> = new Set(['decided-granted', 'decided-refused', 'withdrawn']);

/** A block's answer, or why not: the block shows its own failure, never the page's. */
async function json<T>(response: Promise<Response>, valid: (body: unknown) => body is T): Promise<T> {
  const answer = await response;
  if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
  const body: unknown = await answer.json();
  if (!valid(body)) throw new Error('unexpected answer');
  return body;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The overview's reads: the data box's summary, the documents (a logged register read), the submissions. */
function homeClient(transport: HomeTransport) {
  return {
    /** `{ exists: false }` for a citizen without a box: the portal answers that rather than refusing. */
    box: () =>
      json(
        transport.get('/api/services/data-box/box'),
        (body): body is BoxSummary =>
          isObject(body) && (body.exists === false || (body.exists === true && typeof body.unread === 'number')),
      ),
    documents: () =>
      json(
        transport.get(`${MY_DATA_API_PREFIX}/documents`),
        (body): body is DocumentList =>
          isObject(body) && Array.isArray(body.documents) && Array.isArray(body.unavailable),
      ),
    /** The submissions not yet decided or withdrawn, newest first (as the server lists them). */
    submissionsInProgress: async () => {
      const list = await json(
        transport.get(SUBMISSIONS_API),
        (body): body is SubmissionList => isObject(body) && Array.isArray(body.submissions),
      );
      return list.submissions.filter((submission) => !FINAL_STATES.has(submission.state));
    },
  };
}

export type HomeClient = ReturnType<typeof homeClient>;

/** Tests put a transport over msw here; without one the page's own portal API is used. */
export const HomeTransportContext = createContext<HomeTransport | null>(null);

export function useHomeClient(): HomeClient {
  const transport = useContext(HomeTransportContext);
  const csrfToken = usePortal((s) => s.csrfToken);
  return useMemo(() => homeClient(transport ?? new PortalApi(csrfToken || null)), [transport, csrfToken]);
}
