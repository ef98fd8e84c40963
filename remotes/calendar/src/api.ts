import {
  type ApiRefusal,
  CALENDAR_ITEM_KINDS,
  type CalendarFeed,
  type CalendarItem,
  type CalendarItemsAnswer,
  type ReminderRequest,
  type ReminderSettings,
} from '@czp/contract';
import type { ServiceApiClient } from '@czp/remote-sdk';

/**
 * KALENDÁŘ's API as this remote calls it (the host's client adds /api/services/calendar). The shapes are the
 * contract's; small guards check the answers' outline instead of zod, which stays off the browser.
 */

export interface ApiError extends ApiRefusal {
  status: number;
}

export type Result<T> = { ok: true; data: T } | { ok: false; problem: ApiError };

type Guard<T> = (value: unknown) => value is T;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';
const isArrayOf = <T>(value: unknown, guard: Guard<T>): value is T[] => Array.isArray(value) && value.every(guard);
const orNull = (value: unknown, guard: (v: unknown) => boolean) => value === null || guard(value);

const isItem = (value: unknown): value is CalendarItem =>
  isObject(value) &&
  isString(value.id) &&
  (CALENDAR_ITEM_KINDS as readonly unknown[]).includes(value.kind) &&
  isObject(value.title) &&
  isString(value.title.cs) &&
  isString(value.title.en) &&
  isString(value.date) &&
  orNull(value.time, isString) &&
  orNull(value.link, isString);

const isItems: Guard<CalendarItemsAnswer> = (value): value is CalendarItemsAnswer =>
  isObject(value) && isString(value.today) && isArrayOf(value.items, isItem);
const isReminders: Guard<{ reminders: CalendarItem[] }> = (value): value is { reminders: CalendarItem[] } =>
  isObject(value) && isArrayOf(value.reminders, isItem);
const isSettings: Guard<ReminderSettings> = (value): value is ReminderSettings =>
  isObject(value) && typeof value.enabled === 'boolean' && Array.isArray(value.offsets);
const isFeed: Guard<CalendarFeed> = (value): value is CalendarFeed => isObject(value) && isString(value.url);
const isNothing: Guard<null> = (value): value is null => value === null;

async function toResult<T>(request: Promise<Response>, guard: Guard<T>): Promise<Result<T>> {
  let response: Response;
  try {
    response = await request;
  } catch {
    return { ok: false, problem: { status: 0, error: 'network', message: '' } };
  }
  let body: unknown = null;
  if (response.status !== 204) {
    try {
      body = await response.json();
    } catch {
      body = null;
    }
  }
  if (!response.ok) {
    const problem: ApiError = { status: response.status, error: 'unknown', message: '' };
    if (isObject(body)) {
      if (isString(body.error)) problem.error = body.error;
      if (isString(body.message)) problem.message = body.message;
      if (isString(body.field)) problem.field = body.field;
    }
    return { ok: false, problem };
  }
  if (!guard(body)) return { ok: false, problem: { status: response.status, error: 'unexpected', message: '' } };
  return { ok: true, data: body };
}

export function calendarApi(api: ServiceApiClient) {
  const id = encodeURIComponent;
  return {
    items: (from: string, to: string) => toResult(api.get(`/items?from=${from}&to=${to}`), isItems),
    reminders: () => toResult(api.get('/reminders'), isReminders),
    createReminder: (body: ReminderRequest) => toResult(api.send('POST', '/reminders', body), isItem),
    updateReminder: (itemId: string, body: ReminderRequest) =>
      toResult(api.send('PUT', `/reminders/${id(itemId)}`, body), isItem),
    deleteReminder: (itemId: string) => toResult(api.send('DELETE', `/reminders/${id(itemId)}`), isNothing),
    settings: () => toResult(api.get('/settings'), isSettings),
    saveSettings: (settings: ReminderSettings) => toResult(api.send('PUT', '/settings', settings), isSettings),
    feed: () => toResult(api.get('/feed'), isFeed),
    rotateFeed: () => toResult(api.send('POST', '/feed/rotate'), isFeed),
    deleteFeed: () => toResult(api.send('DELETE', '/feed'), isNothing),
  };
}

export type CalendarApi = ReturnType<typeof calendarApi>;
