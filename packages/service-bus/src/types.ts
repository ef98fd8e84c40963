/**
 * The service bus's public types: who reads, what a read asks, and the ports the bus stands on (the registers, the
 * conversion authority, the register of rights and obligations, and the access log). Adapters implement the register
 * ports (http-gateway.ts for the state's gateway and the bundled development register server); the server
 * implements the access log on its database.
 */
import type {
  AgendaRecord,
  DataCategory,
  LocalizedText,
  PortalReader,
  ReadPurpose,
  RegisterAccessRecord,
  RegisterData,
  RegisterId,
  RegisterItem,
} from '@czp/contract';

/** The person whose data is read, as the portal knows them (never sent to a register as such). */
export interface PersonRef {
  /** The portal's id of the person (persons.id): the access log's key. */
  id: string;
  /** The identifier the identity provider gave (NIA's pseudonym): the conversion authority's input. */
  subject: string;
}

/**
 * Who reads. A portal section may read every item; a service only the categories its active version declares in
 * `dataReads`, and only when the citizen consented (gave the portal consent and added the service).
 */
export type ReaderRef =
  | { kind: 'portal'; id: PortalReader }
  | { kind: 'service'; id: string; name: LocalizedText; declared: readonly DataCategory[]; consented: boolean };

export interface ReadRequest<R extends RegisterId = RegisterId> {
  person: PersonRef;
  reader: ReaderRef;
  register: R;
  /** At least one; unknown items are refused before anything is logged. */
  items: readonly RegisterItem<R>[];
  purpose: ReadPurpose;
}

/** Who asks a register and why: the gateway's `x-reader` (the reader's id) and `x-purpose` headers on a read. */
export interface ReadContext {
  reader: string;
  purpose: ReadPurpose;
}

/** One register behind the bus, by the person's own pseudonymous identifier in that register's agenda (AIFO). */
export interface RegisterPort<R extends RegisterId = RegisterId> {
  /** The items asked for; the answer is checked against the contract's schema by the bus, not trusted. */
  read(aifo: string, items: readonly RegisterItem<R>[], signal: AbortSignal, context?: ReadContext): Promise<unknown>;
  /** The register's own record of reads by authorities outside the portal. */
  accessRecords(aifo: string, signal: AbortSignal): Promise<unknown>;
}
export type RegisterPorts = { [R in RegisterId]: RegisterPort<R> };

/** The conversion authority (ORG): the person's identifier in one agenda, never the same in two. */
export interface ConversionPort {
  /** Rejects with UnknownPersonError when the authority does not know the subject. */
  aifo(subject: string, agenda: string, signal: AbortSignal): Promise<string>;
}

/** The register of rights and obligations (RPP): which agendas hold data about the person. */
export interface AgendasPort {
  agendas(subject: string, signal: AbortSignal): Promise<unknown>;
}

/** What the bus writes before a read (outcome pending) and after it. */
export interface AccessLogStart {
  personId: string;
  at: Date;
  reader: { kind: 'portal' | 'service'; id: string; name: LocalizedText };
  register: RegisterId;
  items: readonly string[];
  purpose: ReadPurpose;
}

/**
 * The access log (the server's table). `start` must have committed before the register is asked: when it throws,
 * the read is not made. `finish` records ok/failed; `refused` writes a refused read in one step.
 */
export interface AccessLogPort {
  start(entry: AccessLogStart): Promise<string>;
  finish(id: string, outcome: 'ok' | 'failed', at: Date): Promise<void>;
  refused(entry: AccessLogStart, refusal: RefusalCode): Promise<void>;
}

export type RefusalCode =
  | 'undeclared-read'
  | 'service-not-added'
  | 'consent-required'
  | 'register-unavailable'
  | 'access-log-unavailable'
  | 'unknown-item';

export interface ResilienceOptions {
  /** Per attempt. Default 2000 ms. */
  timeoutMs?: number;
  /** Retries after the first attempt, with a short backoff, on time-outs and failures (not on invalid answers). Default 1. */
  retries?: number;
  /** Consecutive failures that open a register's breaker. Default 5. */
  breakerThreshold?: number;
  /** How long an open breaker refuses before it lets one call through. Default 30 000 ms. */
  breakerHalfOpenAfterMs?: number;
}

export interface ServiceBusOptions {
  registers: RegisterPorts;
  conversion: ConversionPort;
  agendas: AgendasPort;
  log: AccessLogPort;
  now?: () => Date;
  resilience?: ResilienceOptions;
}

/** The bus. Every method rejects with BusRefusal (errors.ts) on a refusal, an unavailable register or an unlogged read. */
export interface ServiceBus {
  read<R extends RegisterId>(request: ReadRequest<R>): Promise<RegisterData[R]>;
  /** The register's records of outside reads (not a read of register data: not logged, but resilient and validated). */
  accessRecords(person: PersonRef, register: RegisterId): Promise<RegisterAccessRecord[]>;
  agendas(person: PersonRef): Promise<AgendaRecord[]>;
  /** Per register: 'closed' | 'open' | 'half-open' (for /metrics and tests). */
  breakerStates(): Record<RegisterId, 'closed' | 'open' | 'half-open'>;
}
