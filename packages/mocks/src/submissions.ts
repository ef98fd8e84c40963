import {
  type Conversation,
  type MessageView,
  SUBMISSION_LIMITS,
  SUBMISSION_STATES,
  type SubmissionAttachment,
  type SubmissionChange,
  type SubmissionDetail,
  type SubmissionHistoryEntry,
  type SubmissionState,
  type SubmissionSummary,
  WITHDRAWABLE_STATES,
} from '@czp/contract';
import { HttpResponse, http } from 'msw';

/**
 * PODÁNÍ's API (/api/services/submissions/submissions/…, the citizen's submissions as the server's section routes
 * answer them) as msw handlers, with Jan Novák's submissions: Telč's dog registration waiting for more information,
 * MPSV's parental allowance in progress, Znojmo's fee declaration granted and a withdrawn request to the technical
 * infrastructure. Withdraw and supplement change the state as the server does (409 from a state that does not allow
 * it, 400 naming the field for an empty supplement); another id is 404.
 */

const SUBMISSIONS_SECTION_API = '/api/services/submissions/submissions';

const JAN_BOX = { boxId: 'n7xk2pq', name: { cs: 'Jan Novák', en: 'Jan Novák' } };

const ISSUERS = {
  telc: { id: 'mesto-telc', name: { cs: 'Město Telč', en: 'Town of Telč' } },
  mpsv: {
    id: 'mpsv',
    name: { cs: 'Ministerstvo práce a sociálních věcí', en: 'Ministry of Labour and Social Affairs' },
  },
  znojmo: { id: 'mesto-znojmo', name: { cs: 'Město Znojmo', en: 'Town of Znojmo' } },
  ti: { id: 'cuzk-ti', name: { cs: 'Technická infrastruktura', en: 'Technical infrastructure' } },
} as const;

const file = (seq: number, position: number, name: string, size: number): SubmissionAttachment => ({
  seq,
  position,
  name,
  size,
  mediaType: name.endsWith('.jpg') ? 'image/jpeg' : 'application/pdf',
});

const entry = (
  seq: number,
  state: SubmissionState,
  at: string,
  actor: SubmissionHistoryEntry['actor'],
  note: SubmissionHistoryEntry['note'] = null,
  attachments: SubmissionAttachment[] = [],
): SubmissionHistoryEntry => ({ seq, state, at, actor, note, attachments });

