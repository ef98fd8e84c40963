import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaughtMessages } from './inbox.js';
import { type DevMail, startDevMail } from './server.js';

let mail: DevMail;
let clock = new Date('2026-12-03T09:00:00Z');

beforeAll(async () => {
  mail = await startDevMail({ smtpPort: 0, webPort: 0, host: '127.0.0.1', now: () => clock });
});
afterAll(async () => {
  await mail.close();
});
beforeEach(async () => {
  await fetch(`${mail.webUrl}/api/messages`, { method: 'DELETE' });
});

const messages = async (): Promise<CaughtMessages> =>
  (await (await fetch(`${mail.webUrl}/api/messages`)).json()) as CaughtMessages;

async function sendEmail(fields: { to: string; subject: string; text: string; html?: string; cc?: string }) {
  const transport = createTransport(mail.smtpUrl);
  try {
    await transport.sendMail({ from: 'Portál občana <noreply@portal.gov.cz>', ...fields });
  } finally {
    transport.close();
  }
}

const sendSms = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(mail.smsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('startDevMail', () => {
  it('names its URLs by the real ports', () => {
    expect(mail.smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    expect(mail.webUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mail.smsUrl).toBe(`${mail.webUrl}/sms`);
    expect(mail.smtpUrl).not.toContain(mail.webUrl.split(':').at(-1));
  });

  it('catches e-mail over SMTP with Czech letters and lists it, newest first, with every recipient', async () => {
    await sendEmail({ to: 'jan.novak@example.cz', subject: 'Ověřovací kód', text: 'Váš kód je 123456.' });
    clock = new Date('2026-12-03T09:01:00Z');
    await sendEmail({
      to: 'eva@example.cz',
      cc: 'petr@example.cz',
      subject: 'Druhý',
      text: 'Žluťoučký kůň',
      html: '<p>Žluťoučký <b>kůň</b></p>',
    });
    const { emails, sms } = await messages();
    expect(sms).toEqual([]);
    expect(emails.map((email) => email.subject)).toEqual(['Druhý', 'Ověřovací kód']);
    expect(emails[1]).toMatchObject({
      to: 'jan.novak@example.cz',
      from: '"Portál občana" <noreply@portal.gov.cz>',
      html: null,
      date: '2026-12-03T09:00:00.000Z',
    });
    expect(emails[1]?.text.trim()).toBe('Váš kód je 123456.');
    expect(emails[0]).toMatchObject({ to: 'eva@example.cz, petr@example.cz', date: '2026-12-03T09:01:00.000Z' });
    expect(emails[0]?.html).toContain('<b>kůň</b>');

    // The HTML alternative is served sandboxed, apart from the inbox.
    const shown = await fetch(`${mail.webUrl}/emails/${emails[0]?.id}.html`);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-security-policy')).toMatch(/^sandbox;/);
    expect(await shown.text()).toContain('<b>kůň</b>');
    expect((await fetch(`${mail.webUrl}/emails/${emails[1]?.id}.html`)).status).toBe(404);
  });

  it('takes SMS as JSON {to, text}, keeps the idempotency key, and refuses bad ones naming the field', async () => {
    const first = await sendSms({ to: '+420 601 123 456', text: 'Kód 111111' }, { 'idempotency-key': 'k1' });
    expect(first.status).toBe(202);
    clock = new Date('2026-12-03T09:05:00Z');
    expect((await sendSms({ to: '+420 602 234 567', text: 'Kód 222222' })).status).toBe(202);

    const noNumber = await sendSms({ text: 'x' });
    expect(noNumber.status).toBe(400);
    expect(await noNumber.json()).toMatchObject({ error: 'validation', field: 'to' });
    const noText = await sendSms({ to: '+420 601 123 456', text: '' });
    expect(await noText.json()).toMatchObject({ error: 'validation', field: 'text' });
    expect((await sendSms({ to: '+420 601 123 456', text: 'x'.repeat(1601) })).status).toBe(400);
    const notJson = await fetch(mail.smsUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(notJson.status).toBe(415);
    const broken = await fetch(mail.smsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(broken.status).toBe(400);

    const { sms, emails } = await messages();
    expect(emails).toEqual([]);
    expect(sms.map(({ to, text, key, date }) => ({ to, text, key, date }))).toEqual([
      { to: '+420 602 234 567', text: 'Kód 222222', key: null, date: '2026-12-03T09:05:00.000Z' },
      { to: '+420 601 123 456', text: 'Kód 111111', key: 'k1', date: '2026-12-03T09:01:00.000Z' },
    ]);
  });

  it('forgets everything on DELETE /api/messages and on the page form', async () => {
    await sendSms({ to: '+420 601 123 456', text: 'a' });
    await sendEmail({ to: 'a@example.cz', subject: 'a', text: 'a' });
    expect((await fetch(`${mail.webUrl}/api/messages`, { method: 'DELETE' })).status).toBe(204);
    expect(await messages()).toEqual({ emails: [], sms: [] });

    await sendSms({ to: '+420 601 123 456', text: 'b' });
    const crossSite = await fetch(`${mail.webUrl}/clear`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect((await messages()).sms).toHaveLength(1);
    const cleared = await fetch(`${mail.webUrl}/clear?lang=en`, { method: 'POST', redirect: 'manual' });
    expect(cleared.status).toBe(303);
    expect(cleared.headers.get('location')).toBe('/?lang=en');
    expect((await messages()).sms).toHaveLength(0);
  });

  it('shows both kinds on the inbox page, escaped, in Czech or English, with nothing from outside', async () => {
    await sendEmail({ to: 'jan@example.cz', subject: '<script>alert(1)</script>', text: 'Kód 123456 & víc' });
    await sendSms({ to: '+420 601 123 456', text: 'SMS <b>kód</b> 654321' });

    const czech = await fetch(`${mail.webUrl}/`);
    expect(czech.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(czech.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await czech.text();
    expect(page).toContain('<html lang="cs">');
    expect(page).toContain('E-maily (1)');
    expect(page).toContain('SMS (1)');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>');
    expect(page).toContain('Kód 123456 &amp; víc');
    expect(page).toContain('SMS &lt;b&gt;kód&lt;/b&gt; 654321');
    expect(page).not.toMatch(/(src|href)="https?:/);

    const english = await (await fetch(`${mail.webUrl}/`, { headers: { 'accept-language': 'en-GB,en;q=0.8' } })).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('E-mails (1)');
    expect(english).toContain('Caught messages');
    expect(await (await fetch(`${mail.webUrl}/?lang=cs`, { headers: { 'accept-language': 'en' } })).text()).toContain(
      'Zachycené zprávy',
    );

    const css = await fetch(`${mail.webUrl}/dev-mail.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('joins a catcher already running on its ports when asked to, else fails on the taken port', async () => {
    const ports = {
      smtpPort: Number(new URL(mail.smtpUrl).port),
      webPort: Number(new URL(mail.webUrl).port),
      host: '127.0.0.1',
    };
    await expect(startDevMail(ports)).rejects.toMatchObject({ code: 'EADDRINUSE' });
    const second = await startDevMail({ ...ports, joinRunning: true });
    expect(second).toMatchObject({ shared: true, smtpUrl: mail.smtpUrl, webUrl: mail.webUrl, smsUrl: mail.smsUrl });
    expect(mail.shared).toBe(false);
    await second.close();
    // The first one still runs and takes what the second one's users send.
    expect((await sendSms({ to: '+420 601 123 456', text: 'přes druhý' })).status).toBe(202);
    expect((await messages()).sms.map((sms) => sms.text)).toEqual(['přes druhý']);
  });

  it('says when there is nothing yet, and answers unknown paths and methods', async () => {
    const page = await (await fetch(`${mail.webUrl}/?lang=en`)).text();
    expect(page).toContain('No e-mail has arrived yet.');
    expect(page).toContain('No SMS has arrived yet.');
    expect((await fetch(`${mail.webUrl}/nowhere`)).status).toBe(404);
    expect((await fetch(`${mail.webUrl}/api/messages`, { method: 'PUT' })).status).toBe(405);
    expect((await fetch(mail.smsUrl)).status).toBe(405);
  });
});
