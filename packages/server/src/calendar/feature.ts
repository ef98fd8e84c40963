import type { Feature } from '../feature.js';
import { notify as defaultNotify, type Notify } from '../notifications/notify.js';
import { refreshDue } from './documents.js';
import { CALENDAR_MIGRATIONS } from './migrations.js';
import { calendarReminder, reminderHandler } from './reminders.js';
import { type CalendarRouteDeps, registerCalendarRoutes } from './routes.js';
import { pragueDate } from './time.js';

export interface CalendarDeps extends CalendarRouteDeps {
  /** The notification service (tests: a fake that records). */
  calendarNotify?: Notify;
  /** How often each process looks for citizens whose daily refresh is due. Default 15 minutes; 0: never (tests). */
  calendarRefreshMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    calendar: {
      /** This process's share of today's refresh of documents (citizens with reminders on). Returns how many. */
      refreshDue(): Promise<number>;
    };
  }
}

/**
 * KALENDÁŘ: document expiries, submission deadlines, services' events and own reminders, reminders sent once each
 * from the job queue (`calendar.reminder`), and the secret iCalendar feed.
 */
export const calendar: Feature<CalendarDeps> = {
  name: 'calendar',
  migrations: CALENDAR_MIGRATIONS,
  register(app, deps) {
    const now = deps.now ?? (() => new Date());
    registerCalendarRoutes(app, deps);
    deps.jobs.handle(calendarReminder, reminderHandler(deps.calendarNotify ?? defaultNotify));

    const run = async () => {
      const count = await refreshDue(deps.db, app.serviceBus, app.personRef, now, app.log, pragueDate(now()));
      if (count > 0) deps.jobs.notify();
      return count;
    };
    app.decorate('calendar', { refreshDue: run });
    const every = deps.calendarRefreshMs ?? 15 * 60 * 1000;
    let timer: NodeJS.Timeout | undefined;
    if (every > 0) {
      // Not at once on start: a rolling restart of every replica should not read at the same moment.
      app.addHook('onReady', async () => {
        timer = setInterval(() => {
          run().catch((error: unknown) => app.log.error({ err: error }, 'the calendar refresh failed'));
        }, every);
        timer.unref();
      });
      app.addHook('onClose', async () => clearInterval(timer));
    }
  },
};
