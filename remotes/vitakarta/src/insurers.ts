import type { LocalizedText } from '@czp/contract';

/**
 * The Czech Republic's public health insurers by their codes, for the citizen to choose from when the health
 * documentation could not be read. The register's own name wins when it gives one.
 */
export const INSURERS: readonly { code: string; name: LocalizedText }[] = [
  {
    code: '111',
    name: { cs: 'Všeobecná zdravotní pojišťovna České republiky', en: 'General Health Insurance Company' },
  },
  {
    code: '201',
    name: { cs: 'Vojenská zdravotní pojišťovna České republiky', en: 'Military Health Insurance Company' },
  },
  {
    code: '205',
    name: { cs: 'Česká průmyslová zdravotní pojišťovna', en: 'Czech Industrial Health Insurance Company' },
  },
  {
    code: '207',
    name: {
      cs: 'Oborová zdravotní pojišťovna zaměstnanců bank, pojišťoven a stavebnictví',
      en: 'Health Insurance Company of Employees of Banks, Insurance Companies and Construction',
    },
  },
  { code: '209', name: { cs: 'Zaměstnanecká pojišťovna Škoda', en: 'Škoda Employee Health Insurance Company' } },
  {
    code: '211',
    name: {
      cs: 'Zdravotní pojišťovna ministerstva vnitra České republiky',
      en: 'Health Insurance Company of the Ministry of the Interior',
    },
  },
  {
    code: '213',
    name: { cs: 'Revírní bratrská pokladna, zdravotní pojišťovna', en: 'RBP, Health Insurance Company' },
  },
];
