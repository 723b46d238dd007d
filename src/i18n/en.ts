import type {
  ConfidenceDoubt,
  ConfidenceLevel,
  EvidenceScope,
  EvidenceSpan,
  MeetingStatus,
  ParticipantKind,
} from '../calendar/types.js';
import { calendarFilesEn } from './calendar-files.js';
import { icu } from './icu.js';
import { reminderWords } from './reminder-words.js';
import { meetingNumbers } from './meeting-numbers.js';
import { digestEn } from './digest.js';
import { eventsEn, eventsErrorsEn } from './events.js';
import { feedErrorsEn, feedsEn } from './feeds-en.js';
import { followErrorsEn, followEn } from './follow-en.js';
import { pictureErrors, pictureWords } from './picture.js';
import { dateStyleErrors, dateStyleWords } from './date-style-words.js';

/** "; did you mean James Jeffrey or Jeffrey Feltman?" after a name nothing matched; nothing when none is near. */
function didYouMean(names: readonly string[]): string {
  if (names.length === 0) return '';
  const last = names.at(-1)!;
  return `; did you mean ${names.length === 1 ? last : `${names.slice(0, -1).join(', ')} or ${last}`}?`;
}

const TAG = 'en-GB';
const meetings = icu(TAG, '{n, plural, one {# meeting} other {# meetings}}');
const participants = icu(TAG, '{n, plural, one {# participant} other {# participants}}');
const pageOf = icu(TAG, 'Page {page, number} of {pages, number} · {counted}');

