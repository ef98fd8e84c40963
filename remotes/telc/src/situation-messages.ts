import { defineMessages } from '@czp/remote-sdk';

/** A life situation's page and the application page's texts around the form, in both languages: in their chunk. */
export const situationMessages = defineMessages({
  cs: {
    documents: 'Co budete potřebovat',
    fee: 'Správní poplatek',
    free: 'Bez poplatku',
    office: 'Kde to vyřídíte',
    apply: 'Jak podat žádost',
    applyNotOnline: 'Online žádost zde zatím podat nelze.',
    applyInPerson: 'Osobně: {office}, {address}.',
    applyDataBox: 'Písemně: zprávou ze své {link}; jako příjemce zvolte Město Telč.',
    applyDataBoxLink: 'datové schránky',
    back: 'Zpět na životní situace',
    notFound: 'Tuto životní situaci Telč nevede.',
    applyOnline:
      'Žádost podáte online zde na portálu: vyplníte formulář, přiložíte dokumenty a úřad vám odpoví do datové schránky.',
    applyOnlineButton: 'Vyplnit žádost online',
    applyElsewhere: 'Žádost můžete podat také jinak:',
    applyLogin: 'Online žádost podáte po přihlášení.',
    applyLoginLink: 'Přihlásit se',
    backToSituation: 'Zpět na životní situaci',
  },
  en: {
    documents: 'What you will need',
    fee: 'Administrative fee',
    free: 'No fee',
    office: 'Where to go',
    apply: 'How to apply',
    applyNotOnline: 'You cannot apply online here yet.',
    applyInPerson: 'In person: {office}, {address}.',
    applyDataBox: 'In writing: send a message from your {link}, choosing the Town of Telč as the recipient.',
    applyDataBoxLink: 'data box',
    back: 'Back to life situations',
    notFound: 'Telč does not handle this life situation.',
    applyOnline:
      'Apply online here on the portal: fill in the form, attach the documents, and the office answers to your data box.',
    applyOnlineButton: 'Fill in the application online',
    applyElsewhere: 'You can also apply another way:',
    applyLogin: 'Log in to apply online.',
    applyLoginLink: 'Log in',
    backToSituation: 'Back to the life situation',
  },
});
