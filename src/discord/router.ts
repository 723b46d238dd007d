/**
 * One router for every interaction: finds the command by name, builds its context (the
 * server's own calendar, the reader's language), runs it and sends the reply. Expected
 * failures are answered ephemerally with their message; anything else is logged with context
 * and answered with a short generic line.
 */
import {
  ApplicationCommandOptionType,
  DiscordAPIError,
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type ModalSubmitInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import type { Command, CommandContext, CommandInput, OptionValue } from '../../commands/command.js';
import { commandNamed } from '../../commands/index.js';
import type { App } from '../app.js';
import type { CalendarScope } from '../calendar/queries.js';
import { UserError } from '../errors.js';
import { makeContext } from '../handlers/context.js';
import { refusedEventsNotice } from '../handlers/events-settings.js';
import { tellOfClosedDms } from './closed-dms.js';
import type { CalendarFeeds } from '../ical/feed-links.js';
import { holds, MANAGE_GUILD, requirePermission } from '../handlers/permissions.js';
import type { ReminderSender } from '../reminders/deliver.js';
import { withDateStyle, type DateStyle } from '../i18n/date-style.js';
import { messages, toLocale, type Locale } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { decodeCustomId } from '../replies/custom-id.js';
import { discordPresenter } from '../replies/presenter.js';
import { errorReply, type Reply } from '../replies/reply.js';
import { attachedFiles, downloadArticle } from './attachments.js';
import { toDiscordModal, toDiscordPayload } from './render.js';

/** Unknown interaction (over 3 seconds, or gone), already acknowledged. */
const LOST_INTERACTION_CODES = new Set<number | string>([10062, 40060]);

type RoutedInteraction =
  | ChatInputCommandInteraction
  | AutocompleteInteraction
  | ButtonInteraction
  | StringSelectMenuInteraction
  | ModalSubmitInteraction;

export class InteractionRouter {
  constructor(
    private readonly app: App,
    private readonly logger: Logger,
    private readonly reminderSender: ReminderSender,
    /** Calendar feeds, when the bot serves them. */
    private readonly feeds?: CalendarFeeds,
  ) {}

  /** Handles one interaction; never throws (a failure is logged and answered). */
  async handle(interaction: Interaction): Promise<void> {
    // Everything said in answer is written in the server's date style (/settings dates).
    await withDateStyle(this.dateStyleOf(interaction), () => this.route(interaction));
  }

  private async route(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isChatInputCommand()) await this.command(interaction);
      else if (interaction.isAutocomplete()) await this.autocomplete(interaction);
      else if (interaction.isButton() || interaction.isStringSelectMenu()) await this.component(interaction);
      else if (interaction.isModalSubmit()) await this.modal(interaction);
    } catch (error) {
      await this.fail(interaction as RoutedInteraction, error);
    }
  }

  private async command(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = this.commandOf(interaction.commandName);
    const context = this.context(interaction);
    if (command.slow?.run?.(commandInput(command.data.name, interaction.options.data))) {
      // Refused at once when the command is not for them; else acknowledged within Discord's 3 seconds.
      const needed = command.data.default_member_permissions;
      if (needed) requirePermission(context.actor, BigInt(needed));
      const shared = command.slow.shared?.includes(interaction.options.getSubcommand(false) ?? '');
      await interaction.deferReply(shared ? {} : { flags: MessageFlags.Ephemeral });
    }
    const input = await withFilesRead(command, context, interaction.options.data);
    const reply = await this.once(interaction, changesData(command, 'subcommands', input.subcommand), () =>
      command.run(context, input),
    );
    if (!reply) return;
    if (reply.form && !interaction.deferred) {
      await interaction.showModal(toDiscordModal(reply.form));
      return;
    }
    await send(interaction, reply, context.view.locale);
    await this.tellOfRefusedChannel(interaction, context);
    await this.tellOfRefusedEvents(interaction, context);
    await tellOfClosedDms(this.app.followNotices, interaction, context);
  }

  /** Events sync Discord refused, its owner not reached by direct message: told once, to the next admin. */
  private async tellOfRefusedEvents(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
    if (!holds(context.actor, MANAGE_GUILD)) return;
    const calendarId = context.scope.calendar.id;
    const text = refusedEventsNotice(this.app.events, calendarId, interaction.guild?.name ?? '', context.view.locale);
    if (!text) return;
    await interaction.followUp({
      ...toDiscordPayload({ content: text }, context.view.locale),
      flags: MessageFlags.Ephemeral,
    });
    this.app.events.clearBlockedNotice(calendarId);
  }

  /** A channel Discord refused for reminders: told once, to the next admin who asks anything. */
  private async tellOfRefusedChannel(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
    if (!holds(context.actor, MANAGE_GUILD)) return;
    const calendarId = context.scope.calendar.id;
    const settings = this.app.reminders.settings(calendarId);
    if (!settings.blockedNoticePending || !settings.blockedChannelId) return;
    const text = messages(context.view.locale).channelRefused(settings.blockedChannelId, settings.blockedReason ?? '');
    await interaction.followUp({
      ...toDiscordPayload({ content: text }, context.view.locale),
      flags: MessageFlags.Ephemeral,
    });
    this.app.reminders.clearBlockedNotice(calendarId);
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = this.commandOf(interaction.commandName);
    const focused = interaction.options.getFocused(true);
    let choices: { name: string; value: string }[] = [];
    try {
      choices =
        command.autocomplete?.(
          this.context(interaction),
          commandInput(interaction.commandName, interaction.options.data),
          {
            name: focused.name,
            value: String(focused.value),
          },
        ) ?? [];
    } catch (error) {
      // A half-typed name is not an error worth a message: offer nothing.
      if (!(error instanceof UserError))
        this.logger.error('autocomplete failed', { command: command.data.name, error });
    }
    await interaction.respond(choices.slice(0, 25));
  }

  /** A button pressed or a select menu chosen: the answer replaces the message, unless it is private (a refusal) or a form to fill in. */
  private async component(interaction: ButtonInteraction | StringSelectMenuInteraction): Promise<void> {
    const action = decodeCustomId(interaction.customId);
    const command = action && commandNamed(action.command);
    if (!action || !command?.component) throw new UserError('staleButton');
    const context = this.context(interaction);
    if (command.slow?.components?.includes(action.action)) await interaction.deferUpdate();
    const values = interaction.isStringSelectMenu() ? interaction.values : undefined;
    const answer = await this.once(interaction, changesData(command, 'components', action.action), () =>
      command.component!(context, action.action, action.data, values),
    );
    if (!answer) return;
    const othersPage = command.pages?.includes(action.action) && !isOwnMessage(interaction);
    const reply = othersPage ? { ...answer, ephemeral: true } : answer;
    if (reply.form && !interaction.deferred) await interaction.showModal(toDiscordModal(reply.form));
    else if (reply.ephemeral || interaction.deferred) await send(interaction, reply, context.view.locale);
    else await interaction.update(toDiscordPayload(reply, context.view.locale));
  }

  private async modal(interaction: ModalSubmitInteraction): Promise<void> {
    const action = decodeCustomId(interaction.customId);
    const command = action && commandNamed(action.command);
    if (!action || !command?.modal) throw new UserError('staleForm');
    const context = this.context(interaction);
    if (command.slow?.modals?.includes(action.action)) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    // Empty optional inputs arrive as '': the same as an option left out.
    const fields = Object.fromEntries(
      interaction.fields.fields
        .filter((field) => 'value' in field && String(field.value).trim() !== '')
        .map((field) => [field.customId, 'value' in field ? String(field.value) : '']),
    );
    const reply = await this.once(interaction, changesData(command, 'modals', action.action), () =>
      command.modal!(context, action.action, action.data, fields),
    );
    if (reply) await send(interaction, reply, context.view.locale);
  }

  /**
   * Runs what changes data once per interaction, its record in the same transaction: a second
   * bot process on the database gets null and leaves the answer to the first. A slow
   * interaction is checked for permission and acknowledged before (Discord takes one
   * acknowledgement, so a second process stops there), and its effect still runs here once.
   */
  private async once(
    interaction: RoutedInteraction,
    effect: boolean,
    work: () => Reply | Promise<Reply>,
  ): Promise<Reply | null> {
    if (!effect) return work();
    const done = this.app.interactions.once(interaction.id, this.app.clock.now(), work);
    if (!done) {
      this.logger.info('interaction already handled (by another process on this database)', {
        interaction: interaction.id,
        guild: interaction.guildId,
      });
      return null;
    }
    return done.value;
  }

  private commandOf(name: string): Command {
    const command = commandNamed(name);
    if (!command) throw new UserError('notOurCommand', name);
    return command;
  }

  private context(interaction: RoutedInteraction): CommandContext {
    if (!interaction.inGuild()) throw new UserError('notInServer');
    const scope = this.app.calendars.forGuild(interaction.guildId);
    return makeContext({
      scope,
      clock: this.app.clock,
      actor: {
        userId: interaction.user.id,
        permissions: interaction.memberPermissions?.bitfield ?? 0n,
        channelId: interaction.channelId ?? undefined,
      },
      locale: readerLocale(scope, interaction),
      present: discordPresenter,
      reminders: { store: this.app.reminders, sender: this.reminderSender },
      events: this.app.events,
      digest: this.app.digest,
      feeds: this.feeds,
      newsFeeds: this.app.feedStore(),
      follows: this.app.follows,
    });
  }

  /** The server's date style; the default outside a server, or should its calendar not be read. */
  private dateStyleOf(interaction: Interaction): DateStyle | undefined {
    if (!interaction.inGuild()) return undefined;
    try {
      return this.app.calendars.forGuild(interaction.guildId).calendar.dateStyle;
    } catch {
      return undefined;
    }
  }

  /** The language a failure is told in, as `context` picks it; the failure may be the database's. */
  private localeForFailure(interaction: RoutedInteraction): Locale {
    if (!interaction.inGuild()) return localeOf(interaction);
    try {
      return readerLocale(this.app.calendars.forGuild(interaction.guildId), interaction);
    } catch {
      return localeOf(interaction);
    }
  }

  private async fail(interaction: RoutedInteraction, error: unknown): Promise<void> {
    if (error instanceof DiscordAPIError && LOST_INTERACTION_CODES.has(error.code)) {
      // The interaction can no longer be answered (too late, or answered elsewhere): trying
      // again would only fail again.
      this.logger.warn('could not answer an interaction: Discord no longer accepts an answer', {
        kind: interaction.type,
        command: 'commandName' in interaction ? interaction.commandName : undefined,
        guild: interaction.guildId,
        code: error.code,
        error: error.message,
      });
      return;
    }
    const locale = this.localeForFailure(interaction);
    let reply: Reply;
    if (error instanceof UserError) {
      reply = errorReply(error.text(locale));
    } else {
      this.logger.error('interaction failed', {
        kind: interaction.type,
        command: 'commandName' in interaction ? interaction.commandName : undefined,
        customId: 'customId' in interaction ? interaction.customId : undefined,
        guild: interaction.guildId,
        user: interaction.user.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      reply = errorReply(messages(locale).genericError);
    }
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else {
        await send(interaction, reply, locale);
      }
    } catch (sendError) {
      this.logger.warn('could not answer a failed interaction', { error: sendError });
    }
  }
}

