import type { AuthorityBox, LocalizedText } from '@czp/contract';

/** A message a citizen sent to an authority, as an automatic responder sees it. */
interface SentMessage {
  subject: string;
  /** The citizen's name as the identity provider gave it. */
  citizenName: string;
}

/** What an automatic responder sends back, in the same conversation. */
interface AutomaticReply {
  subject: string;
  body: string;
  attachments?: { name: string; content: Buffer; mediaType: string }[];
}

/** An authority's system that answers by itself: a delivery confirmation, an extract from a registry. */
export interface AutomaticResponder {
  /** The reply to a message sent to `to`, or null when it does not answer this one. */
  reply(message: SentMessage, to: AuthorityBox, now: Date): Promise<AutomaticReply | null>;
}

/**
 * The seam to the authorities: which boxes exist beside the catalogue's issuers (each issuer gets its box from the
 * catalogue), and who answers messages to a box by itself. The portal's directory is `portalAuthorities`; start.ts
 * adds the development stand-ins for registries that do not answer yet.
 */
export interface Authorities {
  /** Ministries without services of their own and the portal operator's system box. */
  readonly fixedBoxes: readonly AuthorityBox[];
  /** The responders of a box, in the order they answer. */
  respondersOf(box: AuthorityBox): readonly AutomaticResponder[];
}

export const SYSTEM_BOX_ID = 'provozovatel-portalu';
export const JUSTICE_BOX_ID = 'ministerstvo-spravedlnosti';

/**
 * Boxes that exist whatever is in the catalogue: ministries without services of their own (an issuer that publishes
 * services gets its box from the catalogue) and the portal operator.
 */
const FIXED_AUTHORITY_BOXES: readonly AuthorityBox[] = [
  { id: SYSTEM_BOX_ID, kind: 'system', name: { cs: 'Provozovatel Portálu občana', en: 'Portal operator' } },
  { id: JUSTICE_BOX_ID, kind: 'ministry', name: { cs: 'Ministerstvo spravedlnosti', en: 'Ministry of Justice' } },
  { id: 'ministerstvo-vnitra', kind: 'ministry', name: { cs: 'Ministerstvo vnitra', en: 'Ministry of the Interior' } },
  { id: 'ministerstvo-financi', kind: 'ministry', name: { cs: 'Ministerstvo financí', en: 'Ministry of Finance' } },
  {
    id: 'ministerstvo-zdravotnictvi',
    kind: 'ministry',
    name: { cs: 'Ministerstvo zdravotnictví', en: 'Ministry of Health' },
  },
  {
    id: 'ministerstvo-dopravy',
    kind: 'ministry',
    name: { cs: 'Ministerstvo dopravy', en: 'Ministry of Transport' },
  },
  // The editors of registers (REGISTER_INFO): a data-related complaint goes to their boxes.
  {
    id: 'ministerstvo-prumyslu-a-obchodu',
    kind: 'ministry',
    name: { cs: 'Ministerstvo průmyslu a obchodu', en: 'Ministry of Industry and Trade' },
  },
  {
    id: 'cesky-statisticky-urad',
    kind: 'ministry',
    name: { cs: 'Český statistický úřad', en: 'Czech Statistical Office' },
  },
  {
    id: 'cuzk',
    kind: 'ministry',
    name: { cs: 'Český úřad zeměměřický a katastrální', en: 'Czech Office for Surveying, Mapping and Cadastre' },
  },
];

/** Every municipality confirms that a message was delivered to its box. */
const deliveryConfirmation: AutomaticResponder = {
  async reply(message, to, now) {
    return to.kind === 'municipality'
      ? acknowledgement(message.subject, to.name, now.toISOString().slice(0, 10))
      : null;
  },
};

/** The portal's directory with further responders registered for boxes by id (after the delivery confirmation). */
export function authoritiesWith(responders: Readonly<Record<string, readonly AutomaticResponder[]>>): Authorities {
  return {
    fixedBoxes: FIXED_AUTHORITY_BOXES,
    respondersOf: (box) => [deliveryConfirmation, ...(responders[box.id] ?? [])],
  };
}

/** The authorities the portal knows by itself. */
export const portalAuthorities: Authorities = authoritiesWith({});

function acknowledgement(subject: string, authority: LocalizedText, date: string): AutomaticReply {
  return {
    subject: `Potvrzení o doručení: ${subject}`,
    body:
      `Vaše zpráva „${subject}“ byla ${date} doručena do datové schránky: ${authority.cs}.\n` +
      'Tato zpráva byla odeslána automaticky; neodpovídejte na ni.\n\n' +
      `Your message “${subject}” was delivered to the data box of ${authority.en} on ${date}.\n` +
      'This message was sent automatically; do not reply to it.',
  };
}
