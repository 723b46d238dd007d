/**
 * `npx meetings …`: the terminal front-end. Each subcommand is a slash command's handler,
 * its answer printed as text or, with --json, as data. Bad input: one line on stderr, exit 2.
 *
 * Each subcommand imports only what it uses (import() below): a calendar question loads the
 * database and the two commands it asks, never the article reader, the date parser or
 * discord.js; `extract` loads the reader and no database; `when` the date parser alone.
 * tests/integration/cli-lazy-loading.test.ts holds each to its list.
 */
import { parseArgs } from 'node:util';
import { DatabaseFileError } from '../../db/database-errors.js';
import type { App } from '../app.js';
import { UserError } from '../errors.js';
import type { HandlerContext } from '../handlers/context.js';
import { withDateStyle } from '../i18n/date-style.js';
import { messages, toLocale, type Locale } from '../i18n/index.js';
import { terminalPresenter } from '../replies/presenter.js';
import type { Reply } from '../replies/reply.js';
import { renderText } from '../replies/render-text.js';
import { parseInstant } from '../time/instant.js';
import { icsFlagValued, writeExport } from './export-command.js';

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/** Bad settings (src/config.ts's ConfigError, caught where the settings are read). */
class SettingsRefused extends Error {
  constructor(readonly problems: string[]) {
    super('bad settings');
  }
}

