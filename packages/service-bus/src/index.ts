/** The service bus: checked, logged, resilient and validated reads of a citizen's register data. */
export { createServiceBus } from './bus.js';
export { BusRefusal, InvalidAnswerError, REFUSAL_STATUS, type RefusalStatus, UnknownPersonError } from './errors.js';
export { GatewayError, type HttpGateway, type HttpGatewayOptions, httpGateway } from './http-gateway.js';
export { RESILIENCE_DEFAULTS } from './resilience.js';
export type * from './types.js';
