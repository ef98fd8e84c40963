/**
 * What the state's registers answer, as the service bus checks it (full zod, server-side only: the bus validates every
 * answer before it reaches the portal). The types a browser needs are inferred from these in registers.ts, so each
 * shape is written once. Dates are ISO 8601 (YYYY-MM-DD), times ISO 8601 with a zone.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const isoTime = z.string().datetime({ offset: true });
const text = z.string().min(1).max(500);
const localized = z.object({ cs: text, en: text });

/** An address as RÚIAN (the territorial identification register) keeps it: its address-point code and its parts. */
export const ruianAddressSchema = z.object({
  /** Kód adresního místa: RÚIAN's id of the address point. */
  code: z.string().regex(/^\d{1,9}$/),
  street: z.string().max(200).nullable(),
  /** Číslo popisné (house number); with `orientationNumber` written "1/12". */
  houseNumber: z.string().regex(/^\d{1,5}$/),
  orientationNumber: z
    .string()
    .regex(/^\d{1,4}[a-z]?$/)
    .nullable(),
  /** Part of the municipality (část obce). */
  district: z.string().max(200).nullable(),
  municipality: text,
  /** PSČ, five digits. */
  postalCode: z.string().regex(/^\d{5}$/),
});

/** A personal document the state issued: identity card, passport, driving licence. */
export const documentRecordSchema = z.object({
  kind: z.enum(['id-card', 'passport', 'driving-licence']),
  number: z.string().regex(/^[A-Z0-9]{6,12}$/),
  issuedOn: isoDate,
  validUntil: isoDate,
  issuer: localized,
});

/** Základní registr obyvatel (ROB). */
export const residentsDataSchema = z
  .object({
    name: z.object({ givenName: text, familyName: text }),
    birth: z.object({ date: isoDate, place: text }),
    /** Code and name by the state's list of countries: "203 Česká republika". */
    citizenship: z.object({ code: z.string().regex(/^\d{3}$/), name: localized }),
    address: ruianAddressSchema,
    dataBoxId: z
      .string()
      .regex(/^[a-z0-9]{7}$/)
      .nullable(),
    /** The photo the state registered with the identity card: small, base64. */
    photo: z
      .object({ mediaType: z.enum(['image/png', 'image/jpeg', 'image/svg+xml']), base64: z.string().max(200_000) })
      .nullable(),
    documents: z.array(documentRecordSchema.extend({ kind: z.enum(['id-card', 'passport']) })).max(20),
  })
  .partial();

/** Základní registr osob (ROS): legal persons and self-employed entries the citizen is part of. */
export const personsDataSchema = z
  .object({
    entries: z
      .array(
        z.object({
          ico: z.string().regex(/^\d{8}$/),
          name: text,
          legalForm: localized,
          role: localized,
          since: isoDate,
          address: ruianAddressSchema,
        }),
      )
      .max(50),
  })
  .partial();

/** Registr řidičů: the licence and the penalty points. */
export const driversDataSchema = z
  .object({
    licence: documentRecordSchema
      .extend({ kind: z.literal('driving-licence'), categories: z.array(z.string().regex(/^[A-Z0-9+]{1,4}$/)).max(20) })
      .nullable(),
    points: z.object({
      total: z.number().int().min(0).max(12),
      events: z.array(z.object({ date: isoDate, offence: localized, points: z.number().int().min(1).max(7) })).max(100),
    }),
  })
  .partial();

/** Katastr nemovitostí: what the citizen owns. */
export const cadastreDataSchema = z
  .object({
    properties: z
      .array(
        z.object({
          kind: z.enum(['unit', 'building', 'parcel']),
          /** Katastrální území. */
          cadastralArea: text,
          /** List vlastnictví (title deed) number. */
          titleDeed: z.string().regex(/^\d{1,6}$/),
          description: localized,
          /** Share of ownership, e.g. "1/1", "1/2". */
          share: z.string().regex(/^\d{1,4}\/\d{1,4}$/),
          address: ruianAddressSchema.nullable(),
        }),
      )
      .max(100),
  })
  .partial();

/** Živnostenský rejstřík. */
export const tradeDataSchema = z
  .object({
    ico: z
      .string()
      .regex(/^\d{8}$/)
      .nullable(),
    licences: z
      .array(
        z.object({
          subject: localized,
          kind: z.enum(['free', 'craft', 'bound', 'licensed']),
          since: isoDate,
          state: z.enum(['active', 'suspended', 'ended']),
        }),
      )
      .max(100),
  })
  .partial();

/** Zdravotní dokumentace (the national health information system). */
export const healthDataSchema = z
  .object({
    insurer: z.object({ code: z.string().regex(/^\d{3}$/), name: localized }).nullable(),
    vaccinations: z.array(z.object({ date: isoDate, vaccine: text, disease: localized })).max(200),
  })
  .partial();

export const registerDataSchemas = {
  residents: residentsDataSchema,
  persons: personsDataSchema,
  drivers: driversDataSchema,
  cadastre: cadastreDataSchema,
  trade: tradeDataSchema,
  health: healthDataSchema,
} as const;

/** A register's own record of a read by an authority outside the portal (a police check, a tax office). */
export const registerAccessRecordSchema = z.object({
  at: isoTime,
  authority: localized,
  /** The agenda the authority read in, by its code in the register of rights and obligations (RPP), e.g. A1046. */
  agenda: z.string().regex(/^A\d{1,5}$/),
  purpose: localized,
  items: z.array(z.string().min(1).max(40)).max(20),
});
export const registerAccessRecordsSchema = z.array(registerAccessRecordSchema).max(10_000);

/** An agenda of the register of rights and obligations (RPP) that holds data about the citizen. */
export const agendaRecordSchema = z.object({
  code: z.string().regex(/^A\d{1,5}$/),
  name: localized,
  /** What it holds about the citizen. */
  holds: z.array(localized).max(50),
  /** Who administers it (ohlašovatel agendy). */
  administrator: localized,
});
export const agendaRecordsSchema = z.array(agendaRecordSchema).max(500);

/** The conversion authority's answer: the person's own pseudonymous identifier in one agenda (AIFO). */
export const conversionAnswerSchema = z.object({ aifo: z.string().regex(/^[A-Za-z0-9+/=_-]{8,64}$/) });
