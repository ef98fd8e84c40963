import { SERVICE_CATEGORIES, type ServiceMetadata } from '@czp/contract';
import { serviceMetadataSchema } from '@czp/contract/schemas';
import type { OptionName } from '../command.js';

/** What `czp new` asks for (or takes as options): each answer becomes one field of czp.service.json. */
export interface NewServiceAnswers {
  id: string;
  issuer: string;
  issuerCs: string;
  issuerEn: string;
  ico: string;
  nameCs: string;
  nameEn: string;
  category: string;
  supportEmail: string;
  supportPhone: string;
}

type AnswerName = keyof NewServiceAnswers;

export interface AnswerField {
  name: AnswerName;
  /** The option that gives it on the command line; the id is the positional argument. */
  option: OptionName | null;
  /** The question on a terminal. */
  question: string;
  /** Its path in czp.service.json: the server's schema checks it there. */
  path: readonly string[];
  /** Taken when nothing is given; a field without one is required. */
  fallback?: string;
}

/** In the order they are asked. */
export const ANSWER_FIELDS: readonly AnswerField[] = [
  {
    name: 'id',
    option: null,
    question: 'Service id (lower-case letters, digits, hyphens; e.g. kutna-hora-zavady)',
    path: ['id'],
  },
  { name: 'issuer', option: 'issuer', question: 'Issuer id (e.g. mesto-kutna-hora)', path: ['issuer', 'id'] },
  {
    name: 'issuerCs',
    option: 'issuer-cs',
    question: 'Issuer’s name in Czech (e.g. Město Kutná Hora)',
    path: ['issuer', 'name', 'cs'],
  },
  {
    name: 'issuerEn',
    option: 'issuer-en',
    question: 'Issuer’s name in English (e.g. Town of Kutná Hora)',
    path: ['issuer', 'name', 'en'],
  },
  { name: 'ico', option: 'ico', question: 'Issuer’s IČO (8 digits)', path: ['issuer', 'ico'] },
  {
    name: 'nameCs',
    option: 'name-cs',
    question: 'Service name in Czech',
    path: ['name', 'cs'],
    fallback: 'Nahlásit závadu',
  },
  {
    name: 'nameEn',
    option: 'name-en',
    question: 'Service name in English',
    path: ['name', 'en'],
    fallback: 'Report a fault',
  },
  {
    name: 'category',
    option: 'category',
    question: `Catalogue category (${SERVICE_CATEGORIES.join(', ')})`,
    path: ['category'],
    fallback: 'municipality',
  },
  { name: 'supportEmail', option: 'support-email', question: 'Technical support e-mail', path: ['support', 'email'] },
  {
    name: 'supportPhone',
    option: 'support-phone',
    question: 'Technical support phone (e.g. +420 327 710 111)',
    path: ['support', 'phone'],
  },
];

/** The description czp.service.json starts with (the catalogue shows it); the README says to change it. */
const DESCRIPTION = {
  cs: 'Nahlaste závadu na veřejném prostranství: rozbitou lampu, díru v silnici nebo přeplněný koš. Napište, kde je a co se stalo, a dostanete číslo hlášení.',
  en: 'Report a fault in a public place: a broken street light, a pothole or an overflowing bin. Say where it is and what happened, and get the report’s number.',
};

/** czp.service.json as the answers make it (not yet checked). */
export function metadataFrom(answers: NewServiceAnswers): ServiceMetadata {
  return {
    id: answers.id,
    issuer: { id: answers.issuer, name: { cs: answers.issuerCs, en: answers.issuerEn }, ico: answers.ico },
    name: { cs: answers.nameCs, en: answers.nameEn },
    description: DESCRIPTION,
    category: answers.category as ServiceMetadata['category'],
    support: { email: answers.supportEmail, phone: answers.supportPhone },
  };
}

export interface MetadataProblem {
  /** The answer it is about (null: a field czp new does not ask for, i.e. a bug of the template). */
  field: AnswerField | null;
  /** The dotted path in czp.service.json, e.g. "issuer.ico". */
  path: string;
  message: string;
}

/**
 * Checks the metadata with the server's own schema (serviceMetadataSchema, the one the publishing API runs), so what
 * czp new writes is what the portal accepts. Resolves the cleaned metadata (the schema trims and cleans text).
 */
export function checkMetadata(
  metadata: ServiceMetadata,
): { ok: true; metadata: ServiceMetadata } | { ok: false; problems: MetadataProblem[] } {
  const parsed = serviceMetadataSchema.safeParse(metadata);
  if (parsed.success) return { ok: true, metadata: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const field = ANSWER_FIELDS.find((candidate) => candidate.path.join('.') === path) ?? null;
    return { field, path, message: issue.message };
  });
  return { ok: false, problems };
}

/** The problems of one answer alone (for asking again on a terminal), checked inside otherwise valid metadata. */
export function problemOf(field: AnswerField, value: string): string | null {
  const sample: NewServiceAnswers = {
    id: 'sample',
    issuer: 'sample-issuer',
    issuerCs: 'Vzor',
    issuerEn: 'Sample',
    ico: '00000000',
    nameCs: 'Vzor',
    nameEn: 'Sample',
    category: 'municipality',
    supportEmail: 'sample@example.cz',
    supportPhone: '+420 000 000 000',
  };
  const result = checkMetadata(metadataFrom({ ...sample, [field.name]: value }));
  if (result.ok) return null;
  return result.problems.find((problem) => problem.field === field)?.message ?? result.problems[0]?.message ?? null;
}
