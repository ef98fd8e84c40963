import type { LocalizedText } from '@czp/contract';

/**
 * Where a citizen applies while the portal takes no applications for Telč: the municipal office (the address is
 * the office's, where the administrative department sits) or a message from the citizen's data box.
 */
export const TELC_OFFICE = {
  name: { cs: 'Městský úřad Telč', en: 'Telč Municipal Office' },
  address: 'nám. Zachariáše z Hradce 10, 588 56 Telč',
} as const satisfies { name: LocalizedText; address: string };

/** A life situation the Telč municipal office handles (the Telč portal's core content). */
export interface LifeSituation {
  id: string;
  area: 'civil' | 'business';
  title: LocalizedText;
  summary: LocalizedText;
  /** What the citizen needs to have ready. */
  documents: LocalizedText[];
  /** Administrative fee in CZK; 0 when free. */
  feeCzk: number;
  office: LocalizedText;
}

export const LIFE_SITUATIONS: LifeSituation[] = [
  {
    id: 'permanent-residence',
    area: 'civil',
    title: { cs: 'Přihlášení k trvalému pobytu', en: 'Registering permanent residence' },
    summary: {
      cs: 'Změna adresy trvalého pobytu do Telče: co budete potřebovat a kde změnu ohlásíte.',
      en: 'Moving your permanent residence to Telč: what you will need and where to report the change.',
    },
    documents: [
      { cs: 'Občanský průkaz', en: 'Identity card' },
      { cs: 'Doklad o oprávnění užívat byt nebo dům', en: 'Proof of the right to use the flat or house' },
    ],
    feeCzk: 50,
    office: {
      cs: 'Odbor správní, nám. Zachariáše z Hradce 10',
      en: 'Administrative department, nám. Zachariáše z Hradce 10',
    },
  },
  {
    id: 'waste-fee',
    area: 'civil',
    title: { cs: 'Poplatek za odpad', en: 'Municipal waste fee' },
    summary: {
      cs: 'Výše poplatku za obecní systém odpadového hospodářství, splatnost a platba převodem.',
      en: 'The fee for the municipal waste system, its due date and payment by bank transfer.',
    },
    documents: [
      { cs: 'Variabilní symbol z přihlášení k poplatku', en: 'Payment reference from your fee registration' },
    ],
    feeCzk: 0,
    office: { cs: 'Finanční odbor', en: 'Finance department' },
  },
  {
    id: 'building-notice',
    area: 'civil',
    title: { cs: 'Ohlášení drobné stavby', en: 'Notifying a small building project' },
    summary: {
      cs: 'Stavby a úpravy, které nepotřebují stavební povolení, ale musíte je ohlásit stavebnímu úřadu.',
      en: 'Buildings and alterations that need no building permit but must be notified to the building office.',
    },
    documents: [
      { cs: 'Situační výkres', en: 'Site plan' },
      { cs: 'Souhlas vlastníka pozemku', en: 'Consent of the land owner' },
    ],
    feeCzk: 300,
    office: { cs: 'Stavební úřad', en: 'Building office' },
  },
  {
    id: 'trade-licence',
    area: 'business',
    title: { cs: 'Ohlášení živnosti', en: 'Registering a trade' },
    summary: {
      cs: 'Založení živnosti volné, řemeslné nebo vázané na obecním živnostenském úřadě.',
      en: 'Registering a free, craft or regulated trade at the municipal trade licensing office.',
    },
    documents: [
      { cs: 'Občanský průkaz', en: 'Identity card' },
      { cs: 'Doklad o odborné způsobilosti (u řemeslné živnosti)', en: 'Proof of qualification (for a craft trade)' },
    ],
    feeCzk: 1000,
    office: { cs: 'Obecní živnostenský úřad', en: 'Municipal trade licensing office' },
  },
  {
    id: 'market-stall',
    area: 'business',
    title: { cs: 'Zábor veřejného prostranství', en: 'Using public space for a stall' },
    summary: {
      cs: 'Povolení k umístění stánku nebo předzahrádky na náměstí Zachariáše z Hradce.',
      en: 'Permission to place a stall or outdoor seating on Zachariáš of Hradec Square.',
    },
    documents: [{ cs: 'Nákres umístění a rozměry', en: 'Drawing of the placement and dimensions' }],
    feeCzk: 10,
    office: { cs: 'Odbor dopravy a silničního hospodářství', en: 'Transport department' },
  },
];

export function findLifeSituation(id: string): LifeSituation | undefined {
  return LIFE_SITUATIONS.find((s) => s.id === id);
}
