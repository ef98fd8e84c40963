/**
 * The ports over the register gateway's HTTP API (the state's gateway in production, the bundled development register
 * server otherwise): POST /conversion/aifo, GET /registers/:register/:aifo?items=…, GET …/access-records and
 * POST /rpp/agendas. The adapter only moves bytes: the bus validates what the registers answer, and owns the
 * time-out, retry and circuit breaker (the signal it passes aborts the request).
 */
import { REGISTERS, type RegisterId } from '@czp/contract';
import { conversionAnswerSchema } from '@czp/contract/api-schemas';
import { InvalidAnswerError, UnknownPersonError } from './errors.js';
import type { AgendasPort, ConversionPort, ReadContext, RegisterPort, RegisterPorts } from './types.js';

export interface HttpGateway {
  registers: RegisterPorts;
  conversion: ConversionPort;
  agendas: AgendasPort;
}

export interface HttpGatewayOptions {
  /** Defaults to the global fetch (tests and proxies pass their own). */
  fetch?: typeof fetch;
}

/** The gateway answered with a status other than 2xx, or not JSON. */
export class GatewayError extends Error {
  override readonly name = 'GatewayError';
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

export function httpGateway(baseUrl: string, options: HttpGatewayOptions = {}): HttpGateway {
  const base = baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;

  /** The JSON answer of a 2xx; `onNotFound` turns a 404 into the error the caller means by it. */
  async function call(
    method: 'GET' | 'POST',
    path: string,
    signal: AbortSignal,
    extra: { body?: unknown; headers?: Record<string, string>; onNotFound?: () => Error } = {},
  ): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json', ...extra.headers };
    if (extra.body !== undefined) headers['content-type'] = 'application/json';
    const response = await doFetch(`${base}${path}`, {
      method,
      headers,
      signal,
      ...(extra.body === undefined ? {} : { body: JSON.stringify(extra.body) }),
    });
    if (response.status === 404 && extra.onNotFound) {
      await response.body?.cancel();
      throw extra.onNotFound();
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new GatewayError(`${method} ${path.split('?')[0]} answered ${response.status}`, response.status);
    }
    try {
      return await response.json();
    } catch {
      throw new GatewayError(`${method} ${path.split('?')[0]} did not answer JSON`, response.status);
    }
  }

  function register<R extends RegisterId>(id: R): RegisterPort<R> {
    // The AIFO goes in the path, not in a log line: a path segment, encoded.
    const at = (aifo: string) => `/registers/${encodeURIComponent(id)}/${encodeURIComponent(aifo)}`;
    const notKnown = () => new UnknownPersonError(`register ${id} does not know the person`);
    return {
      read(aifo, items, signal, context?: ReadContext) {
        const query = new URLSearchParams({ items: items.join(',') });
        const headers: Record<string, string> =
          context === undefined ? {} : { 'x-reader': context.reader, 'x-purpose': context.purpose };
        return call('GET', `${at(aifo)}?${query}`, signal, { headers, onNotFound: notKnown });
      },
      accessRecords(aifo, signal) {
        return call('GET', `${at(aifo)}/access-records`, signal, { onNotFound: notKnown });
      },
    };
  }

  return {
    registers: Object.fromEntries(REGISTERS.map((id) => [id, register(id)])) as RegisterPorts,
    conversion: {
      async aifo(subject, agenda, signal) {
        const answer = await call('POST', '/conversion/aifo', signal, {
          body: { subject, agenda },
          onNotFound: () =>
            new UnknownPersonError(`the conversion authority does not know the person in agenda ${agenda}`),
        });
        const parsed = conversionAnswerSchema.safeParse(answer);
        if (!parsed.success) throw new InvalidAnswerError('POST /conversion/aifo answered no valid aifo');
        return parsed.data.aifo;
      },
    },
    agendas: {
      agendas: (subject, signal) => call('POST', '/rpp/agendas', signal, { body: { subject } }),
    },
  };
}
