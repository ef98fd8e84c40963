import type { AuthorityBox, Locale, LocalizedText } from '@czp/contract';

/** A message a citizen sent to an authority, as an automatic responder sees it. */
interface SentMessage {
  subject: string;
  /** The citizen's name as the identity provider gave it. */
  citizenName: string;
  /** The language the citizen last used the portal in: an automatic reply is written in it alone. */
  locale: Locale;
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
export const INTERIOR_BOX_ID = 'ministerstvo-vnitra';

/**
 * Fixed boxes of authorities that are also issuers of the catalogue: once the issuer has its box, that box is the
 * authority's one box (one recipient, not two). The fixed id stays an alias of it: REGISTER_INFO names the Ministry of
 * the Interior's box `ministerstvo-vnitra`, and messages stored under either id stay readable.
 */
export const ISSUER_OF_FIXED_BOX: Readonly<Record<string, string>> = { [INTERIOR_BOX_ID]: 'mvcr' };

/**
 * Boxes that exist whatever is in the catalogue: ministries without services of their own (an issuer that publishes
 * services gets its box from the catalogue) and the portal operator.
 */
const FIXED_AUTHORITY_BOXES: readonly AuthorityBox[] = [
  { id: SYSTEM_BOX_ID, kind: 'system', name: { cs: 'Provozovatel Portálu občana', en: 'Portal operator' } },
  { id: JUSTICE_BOX_ID, kind: 'ministry', name: { cs: 'Ministerstvo spravedlnosti', en: 'Ministry of Justice' } },
  { id: INTERIOR_BOX_ID, kind: 'ministry', name: { cs: 'Ministerstvo vnitra', en: 'Ministry of the Interior' } },
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

const DAY_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  cs: new Intl.DateTimeFormat('cs-CZ', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Prague' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Prague' }),
};

/** A day as a citizen reads it in a letter: "2. prosince 2026", "2 December 2026", in Prague whatever the server's zone. */
export function formatDay(date: Date, locale: Locale): string {
  return DAY_FORMATS[locale].format(date);
}

/** Every authority confirms that a message was delivered to its box, in the citizen's language. */
const deliveryConfirmation: AutomaticResponder = {
  async reply(message, to, now) {
    return to.kind === 'system'
      ? null
      : acknowledgement(message.subject, to.name, formatDay(now, message.locale), message.locale);
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

function acknowledgement(subject: string, authority: LocalizedText, day: string, locale: Locale): AutomaticReply {
  if (locale === 'en') {
    return {
      subject: `Delivery confirmation: ${subject}`,
      body:
        `Your message “${subject}” was delivered to the data box of ${authority.en} on ${day}.\n` +
        'This message was sent automatically; do not reply to it.',
    };
  }
  return {
    subject: `Potvrzení o doručení: ${subject}`,
    body:
      `Vaše zpráva „${subject}“ byla ${day} doručena do datové schránky: ${authority.cs}.\n` +
      'Tato zpráva byla odeslána automaticky; neodpovídejte na ni.',
  };
}
