import {
  type ReadPurpose,
  type RegisterAnswer,
  type RegisterData,
  type RegisterId,
  type RegisterItem,
  SERVICE_REGISTERS_PATH,
  type ServiceApiClient,
} from '@czp/contract';
import { useEffect, useState } from 'react';
import { useHost } from './host-context.js';

/**
 * A remote's reads of the citizen's register data. They go through the portal's service bus
 * (GET /api/services/<id>/registers/<register>), which lets a service read only the categories its czp.service.json
 * declares in `dataReads`, only once the citizen has added the service, and logs every read in "who used my data".
 */

/** Why a read gave no data: the HTTP status (0 when the portal was not reached), the refusal's code and its message. */
export interface RegisterReadProblem {
  status: number;
  /**
   * The contract's refusal code (REGISTER_REFUSALS: `service-not-added`, `undeclared-read`, `consent-required`,
   * `register-unavailable`, …), another error code of the portal, or `network` / `invalid-answer` from here.
   */
  error: string;
  /** The portal's English message, for logs; the citizen's text comes from `error`. */
  message: string;
}

export type RegisterReadResult<R extends RegisterId> =
  | { ok: true; data: RegisterData[R]; readAt: string }
  | ({ ok: false } & RegisterReadProblem);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The path below the service's API: items stay comma-separated, as the bus documents them. */
function readPath(register: RegisterId, items: readonly string[], purpose: ReadPurpose): string {
  const list = items.map(encodeURIComponent).join(',');
  return `${SERVICE_REGISTERS_PATH}/${encodeURIComponent(register)}?items=${list}&purpose=${encodeURIComponent(purpose)}`;
}

/**
 * Reads `items` of one register for `purpose`. Never throws for a refusal, an outage or a malformed answer: each is
 * `{ ok: false }` with what the portal said. An aborted read (`signal`) rejects with the abort, as fetch does.
 *
 * The answer is checked only for its shape (an object for that register): the bus validated the data against the
 * contract's schema before it left the portal, and the SDK stays zod-free (a shared singleton, in every page).
 */
export async function readRegister<R extends RegisterId>(
  api: ServiceApiClient,
  register: R,
  items: readonly RegisterItem<R>[],
  purpose: ReadPurpose,
  init: { signal?: AbortSignal } = {},
): Promise<RegisterReadResult<R>> {
  let response: Response;
  try {
    response = await api.get(readPath(register, items, purpose), init.signal ? { signal: init.signal } : undefined);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    return { ok: false, status: 0, error: 'network', message: error instanceof Error ? error.message : String(error) };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const refusal = isObject(body) ? body : {};
    return {
      ok: false,
      status: response.status,
      error: typeof refusal.error === 'string' ? refusal.error : `http-${response.status}`,
      message: typeof refusal.message === 'string' ? refusal.message : response.statusText,
    };
  }
  if (!isObject(body) || body.register !== register || !isObject(body.data) || typeof body.readAt !== 'string') {
    return {
      ok: false,
      status: response.status,
      error: 'invalid-answer',
      message: `The portal's answer is not the ${register} register's data`,
    };
  }
  const answer = body as unknown as RegisterAnswer<R>;
  return { ok: true, data: answer.data, readAt: answer.readAt };
}

/**
 * Where a read stands. `refused`: the portal said no (4xx, e.g. 403 `service-not-added`: the citizen has not added
 * the service); `failed`: it could not read now (5xx such as 503 `register-unavailable`, no connection, a malformed
 * answer): worth a retry.
 */
export type RegisterReadState<R extends RegisterId> =
  | { state: 'loading' }
  | { state: 'ready'; data: RegisterData[R]; readAt: string }
  | ({ state: 'refused' | 'failed' } & RegisterReadProblem);

/** The refusal the portal gives a service the citizen has not added, known to the shell before asking. */
const NOT_ADDED: RegisterReadProblem = {
  status: 403,
  error: 'service-not-added',
  message: 'The citizen has not added this service: it may read no register data.',
};

/**
 * Reads `items` of `register` when the component mounts (and again when the register, the items or the purpose
 * change, or on `retry()`): each read is one row in the citizen's access log, so a re-render never reads again.
 */
export function useRegisterRead<R extends RegisterId>(
  register: R,
  items: readonly RegisterItem<R>[],
  purpose: ReadPurpose,
): RegisterReadState<R> & { retry(): void } {
  const host = useHost();
  const { api } = host;
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<RegisterReadState<R>>({ state: 'loading' });
  // The items as a value: a caller's inline array is new on every render.
  const itemList = items.join(',');

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger; `itemList` stands for `items`.
  useEffect(() => {
    // The shell knows the citizen has not added the service: the portal would refuse the read, so it is not made
    // (no refused request, no console error), and the remote shows the same refusal it would have got.
    if (host.isServiceAdded?.() === false) {
      setState({ state: 'refused', ...NOT_ADDED });
      return;
    }
    const controller = new AbortController();
    setState({ state: 'loading' });
    readRegister(api, register, (itemList ? itemList.split(',') : []) as RegisterItem<R>[], purpose, {
      signal: controller.signal,
    }).then(
      (result) => {
        if (controller.signal.aborted) return;
        if (result.ok) setState({ state: 'ready', data: result.data, readAt: result.readAt });
        else {
          const { ok: _, ...problem } = result;
          const failed = result.status === 0 || result.status >= 500 || result.error === 'invalid-answer';
          setState({ state: failed ? 'failed' : 'refused', ...problem });
        }
      },
      () => {
        // Aborted: unmounted, or a newer read replaced this one.
      },
    );
    return () => controller.abort();
  }, [host, api, register, itemList, purpose, attempt]);

  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
