/**
 * The words of the month picture (`/meetings calendar`) and of the week start setting, in
 * English and Arabic: spread into en.ts and ar.ts (`...pictureWords.en`, and their errors into
 * `errors`), kept here so the picture's strings live beside each other.
 */
import { icu } from './icu.js';

/** Arabic counts as the rest of Diwan's Arabic says them: CLDR's plural forms, Arabic-Indic digits. */
const AR = 'ar-SY';
const moreAr = icu(AR, '{n, plural, one {وواحد آخر} two {واثنان آخران} other {و# أخرى}}');
const writtenAr = icu(
  AR,
  'كُتب {file} ({width, number, ::group-off}×{height, number, ::group-off}، {kb, number} كيلوبايت)',
);

const en = {
  /** Under a day that holds more meetings than its cell shows. */
  pictureMore: (n: number) => `+${n} more`,
  pictureEmpty: (month: string) => `No meetings in ${month}`,
  /** Above the meetings known only to a week or a month, listed under the grid. */
  pictureUndated: 'Known only to the week or the month',
  /** The message the picture comes with: the month and its meetings counted (`meetingCount`). */
  pictureReply: (month: string, counted: string) => `📅 ${month}: ${counted}`,
  /** The picture's description (alt text). */
  pictureAlt: (month: string) => `Calendar of the meetings of ${month}`,
  settingsWeekStart: 'Week starts on',
  /** The week start when none is chosen: the language's. */
  weekStartAuto: (day: string) => `${day} (the language's)`,
  /** The terminal, after writing the picture. */
  pictureWritten: (file: string, width: number, height: number, kb: number) =>
    `wrote ${file} (${width}×${height}, ${kb} KB)`,
};

const errors = {
  notMonth: (text: string) => `"${text}" is not a month: write it YYYY-MM, e.g. 2020-01`,
  weekStartChoice: () => 'the week starts on saturday, sunday or monday (or auto)',
  cliCalendarNeedsPng: () => 'calendar writes a picture: give --png FILE, e.g. --png out.png',
  cliPngGoesWith: () => '--png goes with calendar',
};

const ar: typeof en = {
  pictureMore: (n) => moreAr({ n }),
  pictureEmpty: (month) => `لا اجتماعات في ${month}`,
  pictureUndated: 'معروفة بالأسبوع أو الشهر فقط',
  pictureReply: (month, counted) => `📅 ${month}: ${counted}`,
  pictureAlt: (month) => `تقويم اجتماعات ${month}`,
  settingsWeekStart: 'بداية الأسبوع',
  weekStartAuto: (day) => `${day} (حسب اللغة)`,
  pictureWritten: (file, width, height, kb) => writtenAr({ file, width, height, kb }),
};

const errorsAr: typeof errors = {
  notMonth: (text) => `«${text}» ليس شهراً: اكتبه بصيغة YYYY-MM، مثل 2020-01`,
  weekStartChoice: () => 'يبدأ الأسبوع يوم السبت أو الأحد أو الاثنين (saturday أو sunday أو monday أو auto)',
  cliCalendarNeedsPng: () => 'يكتب الأمر calendar صورة: أضف --png FILE، مثل --png out.png',
  cliPngGoesWith: () => 'الخيار --png يُستعمل مع calendar فقط',
};

/** The picture's words by language, and its errors'. */
export const pictureWords = { en, ar };
export const pictureErrors = { en: errors, ar: errorsAr };
