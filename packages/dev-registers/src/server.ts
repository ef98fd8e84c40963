import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApiRefusal, READ_PURPOSES, REGISTER_ITEMS, REGISTERS, type RegisterId } from '@czp/contract';
import { createControls, MAX_DELAY_MS, REGISTER_MODES, type RegisterControls, type RegisterMode } from './control.js';
import {
  accessRecordsAnswer,
  agendasAnswer,
  DEFAULT_SEED,
  indexSeed,
  registerAnswer,
  type Seed,
  type SeedIndex,
  seedProblems,
} from './seed.js';

export interface DevRegistersOptions {
  /** port 0 = any free port (the returned url has the real one; tests use this). */
  port: number;
  /** Default 'localhost'. */
  host?: string;
  /** Default the bundled seed.json. Checked against the contract's schemas at start. */
  seed?: Seed;
  /** The clock relative dates of the seed are resolved against, at each read. Default: the real time. */
  now?: () => Date;
  /** Notable events (start, control changes). Default: console. */
  log?: (message: string, fields?: Record<string, unknown>) => void;
}

export interface DevRegisters {
  /** e.g. http://localhost:8091 (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

/** Bodies are a few fields; anything larger is a mistake. */
const MAX_BODY_BYTES = 16 * 1024;
const MAX_ID_LENGTH = 200;

/** A refusal the handler answers as `{ error, message, field? }` with its status. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
  body(): ApiRefusal {
    return this.field
      ? { error: this.code, message: this.message, field: this.field }
      : { error: this.code, message: this.message };
  }
}

const badRequest = (field: string, message: string) => new Refusal(400, 'bad-request', message, field);
const unknownPerson = (message: string) => new Refusal(404, 'unknown-person', message);

interface Context {
  seed: Seed;
  index: SeedIndex;
  controls: RegisterControls;
  now: () => Date;
  log: NonNullable<DevRegistersOptions['log']>;
}

/**
 * Starts the development register server: the state's register gateway as the service bus calls it (the
 * conversion authority, the registers, their records of outside reads, the register of rights and obligations),
 * plus development controls. Never run it in production.
 */
export async function startDevRegisters(options: DevRegistersOptions): Promise<DevRegisters> {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? (() => new Date());
  const problems = seedProblems(seed, now());
  if (problems.length > 0) throw new Error(`dev-registers: the seed is wrong:\n- ${problems.join('\n- ')}`);
  const context: Context = {
    seed,
    index: indexSeed(seed),
    controls: createControls(),
    now,
    log: options.log ?? defaultLog,
  };

  const server = createServer((req, res) => {
    void handle(req, res, context);
  });
  const host = options.host ?? 'localhost';
  await listen(server, options.port, host);
  const url = `http://${urlHost(host)}:${(server.address() as AddressInfo).port}`;
  context.log(`dev-registers: development register server listening at ${url} — never use it in production`);

  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Slow answers still waiting would hold close() open: end them first.
        context.controls.close();
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections (fetch keeps them) would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, context: Context): Promise<void> {
  // Ends a slow answer's wait when the caller gives up (a bus time-out), so no timer outlives its request.
  const caller = new AbortController();
  res.on('close', () => caller.abort());
  try {
    const url = new URL(req.url ?? '/', 'http://registers.invalid');
    const path = url.pathname.split('/').slice(1).map(decodeSegment);
    const answered = await route(req, res, url, path, context, caller.signal);
    if (!answered) throw new Refusal(404, 'not-found', `No such endpoint: ${req.method} ${url.pathname}`);
  } catch (error) {
    if (res.headersSent || res.destroyed) return;
    if (error instanceof Refusal) {
      for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
      sendJson(res, error.status, error.body());
      return;
    }
    context.log('dev-registers: request failed', { error: String(error) });
    sendJson(res, 500, { error: 'internal', message: 'The development register server failed; see its log.' });
  }
}

/** Answers the request when its path is one of the gateway's; false when no endpoint has that path. */
async function route(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  path: string[],
  context: Context,
  signal: AbortSignal,
): Promise<boolean> {
  const [first, second, third, fourth, ...rest] = path;
  if (first === 'conversion' && second === 'aifo' && third === undefined) {
    allow(req, 'POST');
    sendJson(res, 200, convert(await readJson(req), context));
    return true;
  }
  if (first === 'rpp' && second === 'agendas' && third === undefined) {
    allow(req, 'POST');
    const subject = requiredId(await readJson(req), 'subject', "the person's identifier from the identity provider");
    const person = context.index.bySubject(subject);
    if (!person) throw unknownPerson('The register of rights and obligations knows no person with this subject');
    sendJson(res, 200, agendasAnswer(context.seed, person));
    return true;
  }
  if (first === 'registers' && second !== undefined && third && rest.length === 0) {
    if (fourth === undefined) {
      allow(req, 'GET');
      await readRegister(req, res, url, knownRegister(second), third, context, signal);
      return true;
    }
    if (fourth === 'access-records') {
      allow(req, 'GET');
      const register = knownRegister(second);
      if (!(await gate(register, context, signal))) return abandon(res);
      const person = context.index.byAifo(register, third);
      if (!person) throw unknownPerson(`The ${register} register knows no person with this AIFO`);
      sendJson(res, 200, accessRecordsAnswer(person, register, context.now()));
      return true;
    }
    return false;
  }
  if (first === '_control') return control(req, res, path.slice(1), context);
  return false;
}

function convert(body: Record<string, unknown>, context: Context): { aifo: string } {
  const subject = requiredId(body, 'subject', "the person's identifier from the identity provider");
  const agenda = body.agenda;
  if (agenda === undefined)
    throw badRequest('agenda', 'agenda is required: the code of the agenda in the RPP, e.g. A121');
  if (typeof agenda !== 'string' || !/^A\d{1,5}$/.test(agenda)) {
    throw badRequest('agenda', 'agenda must be an agenda code of the RPP, e.g. A121');
  }
  if (!context.index.agendaCodes.includes(agenda)) {
    throw badRequest('agenda', `agenda ${agenda} has no register here; known: ${context.index.agendaCodes.join(', ')}`);
  }
  const aifo = context.index.bySubject(subject)?.aifo[agenda];
  if (!aifo) throw unknownPerson(`The conversion authority knows no person with this subject in agenda ${agenda}`);
  return { aifo };
}

async function readRegister(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  register: RegisterId,
  aifo: string,
  context: Context,
  signal: AbortSignal,
): Promise<void> {
  const items = askedItems(url, register);
  const reader = req.headers['x-reader'];
  if (typeof reader !== 'string' || reader.trim() === '' || reader.length > MAX_ID_LENGTH) {
    throw badRequest('x-reader', 'the x-reader header is required: who reads (a portal section or a service id)');
  }
  const purpose = req.headers['x-purpose'];
  if (typeof purpose !== 'string' || !Object.hasOwn(READ_PURPOSES, purpose)) {
    throw badRequest('x-purpose', `the x-purpose header must be one of ${Object.keys(READ_PURPOSES).join(', ')}`);
  }
  if (!(await gate(register, context, signal))) {
    abandon(res);
    return;
  }
  const person = context.index.byAifo(register, aifo);
  if (!person) throw unknownPerson(`The ${register} register knows no person with this AIFO`);
  sendJson(res, 200, registerAnswer(person, register, items, context.now()));
}

function askedItems(url: URL, register: RegisterId): string[] {
  const raw = url.searchParams.get('items');
  const known: readonly string[] = Object.keys(REGISTER_ITEMS[register]);
  if (raw === null || raw.trim() === '') {
    throw badRequest('items', `items is required: a comma-separated list of ${known.join(', ')}`);
  }
  const items = [...new Set(raw.split(',').map((item) => item.trim()))];
  const unknown = items.filter((item) => !known.includes(item));
  if (unknown.length > 0) {
    throw badRequest(
      'items',
      `unknown item ${unknown.join(', ')} of the ${register} register; known: ${known.join(', ')}`,
    );
  }
  return items;
}

/** The register's development mode: waits when it is slow, refuses when it fails. False: stop, nobody is waiting. */
async function gate(register: RegisterId, context: Context, signal: AbortSignal): Promise<boolean> {
  const { mode, delayMs } = context.controls.mode(register);
  if (mode === 'fail')
    throw new Refusal(503, 'unavailable', `The ${register} register is failing (development control)`);
  if (mode === 'slow') return context.controls.wait(delayMs, signal);
  return true;
}

/** The caller went away or the server is closing: drop the connection instead of answering. */
function abandon(res: ServerResponse): true {
  res.destroy();
  return true;
}

async function control(req: IncomingMessage, res: ServerResponse, path: string[], context: Context): Promise<boolean> {
  const { controls, log } = context;
  if (path.length === 0) {
    allow(req, 'GET', 'DELETE');
    if (req.method === 'DELETE') {
      controls.reset();
      log('dev-registers: every register answers normally again');
      res.writeHead(204).end();
    } else {
      sendJson(res, 200, { registers: controls.modes() });
    }
    return true;
  }
  const [kind, name, ...rest] = path;
  if (kind !== 'registers' || name === undefined || rest.length > 0) return false;
  allow(req, 'PUT');
  const register = knownRegister(name);
  const body = await readJson(req);
  const mode = body.mode;
  if (typeof mode !== 'string' || !(REGISTER_MODES as readonly string[]).includes(mode)) {
    throw badRequest('mode', `mode is required: one of ${REGISTER_MODES.join(', ')}`);
  }
  const delayMs = body.delayMs;
  if (
    delayMs !== undefined &&
    (!Number.isInteger(delayMs) || (delayMs as number) < 0 || (delayMs as number) > MAX_DELAY_MS)
  ) {
    throw badRequest('delayMs', `delayMs must be whole milliseconds from 0 to ${MAX_DELAY_MS}`);
  }
  controls.set(register, mode as RegisterMode, delayMs as number | undefined);
  log(
    `dev-registers: the ${register} register is now ${mode}`,
    mode === 'slow' ? { delayMs: controls.mode(register).delayMs } : undefined,
  );
  res.writeHead(204).end();
  return true;
}

function knownRegister(name: string): RegisterId {
  if (!(REGISTERS as readonly string[]).includes(name)) {
    throw new Refusal(404, 'unknown-register', `No register ${name}; known: ${REGISTERS.join(', ')}`);
  }
  return name as RegisterId;
}

function requiredId(body: Record<string, unknown>, field: string, what: string): string {
  const value = body[field];
  if (value === undefined || value === null || value === '') throw badRequest(field, `${field} is required: ${what}`);
  if (typeof value !== 'string' || value.length > MAX_ID_LENGTH) {
    throw badRequest(field, `${field} must be a string of at most ${MAX_ID_LENGTH} characters`);
  }
  return value;
}

/** Refuses any other method (405 with Allow). */
function allow(req: IncomingMessage, ...methods: string[]): void {
  if (!methods.includes(req.method ?? '')) {
    throw new Refusal(405, 'method-not-allowed', `Use ${methods.join(' or ')}`, undefined, {
      Allow: methods.join(', '),
    });
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Refusal(413, 'too-large', 'The request body is too large');
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw badRequest('body', 'The request body must be JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest('body', 'The request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new Refusal(400, 'bad-request', 'The path is not valid percent-encoding', 'path');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...(status === 503 ? { 'Retry-After': '1' } : {}),
  });
  res.end(text);
}

/** The host for the url: a wildcard address is reached as localhost, an IPv6 literal in brackets. */
function urlHost(host: string): string {
  if (host === '' || host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function defaultLog(message: string, fields?: Record<string, unknown>): void {
  if (fields) console.info(message, fields);
  else console.info(message);
}
