import type { DataCategory, Locale, ServiceCategory } from '@czp/contract';
import type { ShellMessageKey } from '../i18n/message-key.js';

export const CATEGORY_LABEL: Record<ServiceCategory, ShellMessageKey> = {
  municipality: 'categoryMunicipality',
  ministry: 'categoryMinistry',
  portal: 'categoryPortal',
  health: 'categoryHealth',
  social: 'categorySocial',
  business: 'categoryBusiness',
};

export const DATA_LABEL: Record<DataCategory, ShellMessageKey> = {
  identity: 'dataIdentity',
  address: 'dataAddress',
  contacts: 'dataContacts',
  vehicles: 'dataVehicles',
  'driving-licence': 'dataDrivingLicence',
  'trade-licences': 'dataTradeLicences',
  'real-estate': 'dataRealEstate',
  benefits: 'dataBenefits',
  'health-insurance': 'dataHealthInsurance',
  'health-records': 'dataHealthRecords',
  submissions: 'dataSubmissions',
};

/**
 * The 14 regions of the Czech Republic in English. A service's `region` is the Czech name (the contract's key, what
 * the URL's filter carries); Czech shows it as it is, English through this table (an unknown name stays as it is).
 */
const REGION_EN: Readonly<Record<string, string>> = {
  'Hlavní město Praha': 'Prague',
  'Středočeský kraj': 'Central Bohemian Region',
  'Jihočeský kraj': 'South Bohemian Region',
  'Plzeňský kraj': 'Plzeň Region',
  'Karlovarský kraj': 'Karlovy Vary Region',
  'Ústecký kraj': 'Ústí nad Labem Region',
  'Liberecký kraj': 'Liberec Region',
  'Královéhradecký kraj': 'Hradec Králové Region',
  'Pardubický kraj': 'Pardubice Region',
  'Kraj Vysočina': 'Vysočina Region',
  'Jihomoravský kraj': 'South Moravian Region',
  'Olomoucký kraj': 'Olomouc Region',
  'Zlínský kraj': 'Zlín Region',
  'Moravskoslezský kraj': 'Moravian-Silesian Region',
};

export function regionLabel(region: string, locale: Locale): string {
  return locale === 'en' ? (REGION_EN[region] ?? region) : region;
}