/** Jan Novák's submissions, newest first, with everything the detail shows. */
export function janNovakSubmissions(): SubmissionDetail[] {
  const dogCard = file(1, 0, 'ockovaci-prukaz.pdf', 48_213);
  const dogRequest = file(5, 1, 'vyzva-k-doplneni.pdf', 20_480);
  return [
    {
      id: '5b0e1c4a-1111-4a00-8000-000000000001',
      reference: 'TEL-2026-000042',
      serviceId: 'telc',
      serviceName: { cs: 'Město Telč', en: 'Town of Telč' },
      issuer: ISSUERS.telc,
      type: 'prihlaseni-psa',
      typeName: { cs: 'Přihlášení psa', en: 'Registering a dog' },
      state: 'needs-information',
      submittedAt: '2026-11-28T08:15:00.000Z',
      updatedAt: '2026-11-30T13:05:00.000Z',
      data: { name: 'Rex', age: 3, chip: '203098100012345' },
      history: [
        entry(1, 'submitted', '2026-11-28T08:15:00.000Z', 'citizen', null, [dogCard]),
        entry(2, 'delivered', '2026-11-28T08:15:01.000Z', 'portal'),
        entry(3, 'accepted', '2026-11-29T09:00:00.000Z', 'authority', {
          cs: 'Přijato pod č. j. MUTE/123/2026.',
          en: 'Accepted as ref. MUTE/123/2026.',
        }),
        entry(4, 'in-progress', '2026-11-29T10:30:00.000Z', 'authority'),
        entry(
          5,
          'needs-information',
          '2026-11-30T13:05:00.000Z',
          'authority',
          { cs: 'Doložte prosím očkování proti vzteklině.', en: 'Please send proof of the rabies vaccination.' },
          [dogRequest],
        ),
      ],
      attachments: [dogCard, dogRequest],
      conversationId: 'c0000000-1111-4000-8000-000000000001',
      actions: { withdraw: false, supplement: true },
    },
    {
      id: '5b0e1c4a-2222-4a00-8000-000000000002',
      reference: 'MPSV-2026-000317',
      serviceId: 'mpsv',
      serviceName: { cs: 'Ministerstvo práce a sociálních věcí', en: 'Ministry of Labour and Social Affairs' },
      issuer: ISSUERS.mpsv,
      type: 'rodicovsky-prispevek',
      typeName: { cs: 'Žádost o rodičovský příspěvek', en: 'Parental allowance application' },
      state: 'in-progress',
      submittedAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-22T07:45:00.000Z',
      data: { child: 'Anna Nováková', from: '2026-12-01' },
      history: [
        entry(1, 'submitted', '2026-11-20T10:00:00.000Z', 'citizen'),
        entry(2, 'delivered', '2026-11-20T10:00:01.000Z', 'portal'),
        entry(3, 'accepted', '2026-11-21T08:00:00.000Z', 'clerk'),
        entry(4, 'in-progress', '2026-11-22T07:45:00.000Z', 'clerk', {
          cs: 'Vyřizuje Úřad práce Jihlava.',
          en: 'Vyřizuje Úřad práce Jihlava.',
        }),
      ],
      attachments: [],
      conversationId: 'c0000000-2222-4000-8000-000000000002',
      actions: { withdraw: true, supplement: false },
    },
    {
      id: '5b0e1c4a-3333-4a00-8000-000000000003',
      reference: 'ZNO-2026-000007',
      serviceId: 'znojmo',
      serviceName: { cs: 'Město Znojmo', en: 'Town of Znojmo' },
      issuer: ISSUERS.znojmo,
      type: 'poplatek',
      typeName: { cs: 'Ohlášení k místnímu poplatku', en: 'Local fee declaration' },
      state: 'decided-granted',
      submittedAt: '2026-10-02T12:00:00.000Z',
      updatedAt: '2026-10-09T09:00:00.000Z',
      data: { persons: 3 },
      history: [
        entry(1, 'submitted', '2026-10-02T12:00:00.000Z', 'citizen'),
        entry(2, 'delivered', '2026-10-02T12:00:01.000Z', 'portal'),
        entry(3, 'accepted', '2026-10-05T08:00:00.000Z', 'authority'),
        entry(4, 'in-progress', '2026-10-06T08:00:00.000Z', 'authority'),
        entry(5, 'decided-granted', '2026-10-09T09:00:00.000Z', 'authority', {
          cs: 'Ohlášení bylo zaevidováno.',
          en: 'The declaration was recorded.',
        }),
      ],
      attachments: [],
      conversationId: 'c0000000-3333-4000-8000-000000000003',
      actions: { withdraw: false, supplement: false },
    },
    {
      id: '5b0e1c4a-4444-4a00-8000-000000000004',
      reference: 'TI-2026-000011',
      serviceId: 'technicka-infrastruktura',
      serviceName: { cs: 'Technická infrastruktura', en: 'Technical infrastructure' },
      issuer: ISSUERS.ti,
      type: 'zadost',
      typeName: { cs: 'Žádost o vyjádření k sítím', en: 'Request for a statement on utility networks' },
      state: 'withdrawn',
      submittedAt: '2026-09-14T07:30:00.000Z',
      updatedAt: '2026-09-15T16:00:00.000Z',
      data: { parcel: '1234/5', area: 'Telč' },
      history: [
        entry(1, 'submitted', '2026-09-14T07:30:00.000Z', 'citizen'),
        entry(2, 'delivered', '2026-09-14T07:30:01.000Z', 'portal'),
        entry(3, 'withdrawn', '2026-09-15T16:00:00.000Z', 'citizen', { cs: 'Podáno omylem.', en: 'Podáno omylem.' }),
      ],
      attachments: [],
      conversationId: 'c0000000-4444-4000-8000-000000000004',
      actions: { withdraw: false, supplement: false },
    },
  ];
}

const summaryOf = (detail: SubmissionDetail): SubmissionSummary => {
  const {
    data: _data,
    history: _history,
    attachments: _attachments,
    conversationId: _c,
    actions: _a,
    ...summary
  } = detail;
  return summary;
};

/** The data messages of a submission's conversation in Jan's box, oldest first, one per change of the history. */
function conversationOf(detail: SubmissionDetail): Conversation {
  const authority = { boxId: detail.issuer.id, name: detail.issuer.name };
  const messages: MessageView[] = detail.history
    .filter((change) => change.state !== 'delivered')
    .map((change, index) => {
      const fromCitizen = change.actor === 'citizen';
      return {
        id: `${detail.conversationId.slice(0, -4)}${String(index + 1).padStart(4, '0')}`,
        conversationId: detail.conversationId,
        folder: fromCitizen ? 'sent' : 'inbox',
        direction: fromCitizen ? 'sent' : 'received',
        status: 'delivered',
        sender: fromCitizen ? JAN_BOX : authority,
        recipient: fromCitizen ? authority : JAN_BOX,
        subject: `${detail.typeName.cs} ${detail.reference}`,
        date: change.at,
        readAt: change.at,
        unread: false,
        attachments: change.attachments.map(({ seq: _seq, ...attachment }) => attachment),
        body: change.note?.cs ?? '',
      } satisfies MessageView;
    });
  return { id: detail.conversationId, messages };
}

function refusal(status: number, error: string, message: string, field?: string) {
  return HttpResponse.json({ error, message, ...(field ? { field } : {}) }, { status });
}

const NOT_FOUND = 'There is no such submission. It may belong to someone else, or the link is wrong.';