/** Whether an interaction may change data: its command needs a permission, and it is not one run twice safely. */
function changesData(command: Command, kind: keyof NonNullable<Command['repeatable']>, name: string | null): boolean {
  if (!command.data.default_member_permissions) return false;
  return name === null || !command.repeatable?.[kind]?.includes(name);
}

/** The server's chosen language, else the reader's client (Discord has no Arabic client yet). */
function readerLocale(scope: CalendarScope, interaction: RoutedInteraction): Locale {
  return scope.calendar.locale ?? localeOf(interaction);
}

/**
 * Replies; edits the reply when it was deferred (a deferred button press: the message it was
 * pressed on, unless the answer is a private one, which follows up); follows up when answered.
 */
async function send(
  interaction: Exclude<RoutedInteraction, AutocompleteInteraction>,
  reply: Reply,
  locale: Locale,
): Promise<void> {
  const payload = toDiscordPayload(reply, locale);
  const flags = reply.ephemeral ? MessageFlags.Ephemeral : undefined;
  const privateAfterUpdate = interaction.isMessageComponent() && reply.ephemeral;
  if (reply.ephemeral && interaction.isChatInputCommand() && interaction.deferred && interaction.ephemeral === false) {
    // A refusal after a public acknowledgement (a month picture's bad month): for them alone, not the channel.
    await interaction.deleteReply();
    await interaction.followUp({ ...payload, flags });
    return;
  }
  if (interaction.deferred && !interaction.replied && !privateAfterUpdate) await interaction.editReply(payload);
  else if (interaction.replied || interaction.deferred) await interaction.followUp({ ...payload, flags });
  else await interaction.reply({ ...payload, flags });
}

