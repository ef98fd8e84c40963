import { describe, expect, it } from 'vitest';
import { loggerOptions } from './logging.js';

describe('loggerOptions', () => {
  it('pretty-prints for a developer at a terminal', () => {
    expect(loggerOptions({}, true)).toMatchObject({ level: 'info', transport: { target: 'pino-pretty' } });
  });

  it('writes JSON in production, when not at a terminal, or when asked to', () => {
    expect(loggerOptions({ NODE_ENV: 'production', LOG_LEVEL: 'warn' }, true)).toEqual({ level: 'warn' });
    expect(loggerOptions({}, false)).toEqual({ level: 'info' });
    expect(loggerOptions({ CZP_LOG_FORMAT: 'json' }, true)).toEqual({ level: 'info' });
  });
});
