import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAIL_FROM, smtpEmailChannel } from './email.js';
import { channelsFromEnvironment } from './environment.js';

/** A real SMTP server on a free port that parses what it receives, and refuses one recipient. */
let server: SMTPServer;
let port: number;
const received: { envelopeTo: string[]; mail: ParsedMail }[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === 'refused@example.cz') callback(new Error('550 no such mailbox'));
      else callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  received.length = 0;
});

describe('smtpEmailChannel', () => {
  it('delivers text and HTML with Czech letters intact, from the portal by default', async () => {
    const channel = smtpEmailChannel({ url: `smtp://127.0.0.1:${port}` });
    await channel.send({
      to: 'jan.novak@example.cz',
      subject: 'Ověřovací kód — Portál občana',
      text: 'Váš kód je 123456. Příliš žluťoučký kůň.',
      html: '<p>Váš kód je <strong>123456</strong>.</p>',
    });
    channel.close();
    expect(received).toHaveLength(1);
    const [{ envelopeTo, mail }] = received as [(typeof received)[number]];
    expect(envelopeTo).toEqual(['jan.novak@example.cz']);
    expect(mail.subject).toBe('Ověřovací kód — Portál občana');
    expect(mail.text?.trim()).toBe('Váš kód je 123456. Příliš žluťoučký kůň.');
    expect(mail.html).toContain('<strong>123456</strong>');
    expect(mail.from?.text).toBe(DEFAULT_MAIL_FROM.replace('Portál občana', '"Portál občana"'));
    expect(mail.from?.value[0]?.address).toBe('noreply@portal.gov.cz');
  });

  it('uses the configured sender and turns the key into a stable Message-ID', async () => {
    const channel = smtpEmailChannel({ url: `smtp://127.0.0.1:${port}`, from: 'Test <test@obec.cz>' });
    await channel.send({ to: 'eva@example.cz', subject: 'A', text: 'a', key: 'person-1:email:42' });
    await channel.send({ to: 'eva@example.cz', subject: 'A', text: 'a', key: 'person-1:email:42' });
    await channel.send({ to: 'eva@example.cz', subject: 'B', text: 'b', key: 'person-1:email:43' });
    channel.close();
    const ids = received.map((entry) => entry.mail.messageId);
    expect(ids[0]).toMatch(/^<[0-9a-f]{32}@obec\.cz>$/);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(received[0]?.mail.from?.value[0]?.address).toBe('test@obec.cz');
  });

  it('rejects when the server refuses the recipient, so the job is retried', async () => {
    const channel = smtpEmailChannel({ url: `smtp://127.0.0.1:${port}` });
    await expect(channel.send({ to: 'refused@example.cz', subject: 'x', text: 'x' })).rejects.toThrow(
      /no such mailbox/,
    );
    channel.close();
    expect(received).toHaveLength(0);
  });

  it('rejects when nothing listens', async () => {
    const channel = smtpEmailChannel({ url: 'smtp://127.0.0.1:1', timeoutMs: 2000 });
    await expect(channel.send({ to: 'a@example.cz', subject: 'x', text: 'x' })).rejects.toThrow();
    channel.close();
  });

  it('is configured by CZP_SMTP_URL and CZP_MAIL_FROM, absent without the URL', async () => {
    expect(channelsFromEnvironment({}).email).toBeUndefined();
    const { email } = channelsFromEnvironment({
      CZP_SMTP_URL: `smtp://127.0.0.1:${port}`,
      CZP_MAIL_FROM: 'Obec <obec@example.cz>',
    });
    await email?.send({ to: 'petr@example.cz', subject: 'Ahoj', text: 'Ahoj' });
    email?.close();
    expect(received.map((entry) => entry.mail.from?.value[0]?.address)).toEqual(['obec@example.cz']);
  });
});