/**
 * Whether the pressed message is the presser's own: private (only they see it) or the answer
 * to their own command. A channel listing someone else asked for is not.
 */
function isOwnMessage(interaction: ButtonInteraction | StringSelectMenuInteraction): boolean {
  const { message } = interaction;
  if (message.flags.has(MessageFlags.Ephemeral)) return true;
  const asker = message.interactionMetadata?.user.id ?? message.interaction?.user.id;
  return asker === undefined || asker === interaction.user.id;
}

/** Discord has no Arabic client locale today; an Arabic one, should it come, is honoured. */
function localeOf(interaction: RoutedInteraction): Locale {
  return toLocale(interaction.locale);
}

/**
 * The command's input with each attached file read as text, in place of the attachment: the
 * command gets text, as from the other front-ends. Files are fetched only for those the
 * command is meant for (its default permissions), and never when too large or not text.
 */
async function withFilesRead(
  command: Command,
  context: CommandContext,
  data: readonly CommandInteractionOption[],
): Promise<CommandInput> {
  const input = commandInput(command.data.name, data);
  const files = Object.entries(attachedFiles(leafOptions(data).options));
  if (files.length === 0) return input;
  const needed = command.data.default_member_permissions;
  if (needed) requirePermission(context.actor, BigInt(needed));
  for (const [name, file] of files) input.options[name] = await downloadArticle(file);
  return input;
}

/** The subcommand path and leaf options of a command interaction, as every front-end gives them. */
export function commandInput(_name: string, data: readonly CommandInteractionOption[]): CommandInput {
  const { path, options } = leafOptions(data);
  const values: Record<string, OptionValue | undefined> = {};
  for (const option of options) values[option.name] = option.value as OptionValue | undefined;
  return { subcommand: path.length > 0 ? path.join(' ') : null, options: values };
}

/** The subcommand path (group, subcommand) and the options under it. */
function leafOptions(data: readonly CommandInteractionOption[]): {
  path: string[];
  options: readonly CommandInteractionOption[];
} {
  const path: string[] = [];
  let options = data;
  for (;;) {
    const nested = options[0];
    if (
      options.length === 1 &&
      nested &&
      (nested.type === ApplicationCommandOptionType.Subcommand ||
        nested.type === ApplicationCommandOptionType.SubcommandGroup)
    ) {
      path.push(nested.name);
      options = nested.options ?? [];
    } else break;
  }
  return { path, options };
}
