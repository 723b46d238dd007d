/**
 * `/meetings export` and `npx meetings export`: the calendar (or part of it) as an .ics file,
 * in the server's language. The terminal writes the file where --ics says.
 */
import { calendarFile, ICS_CONTENT_TYPE } from '../ical/calendar-file.js';
import { meetingsToExport, type ExportFilter } from '../ical/export-selection.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/index.js';
import { meetingJson } from '../replies/meeting-view.js';
import type { Reply } from '../replies/reply.js';
import type { HandlerContext } from './context.js';

export type { ExportFilter };

/** The name of the file an export is sent as. */
export const EXPORT_FILE_NAME = 'diwan-meetings.ics';

/** What Discord takes in one message from a bot in a server without boosts (10 MiB). */
const DISCORD_UPLOAD_LIMIT = 10 * 1024 * 1024;

/**
 * The meetings the filter selects, as an iCalendar attachment; seen only by the one who asked.
 * `uploadLimit`: the most bytes the front-end can send (none in the terminal).
 */
export function exportMeetings(
  ctx: HandlerContext,
  filter: ExportFilter,
  uploadLimit: number | null = DISCORD_UPLOAD_LIMIT,
): Reply {
  const meetings = meetingsToExport(ctx.scope, filter, ctx.clock.now());
  if (meetings.length === 0) throw new UserError('nothingToExport');
  const locale = ctx.view.locale;
  const data = calendarFile(meetings, { locale });
  if (uploadLimit !== null && Buffer.byteLength(data) > uploadLimit)
    throw new UserError('exportTooLarge', Math.floor(uploadLimit / 1024 / 1024));
  return {
    content: messages(locale).calendarFiles.exported(messages(locale).meetingCount(meetings.length), EXPORT_FILE_NAME),
    ephemeral: true,
    files: [{ name: EXPORT_FILE_NAME, contentType: ICS_CONTENT_TYPE, data }],
    json: () => ({ file: EXPORT_FILE_NAME, meetings: meetings.map(meetingJson) }),
  };
}
