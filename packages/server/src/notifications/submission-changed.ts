import type { LocalizedText, SubmissionState } from '@czp/contract';
import type { JobQueue } from '../jobs/queue.js';
import { submissionChanged } from '../submissions/jobs.js';
import { notify } from './notify.js';

/** "Vaše podání TEL-2026-000042 …" / "Your application TEL-2026-000042 …", per state. */
const WHAT_HAPPENED: Readonly<Record<SubmissionState, LocalizedText>> = {
  submitted: { cs: 'bylo odesláno', en: 'was sent' },
  delivered: { cs: 'bylo doručeno úřadu', en: 'was delivered to the authority' },
  accepted: { cs: 'bylo přijato', en: 'was accepted' },
  'in-progress': { cs: 'se vyřizuje', en: 'is being dealt with' },
  'needs-information': { cs: 'čeká na vaše doplnění', en: 'needs more information from you' },
  supplemented: { cs: 'bylo doplněno', en: 'was supplemented' },
  'decided-granted': { cs: 'bylo vyřízeno: vyhověno', en: 'was decided: granted' },
  'decided-refused': { cs: 'bylo vyřízeno: zamítnuto', en: 'was decided: refused' },
  withdrawn: { cs: 'bylo vzato zpět', en: 'was withdrawn' },
};

/** The link the centre's entry leads to: the submission's detail in PODÁNÍ. */
const submissionLink = (id: string) => `/services/submissions/${encodeURIComponent(id)}`;

/**
 * Takes over the `submissions.changed` job from submissions/: each change of a citizen's submission made by someone
 * else (the portal's receipt, the authority, its clerk) becomes one `submission-changed` notification, keyed by the
 * change. The citizen's own steps (submitting, supplementing, withdrawing) are not announced back to them. The data
 * message the change travelled in is not announced again (data-box/notifier.ts skips it).
 */
export function registerSubmissionChanged(queue: JobQueue): void {
  queue.handle(submissionChanged, async (job, tx) => {
    const { submissionId, seq } = job.payload;
    const [row] = await tx.query<{
      person_id: string;
      reference: string;
      type_name: LocalizedText;
      state: SubmissionState;
      actor: string;
      note: LocalizedText | null;
    }>(
      `select s.person_id, s.reference, s.type_name, h.state, h.actor, h.note
       from submissions s join submission_history h on h.submission_id = s.id
       where s.id = $1 and h.seq = $2`,
      [submissionId, seq],
    );
    // Gone with its citizen, or the citizen's own step.
    if (!row || row.actor === 'citizen') return;
    const happened = WHAT_HAPPENED[row.state];
    const note = row.note ?? { cs: '', en: '' };
    await notify(tx, {
      personId: row.person_id,
      kind: 'submission-changed',
      title: {
        cs: `Vaše podání ${row.reference} ${happened.cs}`,
        en: `Your application ${row.reference} ${happened.en}`,
      },
      body: {
        cs: [`${row.type_name.cs} (${row.reference}).`, note.cs].filter(Boolean).join(' '),
        en: [`${row.type_name.en} (${row.reference}).`, note.en].filter(Boolean).join(' '),
      },
      link: submissionLink(submissionId),
      key: `submission-changed:${submissionId}:${seq}`,
    });
  });
}
