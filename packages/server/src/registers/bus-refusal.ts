import { BusRefusal } from '@czp/service-bus';
import { Refusal } from '../http/refusal.js';

/**
 * The server's Refusal for the bus's: same status, code (REGISTER_REFUSALS, or unknown-item naming the field `items`)
 * and message. Anything else is passed on as it is. For every route that reads through `app.serviceBus`:
 * `catch (error) { throw refusalOfBus(error) }`.
 */
export function refusalOfBus(error: unknown): unknown {
  if (!(error instanceof BusRefusal)) return error;
  return new Refusal(error.status, error.code, error.message, error.code === 'unknown-item' ? 'items' : undefined);
}
