import { janNovakSubmissions, submissionsHandlers } from '@czp/mocks';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import {
  errorOf,
  expectNoAxeViolations,
  mockOrigin,
  renderAt,
  requests,
  sentBodies,
  text,
  withMockServer,
} from './test/harness.js';

withMockServer();
afterEach(cleanup);

const [DOG, ALLOWANCE, FEE] = janNovakSubmissions().map((submission) => submission.id) as [string, string, string];
const API = `${mockOrigin}/api/services/submissions/submissions`;

/** The value of a fact (`dt` → `dd`) in a region. */
const fact = (region: HTMLElement, name: string) =>
  text([...region.querySelectorAll('dt')].find((dt) => text(dt) === name)?.nextElementSibling);

const historyRows = () =>
  within(screen.getByRole('table', { name: /^Změny stavu podání/ }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').concat(within(row).getAllByRole('rowheader')));

describe('the detail', () => {
  it('shows the summary, data, attachments, the history newest first and the conversation with links', async () => {
    const { container, host } = renderAt(`/${DOG}`, submissionsHandlers({ origin: mockOrigin }));
    await screen.findByRole('heading', { level: 2, name: 'Přihlášení psa' });
    expect(text(screen.getByText(/^Město Telč, číslo jednací/))).toBe('Město Telč, číslo jednací TEL-2026-000042');
    const summary = screen.getByRole('region', { name: 'Přehled' });
    expect(fact(summary, 'Úřad')).toBe('Město Telč');
    expect(fact(summary, 'Stav')).toBe('Čeká na doplnění');
    expect(fact(summary, 'Podáno')).toBe('28. listopadu 2026 v 8:15');
    const progress = within(summary).getByRole('list', { name: 'Průběh podání TEL-2026-000042' });
    expect(text(progress.querySelector('[aria-current="step"]'))).toContain('Doložte prosím očkování proti vzteklině.');
    expect(text(within(progress).getAllByRole('listitem').at(-1))).toContain('Rozhodnutí');

    const data = screen.getByRole('region', { name: 'Vyplněné údaje' });
    expect(fact(data, 'name')).toBe('Rex');
    expect(fact(data, 'age')).toBe('3');

    const files = screen.getByRole('region', { name: 'Přílohy' });
    const link = within(files).getByRole('link', { name: 'ockovaci-prukaz.pdf' });
    expect(link.getAttribute('href')).toBe(`/api/services/submissions/submissions/${DOG}/attachments/0`);
    expect(link.hasAttribute('download')).toBe(true);

    // Newest first: the authority's request on top, the submission at the bottom; each with time, who, note, files.
    const rows = within(screen.getByRole('table', { name: 'Změny stavu podání, od nejnovější' })).getAllByRole('row');
    const states = rows.slice(1).map((row) => text(within(row).getByRole('rowheader')));
    expect(states).toEqual(['Čeká na doplnění', 'Vyřizuje se', 'Přijato', 'Doručeno úřadu', 'Podáno']);
    const top = rows[1] as HTMLElement;
    expect(text(top)).toContain('30. 11. 2026');
    expect(text(top)).toContain('úřad');
    expect(text(top)).toContain('Doložte prosím očkování proti vzteklině.');
    expect(within(top).getByRole('link', { name: 'vyzva-k-doplneni.pdf' }).getAttribute('href')).toBe(
      `/api/services/submissions/submissions/${DOG}/attachments/1`,
    );

    const conversation = screen.getByRole('region', { name: 'Konverzace v datové schránce' });
    const messages = await within(conversation).findAllByRole('listitem');
    expect(messages).toHaveLength(4);
    const open = within(conversation).getByRole('link', { name: 'Otevřít konverzaci v datové schránce' });
    expect(open.getAttribute('href')).toMatch(/^\/services\/data-box\/message\/c0000000-1111-4000-8000-00000000/);
    expect(requests).toEqual([`GET /submissions/${DOG}`, `GET /submissions/${DOG}/conversation`]);
    // Needs information: the supplement is offered, withdrawal is not.
    expect(screen.getByRole('region', { name: 'Doplnit podání' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Vzít podání zpět' })).toBeNull();
    await expectNoAxeViolations(container);
    fireEvent.click(open);
    expect(host.navigations.at(-1)).toBe(open.getAttribute('href'));
  });

  it('speaks English', async () => {
    const { container } = renderAt(`/${FEE}`, submissionsHandlers({ origin: mockOrigin }), 'en');
    await screen.findByRole('heading', { level: 2, name: 'Local fee declaration' });
    const rows = within(screen.getByRole('table', { name: 'Changes of the submission’s state, newest first' }))
      .getAllByRole('row')
      .slice(1);
    expect(text(rows[0])).toContain('Decided: granted');
    expect(text(rows[0])).toContain('9 Oct 2026');
    expect(text(rows[0])).toContain('The declaration was recorded.');
    expect(screen.queryByRole('region', { name: 'Supplement the submission' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Withdraw the submission' })).toBeNull();
    await screen.findAllByRole('link', { name: /Ohlášení k místnímu poplatku/ });
    await expectNoAxeViolations(container);
  });

  it('says clearly when the submission is not found (another citizen’s id is 404 too)', async () => {
    const { container } = renderAt(
      '/00000000-0000-4000-8000-000000000000',
      submissionsHandlers({ origin: mockOrigin }),
    );
    await screen.findByRole('heading', { name: 'Podání nenalezeno' });
    expect(text(container)).toContain('Takové podání mezi vašimi není.');
    expect(screen.getByRole('link', { name: 'Zpět na všechna podání' }).getAttribute('href')).toBe(
      '/services/submissions',
    );
    await expectNoAxeViolations(container);
  });
});

describe('supplementing', () => {
  it('refuses an empty supplement next to the field without sending, then sends the note and files once', async () => {
    const received: { note: string; names: string[] }[] = [];
    renderAt(
      `/${DOG}`,
      submissionsHandlers({
        origin: mockOrigin,
        onSupplement: (_id, fields) => received.push({ note: fields.note, names: fields.files.map((f) => f.name) }),
      }),
    );
    const note = await screen.findByLabelText(/^Co doplňujete/);
    const send = screen.getByRole('button', { name: 'Odeslat doplnění' });
    fireEvent.click(send);
    expect(errorOf(note)).toBe('Napište, co doplňujete, nebo přiložte soubor.');
    expect(text(screen.getByRole('alert'))).toContain('Formulář obsahuje chyby');
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([]);

    fireEvent.change(note, { target: { value: 'Posílám potvrzení o očkování.' } });
    const file = new File(['%PDF-1.4'], 'ockovani.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText(/^Soubory k doplnění/), { target: { files: [file] } });
    fireEvent.click(send);
    // Disabled while it goes: a second click sends nothing more.
    expect((send as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(send);

    expect(text(await screen.findByText(/jsme odeslali úřadu/))).toBe(
      'Doplnění podání TEL-2026-000042 jsme odeslali úřadu.',
    );
    expect(received).toEqual([{ note: 'Posílám potvrzení o očkování.', names: ['ockovani.pdf'] }]);
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([`POST /submissions/${DOG}/supplement`]);
    const body = sentBodies[0] as FormData;
    expect(body.get('note')).toBe('Posílám potvrzení o očkování.');
    // Loaded again: supplemented, the form gone, the new change on top of the history.
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Doplnit podání' })).toBeNull());
    expect(fact(screen.getByRole('region', { name: 'Přehled' }), 'Stav')).toBe('Doplněno');
    const top = historyRows()[0];
    expect(text(top?.at(-1))).toBe('Doplněno');
  });

  it('says its errors in English too, and is axe-clean with them shown', async () => {
    const { container } = renderAt(`/${DOG}`, submissionsHandlers({ origin: mockOrigin }), 'en');
    const note = await screen.findByLabelText(/^What you add/);
    fireEvent.click(screen.getByRole('button', { name: 'Send the supplement' }));
    expect(errorOf(note)).toBe('Write what you add, or attach a file.');
    const form = screen.getByRole('region', { name: 'Supplement the submission' });
    expect(within(form).getByText('Please send proof of the rabies vaccination.')).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('shows the server’s 400 next to the field it names', async () => {
    renderAt(
      `/${DOG}`,
      submissionsHandlers({
        origin: mockOrigin,
        supplementRefusal: {
          status: 400,
          error: 'attachment-type',
          message: '"skript.pdf" is an executable',
          field: 'attachments',
        },
      }),
    );
    await screen.findByLabelText(/^Co doplňujete/);
    const picker = screen.getByLabelText(/^Soubory k doplnění/);
    fireEvent.change(picker, {
      target: { files: [new File(['MZ'], 'skript.pdf', { type: 'application/pdf' })] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Odeslat doplnění' }));
    await waitFor(() => expect(errorOf(picker)).toBe('Tento druh souboru úřad nepřijímá: skript.pdf'));
    expect(screen.getByRole('region', { name: 'Doplnit podání' })).toBeTruthy();
  });

  it('shows a 409 (the submission moved on) with its state now, and loads it again', async () => {
    const moved = janNovakSubmissions();
    const handlers = submissionsHandlers({ origin: mockOrigin, submissions: moved });
    renderAt(`/${DOG}`, [
      http.post(`${API}/:id/supplement`, () =>
        HttpResponse.json(
          {
            error: 'illegal-transition',
            message: 'The submission TEL-2026-000042 is decided-refused; it cannot become supplemented from there.',
            field: 'status',
          },
          { status: 409 },
        ),
      ),
      http.get(`${API}/:id`, ({ params }) => {
        const detail = moved.find((s) => s.id === params.id);
        if (requests.filter((r) => r === `GET /submissions/${DOG}`).length < 2 || !detail)
          return HttpResponse.json(detail);
        return HttpResponse.json({
          ...detail,
          state: 'decided-refused',
          updatedAt: '2026-12-01T08:00:00.000Z',
          actions: { withdraw: false, supplement: false },
        });
      }),
      ...handlers,
    ]);
    fireEvent.change(await screen.findByLabelText(/^Co doplňujete/), { target: { value: 'Posílám.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Odeslat doplnění' }));
    expect(text(await screen.findByRole('alert'))).toBe(
      'Podání je teď ve stavu „Rozhodnuto: zamítnuto“, a to už nejde. Zobrazili jsme jeho aktuální stav.',
    );
    expect(screen.queryByRole('region', { name: 'Doplnit podání' })).toBeNull();
  });
});

describe('withdrawing', () => {
  it('asks in the design system’s dialog, cancels, then withdraws once and shows the new state', async () => {
    const withdrawn: (string | undefined)[] = [];
    renderAt(
      `/${ALLOWANCE}`,
      submissionsHandlers({ origin: mockOrigin, onWithdraw: (_id, note) => withdrawn.push(note) }),
    );
    const button = await screen.findByRole('button', { name: 'Vzít podání zpět' });
    fireEvent.change(screen.getByLabelText(/^Důvod/), { target: { value: 'Dítě bude v jeslích.' } });
    fireEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Opravdu vzít podání zpět?' });
    expect(text(dialog)).toContain('Podání MPSV-2026-000317 (Žádost o rodičovský příspěvek) už úřad nebude vyřizovat.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ne, ponechat' }));
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([]);

    fireEvent.click(button);
    const confirm = within(screen.getByRole('dialog')).getByRole('button', { name: 'Ano, vzít zpět' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(text(await screen.findByText(/jste vzali zpět/))).toBe('Podání MPSV-2026-000317 jste vzali zpět.');
    expect(withdrawn).toEqual(['Dítě bude v jeslích.']);
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([`POST /submissions/${ALLOWANCE}/withdraw`]);
    expect(sentBodies).toEqual([{ note: 'Dítě bude v jeslích.' }]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Vzít podání zpět' })).toBeNull());
    expect(fact(screen.getByRole('region', { name: 'Přehled' }), 'Stav')).toBe('Vzato zpět');
  });

  it('closes the dialog with Escape without sending, and is axe-clean with it open', async () => {
    const { container } = renderAt(`/${ALLOWANCE}`, submissionsHandlers({ origin: mockOrigin }), 'en');
    const button = await screen.findByRole('button', { name: 'Withdraw the submission' });
    fireEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Withdraw the submission?' });
    expect(dialog.hasAttribute('open')).toBe(true);
    await expectNoAxeViolations(container);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(false));
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([]);
  });

  it('shows the server’s 409 when it can no longer be withdrawn', async () => {
    renderAt(`/${ALLOWANCE}`, [
      http.post(`${API}/:id/withdraw`, () =>
        HttpResponse.json(
          { error: 'illegal-transition', message: 'The submission is decided-granted', field: 'status' },
          { status: 409 },
        ),
      ),
      ...submissionsHandlers({ origin: mockOrigin }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Vzít podání zpět' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ano, vzít zpět' }));
    expect(text(await screen.findByRole('alert'))).toContain('a to už nejde');
  });

  it('shows another refusal of the server in the form', async () => {
    renderAt(`/${ALLOWANCE}`, [
      http.post(`${API}/:id/withdraw`, () =>
        HttpResponse.json(
          { error: 'consent-required', message: 'Give the portal your consent first.' },
          { status: 403 },
        ),
      ),
      ...submissionsHandlers({ origin: mockOrigin }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Vzít podání zpět' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ano, vzít zpět' }));
    expect(text(await screen.findByRole('alert'))).toBe('Portál odmítl požadavek: Give the portal your consent first.');
    expect((screen.getByRole('button', { name: 'Vzít podání zpět' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
