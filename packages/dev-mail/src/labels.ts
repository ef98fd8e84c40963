export type Language = 'cs' | 'en';

/** Every text of the inbox page, in Czech and English. */
export const LABELS = {
  cs: {
    title: 'Vývojová pošta',
    banner: 'Vývojová pošta: nic se neodesílá ven. Zde jsou e-maily a SMS, které portál „odeslal“.',
    heading: 'Zachycené zprávy',
    refresh: 'Obnovit',
    clear: 'Smazat vše',
    otherLanguage: 'English',
    emails: 'E-maily',
    sms: 'SMS',
    noEmails: 'Zatím nepřišel žádný e-mail.',
    noSms: 'Zatím nepřišla žádná SMS.',
    from: 'Od',
    to: 'Komu',
    received: 'Přijato',
    noSubject: '(bez předmětu)',
    htmlVersion: 'Zobrazit verzi HTML',
    notFound: 'Taková zpráva tu není.',
    back: 'Zpět na zprávy',
  },
  en: {
    title: 'Development mail',
    banner: 'Development mail: nothing leaves this machine. These are the e-mails and SMS the portal “sent”.',
    heading: 'Caught messages',
    refresh: 'Refresh',
    clear: 'Delete all',
    otherLanguage: 'Čeština',
    emails: 'E-mails',
    sms: 'SMS',
    noEmails: 'No e-mail has arrived yet.',
    noSms: 'No SMS has arrived yet.',
    from: 'From',
    to: 'To',
    received: 'Received',
    noSubject: '(no subject)',
    htmlVersion: 'Show the HTML version',
    notFound: 'There is no such message.',
    back: 'Back to the messages',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** ?lang= wins, then the browser's first preference between Czech and English, then Czech. */
export function pickLanguage(query: string | null, acceptLanguage: string | undefined): Language {
  if (query === 'cs' || query === 'en') return query;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().split(';')[0]?.toLowerCase().split('-')[0];
    if (tag === 'en') return 'en';
    if (tag === 'cs' || tag === 'sk') return 'cs';
  }
  return 'cs';
}
