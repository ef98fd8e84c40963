import { type LocalizedText, SUBMISSION_STATE_NAMES, type SubmissionState } from '@czp/contract';

/**
 * The data box messages of a submission. A data message has one subject and one body, so both languages go in it,
 * Czech first, as the data box's automatic messages do.
 */

const both = (cs: string, en: string) => `${cs}\n\n${en}`;

/** The citizen's message to the issuer that carries the submission: its type, reference and form data. */
export function submissionMessage(input: {
  reference: string;
  typeName: LocalizedText;
  data: Record<string, unknown>;
}): { subject: string; body: string } {
  const data = JSON.stringify(input.data, null, 2);
  return {
    subject: `Podání ${input.reference}: ${input.typeName.cs}`,
    body: both(
      `Podání „${input.typeName.cs}“ odeslané přes Portál občana, číslo jednací ${input.reference}.`,
      `The application “${input.typeName.en}” sent through the Citizen Portal, reference number ${input.reference}.`,
    ).concat(`\n\nÚdaje formuláře / Form data:\n${data}`),
  };
}

/** What the portal and the clerks say when nobody wrote a note. */
export const DEFAULT_NOTES: Readonly<Record<SubmissionState, LocalizedText>> = {
  submitted: { cs: 'Podání bylo odesláno.', en: 'The application was sent.' },
  delivered: {
    cs: 'Podání bylo doručeno do datové schránky úřadu.',
    en: 'The application was delivered to the data box of the authority.',
  },
  accepted: { cs: 'Úřad podání přijal.', en: 'The authority accepted the application.' },
  'in-progress': { cs: 'Úřad podání vyřizuje.', en: 'The authority is dealing with the application.' },
  'needs-information': {
    cs: 'Úřad potřebuje další informace. Doplňte podání.',
    en: 'The authority needs more information. Please supplement the application.',
  },
  supplemented: { cs: 'Podání bylo doplněno.', en: 'The application was supplemented.' },
  'decided-granted': { cs: 'Úřad rozhodl: podání bylo vyhověno.', en: 'The authority decided: granted.' },
  'decided-refused': { cs: 'Úřad rozhodl: podání bylo zamítnuto.', en: 'The authority decided: refused.' },
  withdrawn: { cs: 'Podání bylo vzato zpět.', en: 'The application was withdrawn.' },
};

/** A change of state as a data message: `<reference>: <state>` and the note in both languages. */
export function changeMessage(input: { reference: string; state: SubmissionState; note: LocalizedText }): {
  subject: string;
  body: string;
} {
  const name = SUBMISSION_STATE_NAMES[input.state];
  const cs = `Podání ${input.reference}: ${name.cs}.\n${input.note.cs}`;
  const en = `Application ${input.reference}: ${name.en}.\n${input.note.en}`;
  return { subject: `Podání ${input.reference}: ${name.cs}`, body: both(cs, en) };
}
