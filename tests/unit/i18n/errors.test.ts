/** The errors section: every sentence in both languages, and a UserError told in each. */
import { describe, expect, it } from 'vitest';
import { UserError, type ErrorArgs, type ErrorKey } from '../../../src/errors.js';
import { LOCALES, messages } from '../../../src/i18n/index.js';

const ARABIC_LETTER = /[\u0621-\u064A]/;

/** Values for each sentence; typed, so a sentence added without values here fails to compile. */
const SAMPLES: { [K in ErrorKey]: ErrorArgs<K> } = {
  nothingToExport: [],
  exportTooLarge: [10],
  feedsOff: [],
  cliJsonNeedsIcsFile: [],
  cliCannotWrite: ['/root/diwan.ics'],
  noMeeting: [999],
  notMeetingNumber: [-1],
  noMeetingMatches: ['Zanzibar'],
  meetingNeedsTitle: [],
  meetingNeedsDate: [],
  participantNeedsName: [],
  sayWhatToChange: [],
  statusOneOf: [['held', 'scheduled']],
  meetingEndsBeforeBegins: ['2020-01-28', '2020-01-29'],
  onlyDeleteAsker: [],
  notDate: ['2020-02-30'],
  notCalendarDate: ['2020-02-30'],
  unreadableDate: ['someday'],
  ambiguousDate: ['01/02/2020'],
  dateNeedsYear: ['30/01'],
  notTimeOfDay: ['25:00'],
  notInstant: ['--at', 'yesterday'],
  unknownZone: ['Mars/Olympus'],
  unknownZoneUseIana: ['Mars/Olympus'],
  unknownZonePickOne: ['Mars/Olympus'],
  daysRange: [366],
  rangeEndsBeforeBegins: ['2020-01-27', '2020-01-30'],
  rangeTooLong: [366],
  pageFromOne: [],
  typeParticipant: [],
  typePlace: [],
  noParticipantMatches: ['Nobody'],
  noPlaceMatches: ['Atlantis'],
  articleGone: [],
  noMeetingChosen: [],
  onlyArticleOwner: [],
  notPublicationDay: ['tomorrow'],
  notTextFile: ['photo.jpg'],
  notRegularFile: ['/dev/zero'],
  notUtf8: ['latin1.txt'],
  articleEmpty: [],
  articleTooLong: [200],
  notArticleLanguage: [],
  articleTooShort: [],
  publicationInFuture: ['2030-01-01'],
  fileTooLarge: ['article.txt', 3000, 1024],
  attachText: ['photo.png'],
  downloadFailed: ['article.txt'],
  downloadFailedStatus: ['article.txt', 503],
  notLeadTime: ['soon'],
  leadTimeCount: [],
  leadTimeRange: [],
  remindersNotHere: [],
  eventsOnlyInDiscord: [],
  digestOnlyInDiscord: [],
  pauseInFuture: [],
  chooseChannelFirst: [],
  languageChoice: [],
  needPermission: ['Manage Server'],
  notInServer: [],
  notOurCommand: ['gone'],
  staleButton: [],
  staleForm: [],
  unknownSubcommand: ['frob', 'meetings'],
  noSuchSubcommand: ['meetings', 'frob'],
  noSuchOption: ['meetings upcoming', 'colour', ['days', 'place']],
  missingOptions: [['date']],
  required: ['title'],
  mustBeWhole: ['days'],
  mustBeNumber: ['days', true, '2.5'],
  numberRange: ['days', 1, 366],
  mustBeBoolean: ['public'],
  unknownSlashCommand: ['frob', ['meetings', 'participants']],
  needsSubcommand: ['meetings', ['upcoming', 'on']],
  notAnOption: ['hello', ['days']],
  clockNeedsInstant: [],
  langChoice: [],
  noSuchButton: [],
  noSuchPage: ['next'],
  cliLangChoice: ['fr'],
  cliRemindersWindow: [],
  cliFlagGoesWith: ['tz', ['extract', 'import']],
  cliTakesFile: ['import'],
  cliCannotRead: ['missing.txt'],
  cliUnknownCommand: ['frobnicate'],
  cliTakes: ['between', ['FROM', 'TO']],
  cliToAfterFrom: [],
  tooManyFeeds: [50],
  notFeedUrl: ['ftp://example.com/feed'],
  noSuchFeed: ['https://example.com/feed'],
  feedPostGone: [],
  feedPostDecided: ['<@1>'],
  undoExpired: [],
  followNeedsDiscord: [],
  tooManyFollows: [25],
  notFollowing: ['James Jeffrey'],
  thresholdRange: [],
  notMonth: ['2020-13'],
  weekStartChoice: [],
  cliCalendarNeedsPng: [],
  cliPngGoesWith: [],
  dateStyleChoice: [],
};

