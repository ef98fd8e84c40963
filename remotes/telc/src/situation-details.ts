import type { LocalizedText } from '@czp/contract';

/**
 * Where a citizen applies while the portal takes no applications for Telč: the municipal office (the address is
 * the office's, where the administrative department sits) or a message from the citizen's data box.
 */
export const TELC_OFFICE = {
  name: { cs: 'Městský úřad Telč', en: 'Telč Municipal Office' },
  address: 'nám. Zachariáše z Hradce 10, 588 56 Telč',
} as const satisfies { name: LocalizedText; address: string };

/** What a life situation's own page says besides its title and summary (life-situations.ts). */
export interface SituationDetails {
  /** What the citizen needs to have ready. */
  documents: LocalizedText[];
  /** Administrative fee in CZK; 0 when free. */
  feeCzk: number;
  office: LocalizedText;
}

/** Every situation of LIFE_SITUATIONS has its details (the test holds them together). */
export const SITUATION_DETAILS: Readonly<Record<string, SituationDetails>> = {
  'permanent-residence': {
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
  'waste-fee': {
    documents: [
      { cs: 'Variabilní symbol z přihlášení k poplatku', en: 'Payment reference from your fee registration' },
    ],
    feeCzk: 0,
    office: { cs: 'Finanční odbor', en: 'Finance department' },
  },
  'building-notice': {
    documents: [
      { cs: 'Situační výkres', en: 'Site plan' },
      { cs: 'Souhlas vlastníka pozemku', en: 'Consent of the land owner' },
    ],
    feeCzk: 300,
    office: { cs: 'Stavební úřad', en: 'Building office' },
  },
  'trade-licence': {
    documents: [
      { cs: 'Občanský průkaz', en: 'Identity card' },
      { cs: 'Doklad o odborné způsobilosti (u řemeslné živnosti)', en: 'Proof of qualification (for a craft trade)' },
    ],
    feeCzk: 1000,
    office: { cs: 'Obecní živnostenský úřad', en: 'Municipal trade licensing office' },
  },
  'market-stall': {
    documents: [{ cs: 'Nákres umístění a rozměry', en: 'Drawing of the placement and dimensions' }],
    feeCzk: 10,
    office: { cs: 'Odbor dopravy a silničního hospodářství', en: 'Transport department' },
  },
};

/**
 * The situations Telč takes an application for online (applications.ts's APPLICATIONS, whose forms are a chunk of
 * their own; the test holds the two together): a situation's page offers the form without loading it.
 */
export const ONLINE_APPLICATIONS: ReadonlySet<string> = new Set(['permanent-residence', 'market-stall']);
