import { describe, expect, it } from 'vitest';
import { loggingEmailChannel, loggingSmsGateway } from './log-sinks.js';

describe('logging sinks', () => {
  it('write what would have been sent to the log', async () => {
    const lines: { object: object; message: string }[] = [];
    const logger = { info: (object: object, message: string) => void lines.push({ object, message }) };
    await loggingEmailChannel(logger).send({ to: 'jan@example.cz', subject: 'Kód', text: 'Kód 123456' });
    await loggingSmsGateway(logger).send({ to: '+420 601 123 456', text: 'Kód 654321' });
    expect(lines).toEqual([
      {
        object: { channel: 'email', to: 'jan@example.cz', subject: 'Kód', text: 'Kód 123456' },
        message: 'e-mail (log sink)',
      },
      { object: { channel: 'sms', to: '+420 601 123 456', text: 'Kód 654321' }, message: 'SMS (log sink)' },
    ]);
  });
});
