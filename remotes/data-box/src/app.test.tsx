import { controlMessage, type Locale } from '@czp/contract';
import { createTestHost, TestRemote } from '@czp/remote-sdk/testing';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message } from './api.js';
import { DataBox } from './app.js';

const BASE = '/services/data-box';
const MESSAGE_ID = '11111111-1111-4111-8111-111111111111';
const person = { id: 'p-1', name: 'Jana Nováková', levelOfAssurance: 'substantial' as const };

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const party = (boxId: string, cs: string, en = cs) => ({ boxId, name: { cs, en } });

function message(overrides: Partial<Message> = {}): Message {
  return {
    id: MESSAGE_ID,
    conversationId: 'c0000000-0000-4000-8000-000000000000',
    folder: 'inbox',
    direction: 'received',
    status: 'delivered',
    sender: party('telc001', 'Město Telč', 'Town of Telč'),
    recipient: party('me00001', 'Jana Nováková'),
    subject: 'Rozhodnutí o poplatku',
    date: '2026-11-20T09:30:00.000Z',
    readAt: null,
    unread: false,
    attachments: [],
    ...overrides,
  };
}

type Routes = Record<string, (url: URL) => Response | Promise<Response>>;

/** A fake of the data box API: answers by path (without the query), 404 otherwise; records every call. */
function fakeApi(routes: Routes) {
  const calls: string[] = [];
  const get = vi.fn(async (path: string) => {
    calls.push(path);
    const url = new URL(path, 'http://portal.test');
    const handler = routes[url.pathname];
    return handler ? handler(url) : json({ error: 'not-found', message: 'Not here' }, 404);
  });
  const send = vi.fn(async (_method: string, _path: string, _body?: unknown) => json({}, 500));
  return { get, send, calls };
}

const baseRoutes = (extra: Routes = {}): Routes => ({
  '/box': () => json({ exists: true, id: 'me00001', quotaBytes: 524_288_000, usedBytes: 1_321_206, unread: 2 }),
  '/storage': () => json({ usedBytes: 1_321_206, quotaBytes: 524_288_000 }),
  '/unread-count': () => json({ count: 2, unread: 2 }),
  '/recipients': () =>
    json({
      recipients: [
        { id: 'mvcr', name: { cs: 'Ministerstvo vnitra', en: 'Ministry of the Interior' }, kind: 'ministry' },
        {
          id: 'ministerstvo-spravedlnosti',
          name: { cs: 'Ministerstvo spravedlnosti', en: 'Ministry of Justice' },
          kind: 'ministry',
        },
        { id: 'telc001', name: { cs: 'Město Telč', en: 'Town of Telč' }, kind: 'municipality' },
      ],
    }),
  ...extra,
});

function renderAt(path: string, api: ReturnType<typeof fakeApi>, locale: Locale = 'cs') {
  window.history.pushState(null, '', `${BASE}${path}`);
  const host = createTestHost({ serviceId: 'data-box', locale, person, api: { get: api.get, send: api.send } });
  const setBadge = vi.fn();
  host.props.host.setBadge = setBadge;
  const view = render(
    <TestRemote host={host}>
      <DataBox />
    </TestRemote>,
  );
  return { ...view, host, setBadge };
}

/** Text with the non-breaking spaces of Czech number formatting made plain. */
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s/g, ' ');

const errorOf = (field: HTMLElement) =>
  text(
    document.getElementById(
      (field.getAttribute('aria-describedby') ?? '').split(' ').find((id) => id.endsWith('-error')) ?? '',
    ),
  );

function file(name: string, size: number, type = 'application/pdf') {
  const result = new File(['%PDF'], name, { type });
  Object.defineProperty(result, 'size', { value: size });
  return result;
}

afterEach(() => {
  cleanup();
  window.history.pushState(null, '', '/');
});

