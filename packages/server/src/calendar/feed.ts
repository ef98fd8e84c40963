/**
 * The secret iCalendar feed. The secret is HMAC(server key, person and nonce), so the portal can show the citizen the
 * same URL again while storing only its SHA-256: the database alone does not give the URL. Rotating changes the
 * nonce (the old URL answers 404); deleting removes the feed.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { CalendarItem, Locale } from '@czp/contract';
import icalGenerator, { ICalCalendarMethod } from 'ical-generator';
import type { Queryable } from '../db/database.js';
import { FEED_NAME } from './texts.js';
import { addDays, pragueInstant } from './time.js';

/** base64url of 32 bytes. */
export const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function feedSecret(key: string, personId: string, nonce: string): string {
  return createHmac('sha256', key).update(`czp-calendar-feed:${personId}:${nonce}`).digest('base64url');
}

export interface FeedRow {
  nonce: string;
  locale: Locale;
  created_at: Date | string;
}

export async function readFeed(q: Queryable, personId: string): Promise<FeedRow | null> {
  const [row] = await q.query<FeedRow>('select nonce, locale, created_at from calendar_feeds where person_id = $1', [
    personId,
  ]);
  return row ?? null;
}

/** Makes the person's feed with a new nonce (the first one, or a rotation revoking the old URL). */
export async function newFeed(
  q: Queryable,
  key: string,
  personId: string,
  locale: Locale,
  now: Date,
): Promise<FeedRow> {
  const nonce = randomBytes(16).toString('hex');
  const [row] = await q.query<FeedRow>(
    `insert into calendar_feeds (person_id, nonce, secret_hash, locale, created_at) values ($1, $2, $3, $4, $5)
     on conflict (person_id) do update
       set nonce = excluded.nonce, secret_hash = excluded.secret_hash, locale = excluded.locale,
           created_at = excluded.created_at
     returning nonce, locale, created_at`,
    [personId, nonce, hashOf(feedSecret(key, personId, nonce)), locale, now],
  );
  if (!row) throw new Error('the feed was not stored');
  return row;
}

/** The feed's person and language by its secret, or null (never made, rotated or deleted). */
export async function feedBySecret(q: Queryable, secret: string): Promise<{ personId: string; locale: Locale } | null> {
  const [row] = await q.query<{ person_id: string; locale: Locale }>(
    'select person_id::text as person_id, locale from calendar_feeds where secret_hash = $1',
    [hashOf(secret)],
  );
  return row ? { personId: row.person_id, locale: row.locale } : null;
}

/**
 * The calendar as RFC 5545 text: whole-day items as DATE values, timed ones in UTC (one hour long), each with a
 * stable UID so a calendar application updates rather than duplicates an item.
 */
export function icsOf(items: CalendarItem[], locale: Locale, publicUrl: string, now: Date): string {
  const host = new URL(publicUrl).host;
  const calendar = icalGenerator({
    name: FEED_NAME[locale],
    prodId: { company: 'Portál občana', product: 'Kalendář', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  for (const item of items) {
    const start = item.time ? pragueInstant(item.date, item.time) : new Date(`${item.date}T00:00:00Z`);
    calendar.createEvent({
      id: `${item.id}@${host}`,
      stamp: now,
      start,
      end: item.time ? new Date(start.getTime() + 60 * 60 * 1000) : new Date(`${addDays(item.date, 1)}T00:00:00Z`),
      allDay: !item.time,
      summary: item.title[locale],
      ...(item.place ? { location: item.place } : {}),
      ...(item.link ? { url: `${publicUrl}${item.link}` } : {}),
    });
  }
  return calendar.toString();
}