const keys = Object.keys(messages('en').errors).sort();

describe('the errors section', () => {
  it('has the same sentences in every language', () => {
    for (const locale of LOCALES) expect(Object.keys(messages(locale).errors).sort()).toEqual(keys);
    expect(Object.keys(SAMPLES).sort()).toEqual(keys);
  });

  it.each(keys as ErrorKey[])('%s: an Arabic sentence, with its values, and nothing left unfilled', (key) => {
    for (const locale of LOCALES) {
      const text = new UserError(key, ...(SAMPLES[key] as [never])).text(locale);
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|NaN|\[object|\$\{/);
      if (locale === 'ar') expect(text).toMatch(ARABIC_LETTER);
    }
  });

  it('needPermission names the permission as Discord shows it, and says it in Arabic too', () => {
    expect(messages('en').errors.needPermission('Manage Server')).toBe(
      'you need the Manage Server permission to do this; ask a server admin',
    );
    expect(messages('ar').errors.needPermission('Manage Server')).toContain('إدارة الخادم');
    expect(messages('ar').errors.needPermission('Manage Server')).toContain('Manage Server');
    expect(messages('ar').errors.needPermission(null)).toMatch(ARABIC_LETTER);
  });

  it('counts the days of a range in Arabic with the agreeing noun', () => {
    expect(messages('ar').errors.rangeTooLong(366)).toBe('لا يمكن أن تتجاوز الفترة ٣٦٦ يوماً');
  });
});

describe('UserError', () => {
  const error = new UserError('noMeeting', 12);

  it('keeps the English sentence as its message, for logs and tests', () => {
    expect(error).toBeInstanceOf(UserError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UserError');
    expect(error.message).toBe('there is no meeting #12 in this calendar');
    expect(error.key).toBe('noMeeting');
  });

  it('is told in each language', () => {
    expect(error.text('en')).toBe('there is no meeting #12 in this calendar');
    expect(error.text('ar')).toBe('لا يوجد في هذا التقويم اجتماع برقم #12');
  });

  it('an untranslated English message (db/, src/extract/) is shown as it is in every language', () => {
    const plain = new UserError('a participant needs a name');
    expect(plain.key).toBeNull();
    expect(plain.message).toBe('a participant needs a name');
    expect(plain.text('ar')).toBe('a participant needs a name');
  });

  it('refuses, at compile time, a wrong key or wrong values', () => {
    // Never called: tsc (npm run check) holds each of these to be an error.
    const refused = [
      // @ts-expect-error: no such key
      () => new UserError('noMeetng', 12),
      // @ts-expect-error: a key without its value
      () => new UserError('noMeeting'),
      // @ts-expect-error: a value of the wrong type
      () => new UserError('noMeeting', '12'),
      // @ts-expect-error: a value too many
      () => new UserError('staleButton', 1),
      // @ts-expect-error: a lone word is a misspelt key, not a sentence
      () => new UserError('staleButon'),
    ];
    expect(refused).toHaveLength(5);
  });
});
