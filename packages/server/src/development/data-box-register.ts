import { TEST_CITIZENS } from '@czp/dev-idp';
import type { DataBoxRegister } from '../data-box/box-register.js';

/** The development identity provider's citizens: those with `hasDataBox: false` have none. Wire it only for that IdP. */
export const developmentDataBoxRegister: DataBoxRegister = (person) =>
  TEST_CITIZENS.find((citizen) => citizen.sub === person.subject)?.hasDataBox ?? true;
