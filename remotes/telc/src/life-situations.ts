import type { LocalizedText } from '@czp/contract';

/**
 * A life situation the Telč municipal office handles (the Telč portal's core content), as the list shows it: in the
 * first load. What its own page says besides (documents, fee, office) is in situation-details.ts, that page's chunk.
 */
export interface LifeSituation {
  id: string;
  area: 'civil' | 'business';
  title: LocalizedText;
  summary: LocalizedText;
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
  },
  {
    id: 'waste-fee',
    area: 'civil',
    title: { cs: 'Poplatek za odpad', en: 'Municipal waste fee' },
    summary: {
      cs: 'Výše poplatku za obecní systém odpadového hospodářství, splatnost a platba převodem.',
      en: 'The fee for the municipal waste system, its due date and payment by bank transfer.',
    },
  },
  {
    id: 'building-notice',
    area: 'civil',
    title: { cs: 'Ohlášení drobné stavby', en: 'Notifying a small building project' },
    summary: {
      cs: 'Stavby a úpravy, které nepotřebují stavební povolení, ale musíte je ohlásit stavebnímu úřadu.',
      en: 'Buildings and alterations that need no building permit but must be notified to the building office.',
    },
  },
  {
    id: 'trade-licence',
    area: 'business',
    title: { cs: 'Ohlášení živnosti', en: 'Registering a trade' },
    summary: {
      cs: 'Založení živnosti volné, řemeslné nebo vázané na obecním živnostenském úřadě.',
      en: 'Registering a free, craft or regulated trade at the municipal trade licensing office.',
    },
  },
  {
    id: 'market-stall',
    area: 'business',
    title: { cs: 'Zábor veřejného prostranství', en: 'Using public space for a stall' },
    summary: {
      cs: 'Povolení k umístění stánku nebo předzahrádky na náměstí Zachariáše z Hradce.',
      en: 'Permission to place a stall or outdoor seating on Zachariáš of Hradec Square.',
    },
  },
];

export function findLifeSituation(id: string): LifeSituation | undefined {
  return LIFE_SITUATIONS.find((s) => s.id === id);
}
