import { CONTACT_LIMITS, type Locale } from '@czp/contract';

interface CodeEmail {
  subject: string;
  text: string;
}

/** The e-mail with the code, in the citizen's language. It says what to do and what to do if they did not ask. */
export function codeEmail(code: string, locale: Locale): CodeEmail {
  const minutes = CONTACT_LIMITS.codeMinutes;
  return locale === 'en'
    ? {
        subject: 'Confirm your e-mail address for the Citizen Portal',
        text: [
          'Hello,',
          '',
          `your confirmation code is ${code}`,
          '',
          `Enter it in the Citizen Portal under Profile. It is valid for ${minutes} minutes.`,
          'If you did not ask for it, ignore this e-mail: your address will not be used.',
          '',
          'Citizen Portal (Portál občana)',
          'This message was sent automatically; do not reply to it.',
        ].join('\n'),
      }
    : {
        subject: 'Ověření e-mailové adresy na Portálu občana',
        text: [
          'Dobrý den,',
          '',
          `váš ověřovací kód je ${code}`,
          '',
          `Zadejte ho na Portálu občana v Profilu. Platí ${minutes} minut.`,
          'Pokud jste o ověření nežádali, e-mail ignorujte: adresa nebude použita.',
          '',
          'Portál občana',
          'Zpráva byla odeslána automaticky, neodpovídejte na ni.',
        ].join('\n'),
      };
}

/** The SMS with the code: one message of at most 70 characters (diacritics make it UCS-2). */
export function codeSms(code: string, locale: Locale): string {
  const minutes = CONTACT_LIMITS.codeMinutes;
  return locale === 'en'
    ? `Citizen Portal: your confirmation code is ${code}. Valid ${minutes} min.`
    : `Portál občana: váš ověřovací kód je ${code}. Platí ${minutes} minut.`;
}