export const en = {
  intlTag: TAG,
  ...pictureWords.en,
  ...dateStyleWords.en,
  status: { held: 'held', scheduled: 'scheduled', tentative: 'tentative', cancelled: 'cancelled' } satisfies Record<
    MeetingStatus,
    string
  >,
  /** A scheduled or tentative meeting whose time has gone by, and no source says it was held. */
  pastUnconfirmed: 'past, not confirmed held',
  kind: { person: 'person', country: 'country', organization: 'organisation' } satisfies Record<
    ParticipantKind,
    string
  >,
  expectedIn: (period: string) => `expected in ${period}`,
  weekOf: (day: string) => `the week of ${day}`,
  upcomingTitle: (days: number) => (days === 1 ? 'Meetings in the next day' : `Meetings in the next ${days} days`),
  withParticipants: (names: string) => `with ${names}`,
  atPlaces: (names: string) => `in ${names}`,
  onTitle: (day: string) => `Meetings on ${day}`,
  betweenTitle: (from: string, to: string) => `Meetings from ${from} to ${to}`,
  pastTitle: 'Past meetings',
  participantTitle: (names: string) => `Meetings of ${names}`,
  placeTitle: (names: string) => `Meetings in ${names}`,
  participantsTitle: 'Participants',
  /** "Page 1 of 3 · 45 meetings": `counted` is meetingCount's or participantCount's. */
  pageFooter: (page: number, pages: number, counted: string) => pageOf({ page, pages, counted }),
  nothingInNext: (days: number) => (days === 1 ? 'Nothing in the next day' : `Nothing in the next ${days} days`),
  nothingOnDay: (day: string) => `Nothing on ${day}`,
  nothingBetween: (from: string, to: string) => `Nothing from ${from} to ${to}`,
  noMeetingsOf: (names: string) => `No meetings of ${names}`,
  noMeetingsIn: (names: string) => `No meetings in ${names}`,
  nothingAtAll: 'This calendar has no meetings yet.',
  onWhen: (when: string) => `on ${when}`,
  lastWas: (title: string, when: string) => `the last meeting was ${title} ${when}`,
  nextIs: (title: string, when: string) => `the next known is ${title} ${when}`,
  noneBefore: 'there is none before',
  noneAfter: 'none is known after',
  field: {
    when: 'When',
    where: 'Where',
    status: 'Status',
    participants: 'Participants',
    source: 'Source',
    sources: 'Sources',
    meetings: 'Meetings',
    aliases: 'Also written',
    role: 'Role',
    kind: 'Kind',
  },
  noPlace: 'place not given',
  /** The venue's own time beside Discord's reader-local timestamp: a wrong zone shows at once. */
  venueClock: (clock: string, place: string | null, offset: string) =>
    place ? `${clock} ${place} time (${offset})` : `${clock} local time (${offset})`,
  meetingCount: (n: number) => meetings({ n }),
  participantCount: (n: number) => participants({ n }),
  alsoMatched: (names: string) => `Also matching: ${names}`,
  previous: 'Previous',
  next: 'Next',
  added: (id: number) => `✅ Added meeting #${id}, as understood:`,
  edited: (id: number) => `✏️ Meeting #${id} changed, as understood:`,
  cancelled: (id: number) => `✖️ Meeting #${id} is now cancelled.`,
  confirmDelete: (id: number) => `Delete meeting #${id}? This cannot be undone.`,
  deleteButton: 'Delete',
  keepButton: 'Keep it',
  kept: (id: number) => `Meeting #${id} kept.`,
  deleted: (id: number) => `🗑️ Meeting #${id} deleted.`,
  reminderTitle: (count: number) => (count === 1 ? '⏰ Coming up' : `⏰ ${count} meetings coming up`),
  reminderKind: {
    lead: 'Starts',
    'day-before': 'Tomorrow',
    'period-start:week': 'Expected this week',
    'period-start:month': 'Expected this month',
    cancelled: '✖️ Cancelled',
  } as Record<string, string>,
  reminders: reminderWords.en,
  postedLate: '(posted late: the bot was offline at the time)',
  reminderTest: '⏰ Test: reminders for this calendar will be posted here.',
  channelRefused: (channel: string, reason: string) =>
    `⚠️ Diwan could not post reminders in <#${channel}> (${reminderWords.en.refusal(reason)}) and has stopped trying there. Give it the Send Messages and Embed Links permissions there, or pick another channel with /reminders channel.`,
  remindersOff: 'Reminders are off here: someone with Manage Server can turn them on with /reminders channel.',
  importNothing: 'No meeting found in this article: nothing was added.',
  importPreview: (found: number, updates: number) =>
    `Found ${meetings({ n: found })}${updates ? ` (${updates} already in the calendar: ${updates === 1 ? 'it' : 'they'} will be updated)` : ''}. Add ${found === 1 ? 'it' : 'them'}?`,
  importButton: (found: number) => (found === 1 ? 'Add the meeting' : `Add ${found} meetings`),
  discardButton: 'Discard',
  importDiscarded: 'Discarded: nothing was added.',
  imported: (added: number[], updated: number[]) =>
    [
      added.length ? `✅ Added ${meetingNumbers(added).join(', ')}` : '',
      updated.length ? `✏️ Updated ${meetingNumbers(updated).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ') + '.',
  importAlreadyDone: (by: string, at: string, meetings: number[]) =>
    `Already done: ${by} confirmed this import ${at}${meetings.length ? ` (${meetings.map((id) => `#${id}`).join(', ')})` : ''}; nothing was added again.`,
  importUpdates: (id: number) => `Updates #${id}`,
  importNew: 'New',
  /** The publication day relative dates were read against; `assumed`: none was given. */
  importPublished: (day: string, assumed: boolean) =>
    assumed
      ? `Read as published on ${day} (no day given: today was assumed; give published: to change it).`
      : `Read as published on ${day}.`,
  importLowConfidence: (n: number) =>
    n === 1 ? '⚠️ 1 is marked low confidence: check it.' : `⚠️ ${n} are marked low confidence: check them.`,
  importChosen: (chosen: number, found: number) => `${chosen} of ${found} chosen.`,
  importUntick: 'Untick any meeting you do not want, then add the rest.',
  importFirstOnly: (shown: number) => `The menu holds the first ${shown}; the others are always added.`,
  importPick: 'Meetings to add (untick to leave one out)',
  importFoundTitle: 'Meetings found',
  titlesButton: 'Fix titles, then add',
  dayButton: 'Change the day',
  /** The form that fixes the titles of the first meetings chosen; submitting it adds them. */
  titlesForm: {
    title: 'Titles, then add · العناوين ثم الإضافة',
    instead: 'titles are fixed in a form in Discord; here, add the meetings, then /calendar edit meeting:… title:…',
  },
  /** The form that reads the article again against another publication day. */
  dayForm: {
    title: 'Publication day · تاريخ النشر',
    instead: 'import the article again with published:…',
    label: 'Publication day · تاريخ النشر',
  },
  andMore: (n: number) => `…and ${n} more`,
  confidenceField: 'Confidence',
  evidenceField: 'Read from',
  confidence: { high: 'high', medium: 'medium', low: 'low' } satisfies Record<ConfidenceLevel, string>,
  doubts: {
    verbOnly: 'only a verb says they met',
    dateBorrowed: 'its day is the one named before it',
    publicationDay: 'no day given: the day it was published',
    vagueDate: 'only the week or the month is known',
    placeFar: 'the place was read far from the meeting',
    noPlace: 'no place given',
    noPerson: 'no person named, only countries or bodies',
    nobody: 'nobody named',
  } satisfies Record<ConfidenceDoubt, string>,
  evidenceWhat: { event: 'meeting word', date: 'date', place: 'place', people: 'people' } satisfies Record<
    EvidenceSpan['what'],
    string
  >,
  evidenceFrom: {
    clause: 'its clause',
    sentence: 'its sentence',
    paragraph: 'its paragraph',
    lead: 'the lead',
    headline: 'the headline',
    dateline: 'the dateline',
    capital: 'the country named (its capital)',
    outlet: "the outlet's country (its capital)",
    seat: 'the seat of the organisation that meets',
    article: 'elsewhere in the article',
  } satisfies Record<EvidenceScope, string>,
  /** The terminal's note on stderr when `--published` was not given. */
  assumedPublished: (day: string) => `no --published given: read as published on ${day} (today)`,
  // Forms: in Discord's auto language everyone reads English (it has no Arabic client), so
  // titles and labels carry the Arabic beside them.
  addForm: {
    title: 'Add a meeting · إضافة اجتماع',
    instead: 'give at least a title and a date: /calendar add title:… date:…',
    titleLabel: 'Title · العنوان',
    dayLabel: 'Day · اليوم',
    dayExample: '2020-01-30, tomorrow, غداً',
    timeLabel: 'Local time · الساعة',
    placeLabel: 'Place · المكان',
    placeExample: 'Damascus · دمشق',
    participantsLabel: 'Participants · المشاركون',
    participantsExample: 'Geir Pedersen, James Jeffrey',
  },
  importForm: {
    title: 'Import an article · استيراد مقال',
    instead: 'paste the article with text:… or attach it with file:… (a .txt file)',
    articleLabel: 'Article · المقال',
    publishedLabel: 'Publication day · تاريخ النشر',
    publishedExample: '2020-01-28 (default: today)',
  },
  events: eventsEn,
  digest: digestEn,
  settingsTitle: '⚙️ Settings',
  settingsLanguage: 'Language',
  settingsZone: 'Time zone (meetings with no place)',
  languageAuto: "each reader's Discord language",
  languageName: { ar: 'العربية', en: 'English' } as Record<'ar' | 'en', string>,
  genericError: 'Something went wrong on our side; it has been logged. Please try again.',
  calendarFiles: calendarFilesEn,
  feeds: feedsEn,
  follow: followEn,
  /** Expected failures (`UserError`), one function per sentence: the values in, the sentence out. */
  errors: {
    ...eventsErrorsEn,
    ...calendarFilesEn.errors,
    ...feedErrorsEn,
    ...followErrorsEn,
    ...pictureErrors.en,
    ...dateStyleErrors.en,
    // Meetings and their fields
    noMeeting: (id: number) => `there is no meeting #${id} in this calendar`,
    notMeetingNumber: (id: number) => `"${id}" is not a meeting number`,
    noMeetingMatches: (text: string) => `no meeting in this calendar matches "${text}"`,
    meetingNeedsTitle: () => 'a meeting needs a title',
    meetingNeedsDate: () => 'a meeting needs a date (YYYY-MM-DD, today, tomorrow)',
    participantNeedsName: () => 'a participant needs a name',
    sayWhatToChange: () => 'say what to change: title, date, time, zone, place, participants or status',
    statusOneOf: (statuses: readonly string[]) => `status must be one of ${statuses.join(', ')}`,
    meetingEndsBeforeBegins: (end: string, start: string) => `the meeting ends (${end}) before it begins (${start})`,
    onlyDeleteAsker: () => 'only the person who asked to delete this meeting can confirm it',
    // Days, times and zones
    notDate: (text: string) => `"${text}" is not a date (use YYYY-MM-DD)`,
    notCalendarDate: (text: string) => `"${text}" is not a date of the calendar`,
    unreadableDate: (text: string) =>
      `"${text}" is not a date I can read; write it as YYYY-MM-DD, or today, tomorrow, الخميس المقبل`,
    ambiguousDate: (text: string) =>
      `"${text}" could be read two ways (day/month or month/day); write it as YYYY-MM-DD`,
    dateNeedsYear: (text: string) => `"${text}" needs its year; write it as YYYY-MM-DD`,
    notTimeOfDay: (text: string) => `"${text}" is not a time of day (use HH:mm, 24 hours)`,
    notInstant: (what: string, text: string) =>
      `${what} must be an ISO instant such as 2020-01-26T12:00:00Z, not "${text}"`,
    unknownZone: (zone: string) => `unknown time zone "${zone}"`,
    unknownZoneUseIana: (zone: string) => `unknown time zone "${zone}" (use an IANA name such as Asia/Damascus)`,
    unknownZonePickOne: (zone: string) => `unknown time zone "${zone}"; pick one from the list (e.g. Asia/Damascus)`,
    // Listings
    daysRange: (max: number) => `days must be a whole number from 1 to ${max}`,
    rangeEndsBeforeBegins: (last: string, first: string) => `the range ends (${last}) before it begins (${first})`,
    rangeTooLong: (max: number) => `a range can span at most ${max} days`,
    pageFromOne: () => 'page must be a whole number from 1',
    typeParticipant: () => 'type a participant name',
    typePlace: () => 'type a place name',
    noParticipantMatches: (name: string, suggestions: readonly string[] = []) =>
      `no participant in this calendar matches "${name}"${didYouMean(suggestions)}`,
    noPlaceMatches: (name: string, suggestions: readonly string[] = []) =>
      `no place in this calendar matches "${name}"${didYouMean(suggestions)}`,
    // Articles
    articleGone: () => 'that article is no longer here; paste it again',
    noMeetingChosen: () => 'no meeting is chosen: tick at least one, or Discard',
    onlyArticleOwner: () => 'only the person who pasted this article can confirm it',
    notPublicationDay: (day: string) => `"${day}" is not a publication day (use YYYY-MM-DD)`,
    publicationInFuture: (day: string) => `the publication day ${day} is in the future`,
    fileTooLarge: (name: string, kb: number, maxKb: number) =>
      `${name} is ${kb} KB; an article may be at most ${maxKb} KB`,
    attachText: (name: string) => `${name} is not a text file (attach a .txt file)`,
    notRegularFile: (name: string) =>
      `${name} is not a regular file (a device, a pipe or a folder): save the article to a file`,
    notTextFile: (name: string) => `${name} is not a text file`,
    notUtf8: (name: string) => `${name} is not UTF-8 text`,
    articleEmpty: () => 'the article is empty',
    articleTooLong: (kb: number) => `the article is over ${kb} KB of text`,
    notArticleLanguage: () => 'the text is neither Arabic nor English',
    articleTooShort: () => 'the text is too short to be an article; paste a sentence or more',
    downloadFailed: (name: string) => `could not download ${name}; try again`,
    downloadFailedStatus: (name: string, status: number) => `could not download ${name} (HTTP ${status}); try again`,
    // Reminders and settings
    notLeadTime: (text: string) => `"${text}" is not a lead time (write e.g. 1d, 2h, 30m)`,
    leadTimeCount: () => 'give one to five lead times, e.g. 1d,1h',
    leadTimeRange: () => 'each lead time must be from 1 minute to 4 weeks',
    remindersNotHere: () => 'reminders are posted by the bot and the local console, not here',
    pauseInFuture: () => 'pause until a moment in the future, or write off to resume',
    chooseChannelFirst: () => 'choose a channel first: /reminders channel',
    languageChoice: () => 'language must be ar, en or auto',
    needPermission: (permission: PermissionName | null) =>
      `you need the ${permission ?? 'right'} permission to do this; ask a server admin`,
    // Commands and their options (every front-end)
    notInServer: () => 'use Diwan in a server: each server keeps its own calendar',
    notOurCommand: (name: string) => `/${name} is not a command of this bot (an old registration?)`,
    staleButton: () => 'this button is no longer in use',
    staleForm: () => 'this form is no longer in use',
    unknownSubcommand: (subcommand: string, command: string) => `unknown subcommand "${subcommand}" of /${command}`,
    noSuchSubcommand: (command: string, subcommand: string) => `/${command} has no subcommand "${subcommand}"`,
    noSuchOption: (command: string, name: string, known: readonly string[]) =>
      `/${command} has no option "${name}" (options: ${known.join(', ') || 'none'})`,
    missingOptions: (names: readonly string[]) =>
      `missing ${names.join(', ')} (e.g. ${names.map((m) => `${m}:…`).join(' ')})`,
    required: (name: string) => `${name} is required`,
    mustBeWhole: (name: string) => `${name} must be a whole number`,
    mustBeNumber: (name: string, whole: boolean, text: string) =>
      `${name} must be a ${whole ? 'whole ' : ''}number, not "${text}"`,
    numberRange: (name: string, min: number | undefined, max: number | undefined) =>
      `${name} must be from ${min ?? '…'} to ${max ?? '…'}`,
    mustBeBoolean: (name: string) => `${name} must be true or false`,
    // The terminal and the local console
    unknownSlashCommand: (name: string, commands: readonly string[]) =>
      `unknown command /${name}; commands: ${commands.map((c) => `/${c}`).join(', ')}`,
    needsSubcommand: (command: string, subcommands: readonly string[]) =>
      `/${command} needs one of: ${subcommands.join(', ')}`,
    notAnOption: (text: string, options: readonly string[]) =>
      `"${text}" is not an option; write name:value (options: ${options.join(', ') || 'none'})`,
    clockNeedsInstant: () => 'write /clock followed by an ISO instant, e.g. /clock 2020-01-26T12:00Z',
    langChoice: () => 'write /lang ar or /lang en',
    noSuchButton: () => 'there is no such button',
    noSuchPage: (which: 'next' | 'prev') => `there is no ${which} page`,
    cliLangChoice: (lang: string) => `--lang must be ar or en, not "${lang}"`,
    cliRemindersWindow: () => 'reminders takes --from ISO --to ISO',
    cliFlagGoesWith: (flag: string, commands: readonly string[]) => `--${flag} goes with ${commands.join(' and ')}`,
    cliTakesFile: (command: string) => `${command} takes FILE (the article, UTF-8 text)`,
    cliCannotRead: (file: string) => `cannot read ${file}`,
    cliUnknownCommand: (name: string) => `unknown command "${name}" (see meetings --help)`,
    cliTakes: (command: string, args: readonly string[]) => `${command} takes ${args.join(' ') || 'no arguments'}`,
    cliToAfterFrom: () => '--to must come after --from',
  },
};

/** The permissions a refusal names, as Discord's (English) settings show them. */
export type PermissionName = 'Manage Events' | 'Manage Server';