describe('mailbox', () => {
  const page = (pageNumber: number) =>
    json({
      folder: 'inbox',
      page: pageNumber,
      pageSize: 2,
      total: 3,
      messages:
        pageNumber === 1
          ? [
              message({ id: 'a', subject: 'Nová výzva', unread: true, attachments: [] }),
              message({
                id: 'b',
                subject: 'Stará zpráva',
                attachments: [
                  { position: 0, name: 'a.pdf', size: 10, mediaType: 'application/pdf' },
                  { position: 1, name: 'b.pdf', size: 10, mediaType: 'application/pdf' },
                ],
              }),
            ]
          : [message({ id: 'c', subject: 'Třetí zpráva' })],
    });

  it('lists messages, marks unread ones not by colour alone, pages and sets the badge', async () => {
    const api = fakeApi(baseRoutes({ '/messages': (url) => page(Number(url.searchParams.get('page'))) }));
    const { setBadge } = renderAt('', api);

    await screen.findByText('Stará zpráva');
    const unread = screen.getByRole('link', { name: /^Nová výzva/ });
    expect(unread.textContent).toBe('Nová výzva (nepřečtená)');
    expect(unread.querySelector('strong')?.textContent).toBe('Nová výzva');
    expect(unread.getAttribute('href')).toBe(`${BASE}/message/a`);
    const read = screen.getByRole('link', { name: 'Stará zpráva' });
    expect(read.querySelector('strong')).toBeNull();
    expect(screen.getByText('2 přílohy')).toBeTruthy();
    expect(api.calls).toContain('/messages?folder=inbox&page=1');

    await waitFor(() => expect(setBadge).toHaveBeenCalledWith(2));
    const folders = screen.getByRole('navigation', { name: 'Složky' });
    expect(text(within(folders).getByRole('link', { current: 'page' }))).toContain('Doručené');
    expect(text(folders)).toContain('2 nepřečtené');

    const pagination = screen.getByRole('navigation', { name: 'Stránkování' });
    expect(text(pagination)).toContain('Stránka 1 z 2');
    expect((within(pagination).getByRole('button', { name: 'Předchozí' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(pagination).getByRole('button', { name: 'Další' }));
    expect(await screen.findByRole('link', { name: 'Třetí zpráva' })).toBeTruthy();
    expect(api.calls).toContain('/messages?folder=inbox&page=2');
    expect(text(screen.getByRole('navigation', { name: 'Stránkování' }))).toContain('Stránka 2 z 2');
  });

  it('searches within the folder', async () => {
    const api = fakeApi(baseRoutes({ '/messages': (url) => page(Number(url.searchParams.get('page'))) }));
    renderAt('/sent', api);
    await screen.findByRole('link', { name: 'Stará zpráva' });
    const search = screen.getByRole('search');
    fireEvent.change(within(search).getByLabelText('Hledat ve zprávách'), { target: { value: 'poplatek' } });
    fireEvent.click(within(search).getByRole('button', { name: 'Hledat' }));
    await waitFor(() => expect(api.calls).toContain('/messages?folder=sent&page=1&q=poplatek'));
  });

  it('shows the storage meter in Czech and English', async () => {
    const api = fakeApi(baseRoutes({ '/messages': () => page(1) }));
    const { host } = renderAt('', api);
    expect(text(await screen.findByText(/^Využito/))).toBe('Využito 1,26 MB (0,3 %) z 500 MB');
    const meter = document.querySelector('meter');
    expect(meter?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(text(document.getElementById(meter?.getAttribute('aria-labelledby') ?? ''))).toBe('Využití úložiště');
    act(() => host.state.setState({ locale: 'en' }));
    expect(text(screen.getByText(/of 500 MB used$/))).toBe('1.26 MB (0.3%) of 500 MB used');
    expect(screen.getByRole('link', { name: /Received/ })).toBeTruthy();
    expect(screen.queryByText(/almost full/)).toBeNull();
  });

  it('warns in words when the storage is nearly full', async () => {
    const api = fakeApi(
      baseRoutes({
        '/messages': () => page(1),
        '/storage': () => json({ usedBytes: 498_073_600, quotaBytes: 524_288_000 }),
      }),
    );
    renderAt('', api);
    expect(text(await screen.findByText(/^Využito/))).toBe('Využito 475 MB (95 %) z 500 MB');
    const warning = screen.getByText(/^Schránka je téměř plná/);
    expect(document.querySelector('meter')?.getAttribute('aria-describedby')).toContain(warning.id);
  });

  it('sets the badge from the contract’s count', async () => {
    const api = fakeApi(
      baseRoutes({ '/messages': () => page(1), '/unread-count': () => json({ count: 7, unread: 7 }) }),
    );
    const { setBadge } = renderAt('/inbox', api);
    await waitFor(() => expect(setBadge).toHaveBeenCalledWith(7));
  });
});

describe('no data box', () => {
  it('explains with the server message and shows no mailbox', async () => {
    const api = fakeApi({
      '/box': () =>
        json(
          { error: 'no-data-box', message: 'You have no data box. You can set one up at a Czech POINT office' },
          403,
        ),
    });
    renderAt('', api);
    expect(await screen.findByRole('heading', { name: 'Nemáte datovou schránku' })).toBeTruthy();
    expect(screen.getByText(/You have no data box/)).toBeTruthy();
    expect(screen.queryByRole('search')).toBeNull();
    expect(api.calls.some((call) => call.startsWith('/messages'))).toBe(false);
  });

  it('explains when the box does not exist', async () => {
    renderAt('', fakeApi({ '/box': () => json({ exists: false }) }));
    expect(await screen.findByRole('heading', { name: 'Nemáte datovou schránku' })).toBeTruthy();
  });
});

describe('reading a message', () => {
  it('shows the body as text, the attachments and the conversation, and updates the badge', async () => {
    const body = 'Dobrý den,\n<script>alert("x")</script>\n<b>tučně</b>';
    const full = message({
      body,
      attachments: [{ position: 0, name: 'rozhodnutí.pdf', size: 1_321_206, mediaType: 'application/pdf' }],
    });
    const api = fakeApi(
      baseRoutes({
        [`/messages/${MESSAGE_ID}`]: () => json(full),
        [`/conversations/${full.conversationId}`]: () =>
          json({
            id: full.conversationId,
            messages: [
              message({ id: 'first', folder: 'sent', direction: 'sent', subject: 'Žádost o prominutí' }),
              full,
            ],
          }),
        '/unread-count': () => json({ count: 1, unread: 1 }),
      }),
    );
    const { setBadge } = renderAt(`/message/${MESSAGE_ID}`, api);

    expect(await screen.findByRole('heading', { level: 2, name: 'Rozhodnutí o poplatku' })).toBeTruthy();
    const article = screen.getByRole('article', { name: 'Rozhodnutí o poplatku' });
    expect(text(article.querySelector('dl'))).toContain('OdMěsto TelčKomuJana Nováková');
    const shown = article.querySelector('.czp-message-view__body');
    expect(shown?.textContent).toBe(body);
    expect(shown?.querySelector('script')).toBeNull();
    expect(shown?.querySelector('b')).toBeNull();
    expect(document.querySelector('.data-box script')).toBeNull();

    const link = screen.getByRole('link', { name: 'rozhodnutí.pdf' });
    expect(link.getAttribute('href')).toBe(`/api/services/data-box/attachments/${MESSAGE_ID}/0`);
    expect(link.hasAttribute('download')).toBe(true);
    expect(text(link.parentElement)).toContain('application/pdf, 1,26 MB');

    expect(await screen.findByRole('link', { name: 'Žádost o prominutí' })).toBeTruthy();
    const thread = screen.getByRole('list', { name: 'Konverzace' });
    expect(within(thread).getByRole('link', { current: true }).textContent).toBe('Rozhodnutí o poplatku');
    await waitFor(() => expect(setBadge).toHaveBeenCalledWith(1));
    expect(screen.getByRole('link', { name: 'Odpovědět' }).getAttribute('href')).toBe(
      `${BASE}/compose?reply=${MESSAGE_ID}`,
    );
  });

  it('prefills a reply with the same recipient and Re: subject', async () => {
    const api = fakeApi(baseRoutes({ [`/messages/${MESSAGE_ID}`]: () => json(message({ body: 'x' })) }));
    renderAt(`/compose?reply=${MESSAGE_ID}`, api);
    await waitFor(() =>
      expect((screen.getByLabelText('Předmět') as HTMLInputElement).value).toBe('Re: Rozhodnutí o poplatku'),
    );
    await waitFor(() => expect((screen.getByLabelText('Adresát') as HTMLSelectElement).value).toBe('telc001'));
  });

  it('sends a reply with the id of the message it answers', async () => {
    const api = fakeApi(baseRoutes({ [`/messages/${MESSAGE_ID}`]: () => json(message({ body: 'x' })) }));
    api.send.mockImplementation(async () => json(message({ folder: 'sent', direction: 'sent' }), 201));
    renderAt(`/compose?reply=${MESSAGE_ID}`, api);
    await waitFor(() => expect((screen.getByLabelText('Adresát') as HTMLSelectElement).value).toBe('telc001'));
    fireEvent.click(screen.getByRole('button', { name: 'Odeslat' }));
    await waitFor(() => expect(api.send).toHaveBeenCalledTimes(1));
    const [, , sent] = api.send.mock.calls[0] ?? [];
    expect((sent as FormData).get('replyTo')).toBe(MESSAGE_ID);
  });

  it('offers no Reply on an automatic message, and says so in either language', async () => {
    const receipt = message({ subject: 'Potvrzení o doručení: Dotaz', body: 'Neodpovídejte.', automatic: true });
    for (const [locale, note] of [
      ['cs', 'Zpráva byla odeslána automaticky, nelze na ni odpovědět.'],
      ['en', 'This message was sent automatically and cannot be replied to.'],
    ] as const) {
      const api = fakeApi(baseRoutes({ [`/messages/${MESSAGE_ID}`]: () => json(receipt) }));
      renderAt(`/message/${MESSAGE_ID}`, api, locale);
      expect(await screen.findByText(new RegExp(note.replace('.', '\\.')))).toBeTruthy();
      expect(screen.queryByRole('link', { name: /Odpovědět|Reply/ })).toBeNull();
      cleanup();
    }
    // A read message that is not automatic keeps its Reply.
    const api = fakeApi(baseRoutes({ [`/messages/${MESSAGE_ID}`]: () => json(message({ automatic: false })) }));
    renderAt(`/message/${MESSAGE_ID}`, api);
    expect(await screen.findByRole('link', { name: 'Odpovědět' })).toBeTruthy();
  });

  it('does not make a reply of an automatic message opened at compose?reply=', async () => {
    const api = fakeApi(baseRoutes({ [`/messages/${MESSAGE_ID}`]: () => json(message({ automatic: true })) }));
    renderAt(`/compose?reply=${MESSAGE_ID}`, api);
    expect(await screen.findByText(/Na automaticky odeslanou zprávu nelze odpovědět/)).toBeTruthy();
    expect((screen.getByLabelText('Předmět') as HTMLInputElement).value).toBe('');
  });
});

describe('writing a message', () => {
  const fillIn = async () => {
    const recipient = (await screen.findByRole('option', { name: 'Město Telč' })).closest('select') as HTMLElement;
    fireEvent.change(recipient, { target: { value: 'telc001' } });
    fireEvent.change(screen.getByLabelText('Předmět'), { target: { value: 'Žádost' } });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Prosím o prominutí poplatku.' } });
  };
  const choose = (files: File[]) => fireEvent.change(screen.getByLabelText('Přílohy'), { target: { files } });

  it('groups the recipients and shows missing recipient and subject next to the fields', async () => {
    const api = fakeApi(baseRoutes());
    renderAt('/compose', api);
    const select = await screen.findByLabelText('Adresát');
    await screen.findByRole('option', { name: 'Město Telč' });
    // Municipalities, then ministries, each under its heading.
    expect(select.querySelector('option')?.textContent).toBe('Vyberte adresáta');
    expect(
      Array.from(select.querySelectorAll('optgroup')).map((group) => [
        group.label,
        Array.from(group.querySelectorAll('option')).map((option) => option.textContent),
      ]),
    ).toEqual([
      ['Obce a města', ['Město Telč']],
      ['Ministerstva', ['Ministerstvo spravedlnosti', 'Ministerstvo vnitra']],
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Odeslat' }));
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(select)).toBe('Vyberte adresáta.');
    const subject = screen.getByLabelText('Předmět');
    expect(errorOf(subject)).toBe('Vyplňte předmět.');
    expect(api.send).not.toHaveBeenCalled();

    // The error summary takes focus; its links lead to the fields.
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { level: 3, name: 'Formulář obsahuje chyby' })).toBeTruthy();
    expect(summary.parentElement).toBe(document.activeElement);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Vyberte adresáta.', 'Vyplňte předmět.']);
    fireEvent.click(links[1] as HTMLElement);
    expect(document.activeElement).toBe(subject);
  });

  it('checks the number and size of files before sending', async () => {
    const api = fakeApi(baseRoutes());
    renderAt('/compose', api);
    await fillIn();
    const input = screen.getByLabelText('Přílohy');
    choose(Array.from({ length: 11 }, (_, i) => file(`f${i}.pdf`, 100)));
    expect(errorOf(input)).toBe('Připojit lze nejvýše 10 souborů.');
    fireEvent.click(screen.getByRole('button', { name: 'Odebrat f10.pdf' }));
    expect(errorOf(input)).toBe('');

    cleanup();
    renderAt('/compose', api);
    await fillIn();
    choose([file('velky.pdf', 11 * 1024 * 1024)]);
    expect(errorOf(screen.getByLabelText('Přílohy'))).toBe('Soubor velky.pdf je větší než 10 MB.');
    fireEvent.click(screen.getByRole('button', { name: 'Odeslat' }));
    expect(api.send).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Odebrat velky.pdf' }));
    expect(errorOf(screen.getByLabelText('Přílohy'))).toBe('');

    cleanup();
    renderAt('/compose', api);
    await fillIn();
    choose([file('a.pdf', 9 * 1024 * 1024), file('b.pdf', 9 * 1024 * 1024), file('c.pdf', 3 * 1024 * 1024)]);
    expect(errorOf(screen.getByLabelText('Přílohy'))).toBe('Přílohy mají dohromady více než 20 MB.');
    expect(text(screen.getByText(/^a\.pdf/))).toBe('a.pdf (9 MB)');
  });

  it('tells how to ask the Ministry of Justice for a criminal record extract, and fills the subject in one click', async () => {
    for (const [locale, hint, use] of [
      ['cs', 'napište do předmětu „Výpis z rejstříku trestů“', 'Požádat o výpis'],
      ['en', 'write “Výpis z rejstříku trestů” in the subject', 'Request the extract'],
    ] as const) {
      renderAt('/compose', fakeApi(baseRoutes()), locale);
      const select = (
        await screen.findByRole('option', { name: /Ministerstvo spravedlnosti|Ministry of Justice/ })
      ).closest('select') as HTMLElement;
      expect(screen.queryByText(new RegExp(hint))).toBeNull();
      fireEvent.change(select, { target: { value: 'telc001' } });
      expect(screen.queryByText(new RegExp(hint))).toBeNull();
      fireEvent.change(select, { target: { value: 'ministerstvo-spravedlnosti' } });
      expect(screen.getByText(new RegExp(hint))).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: use }));
      expect((screen.getByLabelText(/Předmět|Subject/) as HTMLInputElement).value).toBe('Výpis z rejstříku trestů');
      expect(screen.queryByRole('button', { name: use })).toBeNull();
      cleanup();
    }
  });

  it('sends a FormData with the fields and files, then goes to Sent', async () => {
    const api = fakeApi(baseRoutes());
    api.send.mockImplementation(async () => json(message({ folder: 'sent', direction: 'sent' }), 201));
    const { host } = renderAt('/compose', api);
    await fillIn();
    const pdf = file('zadost.pdf', 2048);
    choose([pdf]);
    fireEvent.click(screen.getByRole('button', { name: 'Odeslat' }));

    await waitFor(() => expect(api.send).toHaveBeenCalledTimes(1));
    const [method, path, body] = api.send.mock.calls[0] ?? [];
    expect(method).toBe('POST');
    expect(path).toBe('/messages');
    expect(body).toBeInstanceOf(FormData);
    const form = body as FormData;
    expect(form.get('recipient')).toBe('telc001');
    expect(form.get('subject')).toBe('Žádost');
    expect(form.get('body')).toBe('Prosím o prominutí poplatku.');
    expect(form.get('draft')).toBe('false');
    expect(String(form.get('idempotencyKey'))).toMatch(/^[0-9a-f-]{36}$/);
    expect(form.get('replyTo')).toBeNull();
    const sentFiles = form.getAll('attachments');
    expect(sentFiles).toHaveLength(1);
    expect((sentFiles[0] as File).name).toBe('zadost.pdf');
    await waitFor(() => expect(host.navigations).toEqual([`${BASE}/sent`]));
  });

  it('keeps the idempotency key for a retry and saves a draft', async () => {
    const api = fakeApi(baseRoutes());
    api.send.mockImplementationOnce(async () => json({ error: 'unavailable', message: 'Try again later' }, 503));
    api.send.mockImplementationOnce(async () => json(message({ folder: 'drafts', status: 'draft' }), 201));
    const { host } = renderAt('/compose', api);
    await fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Uložit koncept' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(text(screen.getByRole('alert'))).toBe('Zprávu se nepodařilo odeslat: Try again later');
    fireEvent.click(screen.getByRole('button', { name: 'Uložit koncept' }));
    await waitFor(() => expect(host.navigations).toEqual([`${BASE}/drafts`]));
    const keys = api.send.mock.calls.map((call) => (call[2] as FormData).get('idempotencyKey'));
    expect(keys[0]).toBe(keys[1]);
    expect((api.send.mock.calls[1]?.[2] as FormData | undefined)?.get('draft')).toBe('true');
  });

  it('shows a 413 quota error next to the attachments and keeps what was typed', async () => {
    const api = fakeApi(baseRoutes());
    api.send.mockImplementation(async () =>
      json({ error: 'quota-exceeded', message: 'Your data box is full: 500 MB used.' }, 413),
    );
    renderAt('/compose', api);
    await fillIn();
    choose([file('zadost.pdf', 2048)]);
    fireEvent.click(screen.getByRole('button', { name: 'Odeslat' }));
    const input = screen.getByLabelText('Přílohy');
    await waitFor(() => expect(errorOf(input)).toBe('Your data box is full: 500 MB used.'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('Předmět') as HTMLInputElement).value).toBe('Žádost');
    expect((screen.getByLabelText('Text') as HTMLTextAreaElement).value).toBe('Prosím o prominutí poplatku.');
    expect((screen.getByLabelText('Adresát') as HTMLSelectElement).value).toBe('telc001');
    expect(screen.getByText(/^zadost\.pdf/)).toBeTruthy();
  });

  it('shows a server field error next to the field', async () => {
    const api = fakeApi(baseRoutes());
    api.send.mockImplementation(async () =>
      json({ error: 'validation', message: 'Choose a recipient from the list', field: 'recipient' }, 400),
    );
    renderAt('/compose', api);
    await fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Odeslat' }));
    await waitFor(() => expect(errorOf(screen.getByLabelText('Adresát'))).toBe('Choose a recipient from the list'));
  });

  it('says in the page language that a subject has control characters, or shows only invisible ones', async () => {
    for (const [locale, control, empty] of [
      ['cs', 'Text obsahuje řídicí nebo poškozené znaky', 'Vyplňte předmět.'],
      ['en', 'The text contains control or broken characters', 'Write a subject.'],
    ] as const) {
      const api = fakeApi(baseRoutes());
      renderAt('/compose', api, locale);
      const subject = locale === 'cs' ? 'Předmět' : 'Subject';
      const send = locale === 'cs' ? 'Odeslat' : 'Send';
      await screen.findAllByRole('option');
      fireEvent.change(screen.getByLabelText(subject), { target: { value: 'Žádost\u0000' } });
      fireEvent.click(screen.getByRole('button', { name: send }));
      await waitFor(() => expect(errorOf(screen.getByLabelText(subject))).toMatch(control));
      fireEvent.change(screen.getByLabelText(subject), { target: { value: '\u200B\u200B' } });
      fireEvent.click(screen.getByRole('button', { name: send }));
      await waitFor(() => expect(errorOf(screen.getByLabelText(subject))).toBe(empty));
      expect(api.send).not.toHaveBeenCalled();
      cleanup();
    }
  });

  it("shows the server's refusal of control characters in Czech next to the field", async () => {
    const api = fakeApi(baseRoutes());
    api.send.mockImplementation(async () =>
      json({ error: 'validation', message: controlMessage('body'), field: 'body' }, 400),
    );
    renderAt('/compose', api);
    await fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Odeslat' }));
    await waitFor(() => expect(errorOf(screen.getByLabelText('Text'))).toMatch(/^Text obsahuje řídicí/));
  });

  it('edits, sends and deletes a draft', async () => {
    const draftId = '22222222-2222-4222-8222-222222222222';
    const draft = message({
      id: draftId,
      folder: 'drafts',
      direction: 'sent',
      status: 'draft',
      sender: party('me00001', 'Jana Nováková'),
      recipient: party('mvcr001', 'Ministerstvo vnitra', 'Ministry of the Interior'),
      subject: 'Rozepsané',
      body: 'Text konceptu',
      attachments: [{ position: 0, name: 'stary.pdf', size: 100, mediaType: 'application/pdf' }],
    });
    const api = fakeApi(baseRoutes({ [`/messages/${draftId}`]: () => json(draft) }));
    api.send.mockImplementation(async (method) =>
      method === 'DELETE' ? new Response(null, { status: 204 }) : json(draft),
    );
    const { host } = renderAt(`/drafts/${draftId}`, api);
    await waitFor(() => expect((screen.getByLabelText('Text') as HTMLTextAreaElement).value).toBe('Text konceptu'));
    await waitFor(() => expect((screen.getByLabelText('Adresát') as HTMLSelectElement).value).toBe('mvcr001'));
    fireEvent.click(screen.getByRole('button', { name: 'Odeslat' }));
    await waitFor(() => expect(host.navigations).toEqual([`${BASE}/sent`]));
    expect(api.send.mock.calls.map((call) => `${call[0]} ${call[1]}`)).toEqual([
      `PUT /drafts/${draftId}`,
      `POST /drafts/${draftId}/send`,
    ]);
    expect((api.send.mock.calls[0]?.[2] as FormData | undefined)?.get('keepAttachments')).toBe('0');

    fireEvent.click(screen.getByRole('button', { name: 'Smazat koncept' }));
    await waitFor(() => expect(api.send.mock.calls.at(-1)?.slice(0, 2)).toEqual(['DELETE', `/drafts/${draftId}`]));
  });
});

