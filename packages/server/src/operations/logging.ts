import type { FastifyServerOptions } from 'fastify';

/**
 * The server's logger: JSON lines (one object per event, with the request id as `reqId`) in production and whenever
 * the output is not a terminal, so log collectors parse them; pretty-printed through pino-pretty for a developer
 * at a terminal.
 */
export function loggerOptions(
  env: Record<string, string | undefined> = process.env,
  isTerminal: boolean = process.stdout.isTTY === true,
): FastifyServerOptions['logger'] {
  const level = env.LOG_LEVEL ?? 'info';
  const pretty = env.NODE_ENV !== 'production' && isTerminal && env.CZP_LOG_FORMAT !== 'json';
  if (!pretty) return { level };
  return {
    level,
    transport: {
      target: 'pino-pretty',
      options: { translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname', singleLine: false },
    },
  };
}
