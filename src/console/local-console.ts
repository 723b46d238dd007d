/**
 * The local console: `npm start` without a Discord token. People type the slash commands as
 * in Discord and read the answers as text, on the embedded calendar. With standard input not
 * a terminal it reads one command per line and ends at the end of the input.
 */
import { createInterface } from 'node:readline';
import type { CommandContext } from '../../commands/command.js';
import type { App } from '../app.js';
import { renderText } from '../replies/render-text.js';
import { meetingCount } from '../calendar/queries.js';
import { UserError } from '../errors.js';
import { localActor, makeContext } from '../handlers/context.js';
import { withDateStyle } from '../i18n/date-style.js';
import { toLocale, type Locale } from '../i18n/index.js';
import { decodeCustomId } from '../replies/custom-id.js';
import { terminalPresenter } from '../replies/presenter.js';
import { parseInstant } from '../time/instant.js';
import type { Reply } from '../replies/reply.js';
import { commandNamed } from '../../commands/index.js';
import { consoleHelp } from './help.js';
import { HISTORY_SIZE, readHistory, writeHistory } from './history.js';
import { consoleClock } from './start-clock.js';
import { parseSlashLine, withFilesRead } from './slash-line.js';
import { writeExport } from '../cli/export-command.js';
import { ReminderScheduler } from '../reminders/scheduler.js';
import type { ReminderSender } from '../reminders/deliver.js';
import { silentLogger } from '../logger.js';

/** The local calendar's reminders go to the console itself. */
const CONSOLE_CHANNEL = 'console';

export interface ConsoleIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  errors: NodeJS.WritableStream;
  interactive: boolean;
  /** Where the typed lines are kept between runs (a terminal only); none keeps them for this run only. */
  historyFile?: string | null;
}

const SEED_WEEK_NOTE = ", the seed's week, as the calendar holds only the seed (/clock or DIWAN_NOW moves it)";