export interface SubmissionsMockOptions {
  /** Where the remote's requests go (the test's origin); '' for same-origin pages. */
  origin?: string;
  /** The citizen's submissions; Jan Novák's by default. */
  submissions?: SubmissionDetail[];
  /** Every withdrawal and supplement as the server received it (the supplement's files with their names). */
  onWithdraw?: (id: string, note: string | undefined) => void;
  onSupplement?: (id: string, fields: { note: string; files: File[] }) => void;
  /** Answer a supplement with this refusal instead (a file the server sniffs as not allowed, …). */
  supplementRefusal?: { status: number; error: string; message: string; field?: string };
  /** Every list request's query string, as the remote built it. */
  onList?: (search: string) => void;
}

/** The handlers over a copy of the submissions: withdraw and supplement change it for the rest of the test. */
export function submissionsHandlers(options: SubmissionsMockOptions = {}) {
  const base = `${options.origin ?? ''}${SUBMISSIONS_SECTION_API}`;
  const submissions = structuredClone(options.submissions ?? janNovakSubmissions());
  const find = (id: unknown) => submissions.find((submission) => submission.id === id);

  const change = (detail: SubmissionDetail, to: SubmissionState, note: string, files: File[]): SubmissionChange => {
    const previousState = detail.state;
    const seq = (detail.history.at(-1)?.seq ?? 0) + 1;
    const at = new Date().toISOString();
    const attachments = files.map((f, index) => file(seq, detail.attachments.length + index, f.name, f.size));
    detail.history.push(entry(seq, to, at, 'citizen', note ? { cs: note, en: note } : null, attachments));
    detail.attachments.push(...attachments);
    detail.state = to;
    detail.updatedAt = at;
    detail.actions = { withdraw: WITHDRAWABLE_STATES.includes(to), supplement: to === 'needs-information' };
    return {
      submission: summaryOf(detail),
      previousState,
      message: `The submission ${detail.reference} was ${to}.`,
    };
  };
  const illegal = (detail: SubmissionDetail, to: SubmissionState) =>
    refusal(
      409,
      'illegal-transition',
      `The submission ${detail.reference} is ${detail.state}; it cannot become ${to} from there.`,
      'status',
    );

  return [
    http.get(base, ({ request }) => {
      const url = new URL(request.url);
      options.onList?.(url.search);
      const service = url.searchParams.get('service');
      const state = url.searchParams.get('state');
      if (state && !SUBMISSION_STATES.includes(state as SubmissionState)) {
        return refusal(400, 'validation', `state must be one of ${SUBMISSION_STATES.join(', ')}`, 'state');
      }
      const matching = submissions
        .filter((s) => (!service || s.serviceId === service) && (!state || s.state === state))
        .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
      return HttpResponse.json({ submissions: matching.map(summaryOf) });
    }),
    http.get(`${base}/:id`, ({ params }) => {
      const detail = find(params.id);
      return detail ? HttpResponse.json(detail) : refusal(404, 'not-found', NOT_FOUND);
    }),
    http.get(`${base}/:id/conversation`, ({ params }) => {
      const detail = find(params.id);
      return detail ? HttpResponse.json(conversationOf(detail)) : refusal(404, 'not-found', NOT_FOUND);
    }),
    http.get(`${base}/:id/attachments/:position`, ({ params }) => {
      const attachment = find(params.id)?.attachments.find((a) => String(a.position) === params.position);
      if (!attachment) return refusal(404, 'not-found', NOT_FOUND);
      return new HttpResponse('%PDF-1.4\n', {
        headers: {
          'Content-Type': attachment.mediaType,
          'Content-Disposition': `attachment; filename="${attachment.name}"`,
        },
      });
    }),
    http.post(`${base}/:id/withdraw`, async ({ params, request }) => {
      const detail = find(params.id);
      if (!detail) return refusal(404, 'not-found', NOT_FOUND);
      const body = (await request.json().catch(() => ({}))) as { note?: unknown };
      const note = typeof body.note === 'string' ? body.note : undefined;
      if (!WITHDRAWABLE_STATES.includes(detail.state)) return illegal(detail, 'withdrawn');
      options.onWithdraw?.(detail.id, note);
      return HttpResponse.json(change(detail, 'withdrawn', note ?? '', []));
    }),
    http.post(`${base}/:id/supplement`, async ({ params, request }) => {
      const detail = find(params.id);
      if (!detail) return refusal(404, 'not-found', NOT_FOUND);
      const form = await request.formData();
      const raw = form.get('note');
      const note = typeof raw === 'string' ? raw : '';
      const files = form.getAll('attachments').filter((value): value is File => typeof value !== 'string');
      if (note.length > SUBMISSION_LIMITS.noteLength) {
        return refusal(
          400,
          'validation',
          `The note can have at most ${SUBMISSION_LIMITS.noteLength} characters`,
          'note',
        );
      }
      if (!note.trim() && files.length === 0) {
        return refusal(400, 'validation', 'Write what you add, or attach a file', 'note');
      }
      if (detail.state !== 'needs-information') return illegal(detail, 'supplemented');
      if (options.supplementRefusal) {
        const { status, error, message, field } = options.supplementRefusal;
        return refusal(status, error, message, field);
      }
      options.onSupplement?.(detail.id, { note, files });
      return HttpResponse.json(change(detail, 'supplemented', note.trim(), files));
    }),
  ];
}
