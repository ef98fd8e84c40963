import type { DataCategory, ServiceCategory } from '@czp/contract';
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
