import { en } from './i18n/en.js';
import { messages, type Locale, type Messages } from './i18n/index.js';

/** The expected failures Diwan can name: each a sentence in src/i18n/en.ts and ar.ts (`errors`). */
export type ErrorTexts = Messages['errors'];
export type ErrorKey = keyof ErrorTexts;
export type ErrorArgs<K extends ErrorKey> = Parameters<ErrorTexts[K]>;

type ErrorText = (...args: readonly unknown[]) => string;

/**
 * An English sentence not translated yet: a computed string, or a literal with a space in it.
 * A lone word is refused, so a misspelt key (or a key without its values) fails to compile
 * rather than being shown to people as if it were a sentence.
 */
type Untranslated<T extends string> = string extends T ? T : T extends `${string} ${string}` ? T : never;

function isErrorKey(text: string): text is ErrorKey {
  return Object.hasOwn(en.errors, text);
}

/**
 * An expected failure with a message a person can act on ("no meeting #12 in this calendar"):
 * `throw new UserError('noMeeting', id)`. Front-ends show `text(locale)` (ephemeral in
 * Discord, stderr in the terminal); `message` is always the English sentence (logs, tests).
 * Anything else is logged with context and answered with a short generic line.
 */
class LocalisedUserError extends Error {
  /** The sentence's key in `errors`; null for an untranslated English message. */
  readonly key: ErrorKey | null;
  readonly args: readonly unknown[];

  constructor(keyOrEnglish: string, ...args: unknown[]) {
    const key = isErrorKey(keyOrEnglish) ? keyOrEnglish : null;
    super(key ? (en.errors[key] as ErrorText)(...args) : keyOrEnglish);
    this.name = 'UserError';
    this.key = key;
    this.args = args;
  }

  /** The message in the reader's language (the English one while it has no translation). */
  text(locale: Locale): string {
    return this.key ? (messages(locale).errors[this.key] as ErrorText)(...this.args) : this.message;
  }
}

interface UserErrorConstructor {
  /** A failure named by its sentence's key, with the values that sentence takes. */
  new <K extends ErrorKey>(key: K, ...args: ErrorArgs<K>): LocalisedUserError;
  /**
   * UNTRANSLATED: a plain English message, shown as it is whatever the reader's language.
   * Only for code not converted yet (db/calendar-repository.ts, src/extract/); a new failure
   * gets a key in `errors` instead.
   */
  new <T extends string>(english: Untranslated<T>): LocalisedUserError;
  readonly prototype: LocalisedUserError;
}

export const UserError: UserErrorConstructor = LocalisedUserError;
export type UserError = LocalisedUserError;