describe('notification settings', () => {
  it('loads, validates next to the fields and saves', async () => {
    const api = fakeApi(
      baseRoutes({
        '/notifications': () => json({ email: 'jana@example.cz', phone: null, channels: ['portal', 'email'] }),
      }),
    );
    api.send.mockImplementation(async (_method, _path, body) => json(body));
    renderAt('/settings', api);
    const email = (await screen.findByLabelText('E-mailová adresa')) as HTMLInputElement;
    expect(email.value).toBe('jana@example.cz');
    expect((screen.getByLabelText('E-mailem') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Na portálu (vždy zapnuto)') as HTMLInputElement).disabled).toBe(true);

    fireEvent.click(screen.getByLabelText('SMS zprávou'));
    fireEvent.click(screen.getByRole('button', { name: 'Uložit' }));
    const phone = screen.getByLabelText('Mobilní telefon');
    expect(errorOf(phone)).toBe('Zadejte české mobilní číslo, například +420 601 123 456.');
    expect(api.send).not.toHaveBeenCalled();

    fireEvent.change(phone, { target: { value: '+420 601 123 456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uložit' }));
    await waitFor(() => expect(text(screen.getByRole('status'))).toBe('Nastavení bylo uloženo.'));
    expect(api.send).toHaveBeenCalledWith('PUT', '/notifications', {
      email: 'jana@example.cz',
      phone: '+420 601 123 456',
      channels: ['portal', 'email', 'sms'],
    });
  });
});
