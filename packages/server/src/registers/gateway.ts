import type { ServiceBusOptions } from '@czp/service-bus';

/** What the bus stands on outside the portal: the registers, the conversion authority and the RPP (httpGateway's result). */
export type RegistersGateway = Pick<ServiceBusOptions, 'registers' | 'conversion' | 'agendas'>;
