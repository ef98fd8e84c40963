import { isMonth } from './month.js';

/** The remote's routes below /services/calendar (the CALENDAR tab leads to the month). */
export type Route =
  | { name: 'month'; month: string | null }
  | { name: 'list' }
  | { name: 'reminders' }
  | { name: 'settings' }
  | { name: 'not-found' };

export const paths = {
  month: (month?: string) => (month ? `/?month=${month}` : '/'),
  list: () => '/list',
  reminders: () => '/reminders',
  settings: () => '/settings',
};

export function parseRoute(path: string, search: string): Route {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) {
    const month = new URLSearchParams(search).get('month');
    return { name: 'month', month: isMonth(month) ? month : null };
  }
  if (parts.length === 1 && parts[0] === 'list') return { name: 'list' };
  if (parts.length === 1 && parts[0] === 'reminders') return { name: 'reminders' };
  if (parts.length === 1 && parts[0] === 'settings') return { name: 'settings' };
  return { name: 'not-found' };
}