/** The flags of every subcommand; the --flags read from slash command options are added per subcommand. */
const COMMON_FLAGS = {
  at: { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string', default: 'en' },
  from: { type: 'string' },
  to: { type: 'string' },
  published: { type: 'string' },
  tz: { type: 'string' },
  ics: { type: 'string' },
  mode: { type: 'string' },
  language: { type: 'string' },
  png: { type: 'string' },
} as const;

/** The terminal's own subcommands: none takes a slash command option, so none needs their definitions. */
const OWN_SUBCOMMANDS = new Set(['extract', 'import', 'reminders', 'feeds']);

/**
 * The arguments read. The slash command options (--days, --place …) come from the command
 * definitions, which load @discordjs/builders: read only for a slash command's subcommand, or
 * to say which subcommand a flag given to extract, import or reminders goes with.
 */
async function readArgs(name: string, args: string[]) {
  const parse = (flags: readonly string[]) =>
    parseArgs({
      args: negativeValuesJoined(args),
      allowPositionals: true,
      strict: true,
      options: { ...COMMON_FLAGS, ...Object.fromEntries(flags.map((flag) => [flag, { type: 'string' as const }])) },
    });
  if (OWN_SUBCOMMANDS.has(name)) {
    try {
      return parse([]);
    } catch (error) {
      if (!(error instanceof TypeError && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'))
        throw error;
    }
  }
  const { OPTION_FLAGS } = await import('./usage.js');
  return parse([...OPTION_FLAGS.keys()]);
}

/** Runs the terminal front-end; returns the exit code. */
export async function runCli(args: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = args;
  // Errors are told in English until --lang has been read.
  let locale: Locale = 'en';
  try {
    if (name === 'when') {
      const { whenCommand } = await import('./when-command.js');
      return await whenCommand(rest, io);
    }
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      const { USAGE } = await import('./usage.js');
      (name ? io.stdout : io.stderr).write(`${USAGE}\n`);
      return name ? 0 : 2;
    }
    const { values, positionals } = await readArgs(name, name === 'export' ? icsFlagValued(rest) : rest);
    if (values.lang !== 'en' && values.lang !== 'ar') throw new UserError('cliLangChoice', values.lang);
    const at = values.at === undefined ? undefined : parseInstant(values.at, '--at');

    locale = toLocale(values.lang);
    const present = terminalPresenter;
    const view = { locale, present };
    /** Runs `work` on the terminal's calendar, then closes the database. */
    const onCalendar = async (
      work: (context: HandlerContext, app: App) => Reply | Promise<Reply>,
      show: (reply: Reply) => Reply | null = (reply) => reply,
    ) => {
      const [{ createApp }, { fixedClock }, { ConfigError, loadConfig }, { localActor, makeContext }] =
        await Promise.all([
          import('../app.js'),
          import('../clock.js'),
          import('../config.js'),
          import('../handlers/context.js'),
        ]);
      let config;
      try {
        config = loadConfig(io.env);
      } catch (error) {
        throw error instanceof ConfigError ? new SettingsRefused(error.problems) : error;
      }
      const app = createApp(config, at === undefined ? undefined : fixedClock(at));
      try {
        const context = makeContext({
          scope: app.calendars.local(),
          clock: app.clock,
          actor: localActor('terminal'),
          locale,
          present,
          pageSize: 10_000,
        });
        // Written in the calendar's date style (/settings dates).
        await withDateStyle(context.scope.calendar.dateStyle, async () => {
          const shown = show(await work(context, app));
          if (shown) print(shown, values.json, io);
        });
        return 0;
      } finally {
        app.close();
      }
    };

    for (const flag of ['mode', 'language'] as const) {
      if (values[flag] !== undefined && name !== 'feeds') throw new UserError('cliFlagGoesWith', flag, ['feeds add']);
    }
    if (name === 'reminders') {
      if (values.from === undefined || values.to === undefined || positionals.length > 0)
        throw new UserError('cliRemindersWindow');
      const window = { from: parseInstant(values.from, '--from'), to: parseInstant(values.to, '--to') };
      const { previewReminders } = await import('../handlers/reminder-preview.js');
      return await onCalendar((context, app) =>
        previewReminders(context, window, app.reminders.settings(context.scope.calendar.id).leadMinutes),
      );
    }
    for (const flag of ['from', 'to'] as const) {
      if (values[flag] !== undefined && name !== 'export')
        throw new UserError('cliFlagGoesWith', flag, ['reminders', 'export']);
    }
    if (values.ics !== undefined && name !== 'export') throw new UserError('cliFlagGoesWith', 'ics', ['export']);
    if (name === 'extract' || name === 'import') {
      if (positionals.length !== 1) throw new UserError('cliTakesFile', name);
      const [{ readArticleFile }, { extractReply, importNow }, { publicationDay }] = await Promise.all([
        import('../extract/article-file.js'),
        import('../handlers/import.js'),
        import('../calendar/import-article.js'),
      ]);
      const article = {
        text: await readArticleFile(positionals[0]!),
        published: values.published,
        timezone: values.tz,
      };
      // Relative dates are read against the publication day: say which one was taken when none was given.
      const assumed = (zone: string, now: number) => {
        if (values.published === undefined)
          io.stderr.write(`meetings: ${messages(locale).assumedPublished(publicationDay(undefined, now, zone))}\n`);
      };
      if (name === 'extract') {
        const now = at ?? Date.now();
        const reply = extractReply(view, article, now);
        assumed(values.tz ?? 'UTC', now);
        print(reply, values.json, io);
        return 0;
      }
      return await onCalendar((context) => {
        const reply = importNow(context, article);
        assumed(values.tz ?? context.scope.calendar.timezone, context.clock.now());
        return reply;
      });
    }
    for (const flag of ['published', 'tz'] as const) {
      if (values[flag] !== undefined) throw new UserError('cliFlagGoesWith', flag, ['extract', 'import']);
    }
    if (name === 'feeds') {
      const { feedsInTerminal } = await import('../feeds/terminal.js');
      return await onCalendar((context, app) => feedsInTerminal(context, app, positionals, values));
    }

    const [{ OPTION_FLAGS, PARTICIPANT_OPTION, TERMINAL_SUBCOMMANDS, TERMINAL_COMMANDS }, { coerceTypedOptions }] =
      await Promise.all([import('./usage.js'), import('../../commands/options.js')]);
    const typed: Record<string, string> = {};
    let command: string;
    let subcommand: string;
    if (name === 'participants') {
      command = 'participants';
      subcommand = positionals.length > 0 ? 'show' : 'list';
      if (positionals.length > 0) typed[PARTICIPANT_OPTION] = positionals.join(' ');
    } else {
      const shape = TERMINAL_SUBCOMMANDS.get(name);
      if (!shape) throw new UserError('cliUnknownCommand', name);
      ({ command, subcommand } = shape);
      // `calendar 2020-01`: the month, optional in Discord, is the terminal's argument.
      if (name === 'calendar' && positionals.length === 1) typed.month = positionals.pop()!;
      const expected = shape.positionals.length;
      if (positionals.length < expected || (!shape.rest && positionals.length > expected)) {
        throw new UserError(
          'cliTakes',
          name,
          shape.positionals.map((p) => p.toUpperCase()),
        );
      }
      shape.positionals.forEach((option, i) => {
        typed[option] = shape.rest && i === expected - 1 ? positionals.slice(i).join(' ') : positionals[i]!;
      });
    }
    const given: Record<string, string | boolean | undefined> = values;
    for (const [flag, goesWith] of OPTION_FLAGS) {
      const value = given[flag];
      if (typeof value === 'string') {
        if (command !== 'meetings' || !goesWith.includes(subcommand))
          throw new UserError('cliFlagGoesWith', flag, goesWith);
        typed[flag] = value;
      }
    }

    if ((values.png === undefined) === (name === 'calendar'))
      throw new UserError(name === 'calendar' ? 'cliCalendarNeedsPng' : 'cliPngGoesWith');
    const handler = TERMINAL_COMMANDS.get(command)!;
    const input = coerceTypedOptions(handler.data, subcommand, typed);
    if (name === 'export') {
      const [{ exportMeetings }, { exportFilter }] = await Promise.all([
        import('../handlers/export.js'),
        import('../../commands/meetings.js'),
      ]);
      return await onCalendar(
        (context) => exportMeetings(context, exportFilter(input), null),
        (reply) => writeExport(reply, values.ics, values.json, io.stdout),
      );
    }
    const file = values.png;
    if (file === undefined) return await onCalendar((context) => handler.run(context, input));
    const { writePicture } = await import('./calendar-picture.js');
    return await onCalendar(async (context) => writePicture(await handler.run(context, input), file, locale));
  } catch (error) {
    if (error instanceof SettingsRefused) {
      // One line, as for any other bad input: the problems side by side.
      io.stderr.write(`meetings: bad settings: ${error.problems.join('; ')}\n`);
      return 2;
    }
    if (error instanceof UserError) {
      io.stderr.write(`meetings: ${error.text(locale)}\n`);
      return 2;
    }
    if (error instanceof DatabaseFileError) {
      io.stderr.write(`meetings: ${error.message}\n`);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`meetings: ${error.message.split(/\.\s/)[0]}${await optionHint(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

/** "; did you mean --days?" after an unknown option close to a known one. */
async function optionHint(message: string): Promise<string> {
  const typed = /^Unknown option '--([^']+)'/.exec(message)?.[1];
  if (!typed) return '';
  const { closestOption } = await import('./closest-option.js');
  const { OPTION_FLAGS } = await import('./usage.js');
  const near = closestOption(typed, [...Object.keys(COMMON_FLAGS), ...OPTION_FLAGS.keys()]);
  return near ? `; did you mean --${near}?` : '';
}

/**
 * `--days -5` as `--days=-5`: parseArgs takes a value that begins with a dash for a flag and
 * refuses it ("argument is ambiguous"), where the option's own check says what is wrong.
 */
function negativeValuesJoined(args: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (/^--[a-z-]+$/.test(arg) && arg !== '--json' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

function print(reply: Reply, json: boolean, io: CliIO): void {
  io.stdout.write(`${json ? jsonForTerminal(reply.json?.() ?? {}) : renderText(reply)}\n`);
}

/**
 * JSON whose strings may hold anything: JSON escapes C0 controls itself, and C1 ones (U+0080 to
 * U+009F; U+009B is CSI to some terminals) are escaped here, so the same data never drives a
 * terminal it is printed to.
 */
function jsonForTerminal(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(
    /[\u0080-\u009f]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
