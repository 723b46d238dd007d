/**
 * An event's cover: the month picture (src/picture/) of the meeting's month, in the server's
 * language and week start, as a PNG data URI. Kept per calendar and month, keyed by the hash of
 * the picture's SVG: a sync that finds the month unchanged neither draws nor uploads it again.
 */
import { createHash } from 'node:crypto';
import type { CalendarStore } from '../calendar/store.js';
import { withDateStyle } from '../i18n/date-style.js';
import type { Logger } from '../logger.js';
import { languageWeekStart, type Weekday } from '../picture/month-grid.js';

/**
 * The largest cover sent, in bytes of image. Discord documents no limit for event covers; it
 * refuses an image field over its limit with BINARY_TYPE_MAX_SIZE ("File cannot be larger than
 * 10240.0 kb", the limit of its other image fields), so 10 MiB. A month picture is far smaller.
 */
export const COVER_MAX_BYTES = 10 * 1024 * 1024;

/** Pictures kept (a server's window spans a month or two; a few hundred servers fit). */
const KEPT = 500;

/** A cover as the sync sends it: its hash (what an event row records) and its data URI. */
export interface EventCover {
  hash: string;
  dataUri: string;
}

/** Where the covers of a calendar's months come from. */
export interface EventCoverSource {
  /** The cover of the calendar's `month` (YYYY-MM); null when it has none (the picture is too large). */
  monthCover(calendarId: number, month: string): Promise<EventCover | null>;
}

interface Kept {
  svgHash: string;
  cover: EventCover | null;
}

export interface MonthCoversOptions {
  calendars: { forCalendar(calendarId: number): Pick<CalendarStore, 'meetingsOverlapping' | 'calendarRef'> };
  logger: Logger;
  maxBytes?: number;
  /** SVG to PNG (tests count the drawings). */
  render?: (svg: string) => Promise<Buffer>;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Month pictures as event covers, drawn only when the month's picture changed. */
export class MonthCovers implements EventCoverSource {
  private readonly kept = new Map<string, Kept>();
  /** Calendars already told of a picture too large (logged once). */
  private readonly toldTooLarge = new Set<number>();

  constructor(private readonly options: MonthCoversOptions) {}

  async monthCover(calendarId: number, month: string): Promise<EventCover | null> {
    const store = this.options.calendars.forCalendar(calendarId);
    const ref = store.calendarRef();
    const locale = ref.locale ?? 'en';
    // Loaded when first drawn: the picture brings resvg (a native module) and its fonts, which the
    // bot's start need not wait for (as /meetings calendar loads them).
    const { monthPicture, monthSpan } = await import('../picture/month-picture.js');
    const { from, to } = monthSpan(month);
    // In the server's date style (its month names and digits), as /meetings calendar draws it.
    const { svg } = withDateStyle(ref.dateStyle, () =>
      monthPicture({
        month,
        meetings: store.meetingsOverlapping(from, to).meetings,
        locale,
        weekStart: (ref.weekStart ?? languageWeekStart(locale)) as Weekday,
        // No day marked as today: a cover stays up for days, and would change every day.
        today: '',
      }),
    );
    const key = `${calendarId}:${month}`;
    const svgHash = sha256(svg);
    const before = this.kept.get(key);
    if (before?.svgHash === svgHash) return before.cover;
    const render = this.options.render ?? (await import('../picture/render-png.js')).renderPng;
    const png = await render(svg);
    const cover = this.fits(calendarId, month, png)
      ? { hash: sha256(png).slice(0, 32), dataUri: `data:image/png;base64,${png.toString('base64')}` }
      : null;
    this.kept.delete(key);
    this.kept.set(key, { svgHash, cover });
    if (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value!);
    return cover;
  }

  private fits(calendarId: number, month: string, png: Buffer): boolean {
    const maxBytes = this.options.maxBytes ?? COVER_MAX_BYTES;
    if (png.length <= maxBytes) return true;
    if (!this.toldTooLarge.has(calendarId)) {
      this.toldTooLarge.add(calendarId);
      this.options.logger.warn('month picture too large for an event cover; events go without one', {
        calendar: calendarId,
        month,
        bytes: png.length,
        limit: maxBytes,
      });
    }
    return false;
  }
}
