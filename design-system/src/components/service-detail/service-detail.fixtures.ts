import type { ServiceDetailLabels } from './ServiceDetail.js';

/** The labels of the facts, in Czech. */
export const serviceDetailLabelsCs: ServiceDetailLabels = {
  facts: 'O službě',
  issuer: 'Vydavatel',
  ico: 'IČO',
  category: 'Oblast',
  region: 'Kraj',
  web: 'Webové stránky',
  support: 'Technická podpora',
  level: 'Požadovaná úroveň ověření',
  reads: 'Jaké vaše údaje může služba číst',
  readsNone: 'žádné',
  version: 'Verze',
  published: 'Zveřejněno',
};

/** The facts about the Telč portal, in Czech: who issues it, how to reach them, what it needs and reads. */
export const telcFactsCs = {
  issuer: 'Město Telč',
  ico: '00286745',
  category: 'Obce a města',
  region: 'Kraj Vysočina',
  web: 'https://www.telc.cz',
  supportEmail: 'podpora@telc.cz',
  supportPhone: '+420 567 112 411',
  level: 'značná',
  reads: ['identifikační údaje (jméno, datum narození)', 'adresa trvalého pobytu'],
  version: '1.2.0',
  published: '3. 11. 2026',
};
