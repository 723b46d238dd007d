/** Finding a front-end's calendar: one per server, one for the terminal, each made on first use. */
import { CalendarRepository } from '../db/calendar-repository.js';
import type { Db } from '../db/connection.js';
import { seedCalendar } from '../db/seed/load-seed.js';
import type { CalendarScope } from './calendar/queries.js';
import type { Clock } from './clock.js';

export const LOCAL_CALENDAR_KEY = 'local';

export interface CalendarsOptions {
  /** Load the seed article's meetings into each new calendar. */
  seed: boolean;
  /** The zone of a new calendar (for meetings whose place has none). */
  timezone: string;
}

export class Calendars {
  readonly repository: CalendarRepository;

  constructor(
    readonly db: Db,
    private readonly clock: Clock,
    private readonly options: CalendarsOptions,
  ) {
    this.repository = new CalendarRepository(db);
  }

  /** The terminal's own calendar. */
  local(): CalendarScope {
    return this.open(LOCAL_CALENDAR_KEY, null);
  }

  /** A server's calendar: nothing of one server is visible from another. */
  forGuild(guildId: string): CalendarScope {
    return this.open(`guild:${guildId}`, guildId);
  }

  /** Creating a calendar and seeding it is one transaction: a new calendar is never half-seeded. */
  private open(key: string, guildId: string | null): CalendarScope {
    const now = this.clock.now();
    const calendar = this.db.transaction(() => {
      const found = this.repository.calendar(key, { guildId, timezone: this.options.timezone, now });
      if (found.created && this.options.seed) seedCalendar(this.repository, found, now);
      return found;
    })();
    return {
      store: this.repository.forCalendar(calendar.id),
      calendar: { id: calendar.id, timezone: calendar.timezone, locale: calendar.locale },
    };
  }
}