/** Runs the console until the input ends or /quit. Returns the exit code. */
export async function runLocalConsole(app: App, io: ConsoleIO): Promise<number> {
  const scope = app.calendars.local();
  const { clock, seedWeek } = consoleClock(app.clock, scope);
  let locale: Locale = 'en';
  let lastButtons: Reply['buttons'] = undefined;
  let failures = 0;

  const print = (text: string) => io.output.write(`${text}\n`);

  // Reminders come due here as they would in a Discord channel: printed between answers.
  let printed = 0;
  const sender: ReminderSender = {
    ready: () => true,
    send: async (_channel, message) => {
      print(`\n${renderText(message.reply)}\n`);
      return `console-${++printed}`;
    },
  };
  if (!app.reminders.settings(scope.calendar.id).channelId) {
    app.reminders.setChannel(scope.calendar.id, CONSOLE_CHANNEL, clock.now());
  }
  const scheduler = new ReminderScheduler({
    calendars: app.calendars.repository,
    reminders: app.reminders,
    clock,
    sender,
    present: terminalPresenter,
    logger: silentLogger,
    localeOf: () => locale,
    dateStyleOf: () => scope.store.calendarRef().dateStyle,
  });

  const context = (): CommandContext =>
    makeContext({
      scope,
      clock,
      actor: localActor('local'),
      locale,
      present: terminalPresenter,
      reminders: { store: app.reminders, sender },
    });
  const fail = (message: string) => {
    failures++;
    io.errors.write(`error: ${message}\n`);
  };
  /** An expected failure in the reader's language; anything else goes on up. */
  const failWith = (error: unknown) => {
    if (!(error instanceof UserError)) throw error;
    fail(error.text(locale));
  };

  const count = meetingCount(scope);
  print(
    `Diwan, local console: no DISCORD_TOKEN is set, so nothing goes to Discord.\n` +
      `The calendar in ${app.config.DATABASE_PATH} holds ${count} meeting${count === 1 ? '' : 's'}. ` +
      `Now is ${new Date(clock.now()).toISOString()}${seedWeek ? SEED_WEEK_NOTE : ''}. Type /help for the commands.`,
  );

  const handle = async (line: string): Promise<boolean> => {
    const text = line.trim();
    if (!text || text.startsWith('#')) return true;
    const [word = '', ...args] = text.split(/\s+/);
    switch (word) {
      case '/quit':
      case '/exit':
        return false;
      case '/help':
        print(consoleHelp());
        return true;
      case '/clock': {
        if (!args.length) {
          failWith(new UserError('clockNeedsInstant'));
          return true;
        }
        try {
          const at = parseInstant(args.join(' '), '/clock');
          // Back in time, reminders already decided (sent or skipped) are decided again.
          if (at < clock.now()) app.reminders.replanCalendar(scope.calendar.id);
          clock.set(at);
          scheduler.clockMoved(at);
          print(`Now is ${new Date(at).toISOString()}.`);
        } catch (error) {
          failWith(error);
        }
        return true;
      }
      case '/lang':
        if (args[0] !== 'ar' && args[0] !== 'en') failWith(new UserError('langChoice'));
        else locale = toLocale(args[0]);
        return true;
      case '/next':
      case '/prev':
      case '/press': {
        // The page buttons by the page they open (an Arabic row has Next first): /prev the lower, /next the higher
        const pages = (lastButtons ?? [])
          .map((b) => ({ b, action: decodeCustomId(b.customId) }))
          .filter(({ action }) => action?.action === 'page')
          .sort((x, y) => targetPage(x.action!.data) - targetPage(y.action!.data))
          .map(({ b }) => b);
        const button = word === '/press' ? lastButtons?.[Number(args[0]) - 1] : pages[word === '/next' ? 1 : 0];
        const action = button && !button.disabled ? decodeCustomId(button.customId) : null;
        const command = action && commandNamed(action.command);
        if (!action || !command?.component) {
          failWith(
            word === '/press'
              ? new UserError('noSuchButton')
              : new UserError('noSuchPage', word === '/next' ? 'next' : 'prev'),
          );
        } else {
          try {
            show(await command.component(context(), action.action, action.data));
          } catch (error) {
            failWith(error);
          }
        }
        return true;
      }
    }
    try {
      const line = parseSlashLine(text);
      show(await line.command.run(context(), await withFilesRead(line)));
    } catch (error) {
      failWith(error);
    }
    return true;
  };

  const show = (answer: Reply) => {
    // A file (an export) is written to the current folder, under the name the answer gives it.
    const reply = answer.files?.[0] ? (writeExport(answer, answer.files[0].name, false, io.output) ?? answer) : answer;
    lastButtons = reply.buttons;
    const text = renderText(reply);
    if (reply.content?.startsWith('⚠️')) fail(text.replace(/^⚠️\s*/, ''));
    else print(text + buttonsText(reply));
  };

  const historyFile = io.interactive ? io.historyFile : null;
  const lines = createInterface({
    input: io.input,
    output: io.interactive ? io.output : undefined,
    terminal: io.interactive,
    crlfDelay: Infinity,
    history: historyFile ? readHistory(historyFile) : [],
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
  });
  if (historyFile) lines.on('history', (history: string[]) => writeHistory(historyFile, history));
  await scheduler.beat();
  if (io.interactive) {
    scheduler.start();
    lines.setPrompt('diwan> ');
    lines.prompt();
  }
  try {
    for await (const line of lines) {
      // Each line is answered in the calendar's date style as it is now (/settings dates may change it).
      if (!(await withDateStyle(scope.store.calendarRef().dateStyle, () => handle(line)))) break;
      await scheduler.beat(); // what a command or a moved clock made due shows at once
      if (io.interactive) lines.prompt();
    }
  } finally {
    lines.close();
    await scheduler.stop();
  }
  return !io.interactive && failures > 0 ? 1 : 0;
}

/** The page a page button opens (its custom id's `p`). */
function targetPage(data: unknown): number {
  return typeof data === 'object' && data !== null && 'p' in data ? Number(data.p) : 0;
}

function buttonsText(reply: Reply): string {
  const buttons = (reply.buttons ?? [])
    .map((b, i) => (b.disabled ? null : `/press ${i + 1}: ${b.label}`))
    .filter(Boolean);
  return buttons.length > 0 ? `\n[${buttons.join(' · ')}]` : '';
}
