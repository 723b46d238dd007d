/**
 * What a command is: its definition for Discord and one function per kind of interaction,
 * each front-end neutral (the Discord router, the local console and the terminal call them).
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { HandlerContext } from '../src/handlers/context.js';
import type { Reply } from '../src/replies/reply.js';

export type OptionValue = string | number | boolean;

/**
 * A command as typed: its subcommand (group and subcommand joined by a space) and options.
 * An attachment option holds the file's text: front-ends read files before a command runs.
 */
export interface CommandInput {
  subcommand: string | null;
  options: Record<string, OptionValue | undefined>;
}

export type { Actor } from '../src/handlers/context.js';
export type CommandContext = HandlerContext;

export interface AutocompleteChoice {
  name: string;
  value: string;
}

export interface Command {
  /** The definition registered with Discord (validated by the builder on construction). */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  run(ctx: CommandContext, input: CommandInput): Reply | Promise<Reply>;
  /** Up to 25 choices for the option being typed. */
  autocomplete?(
    ctx: CommandContext,
    input: CommandInput,
    focused: { name: string; value: string },
  ): AutocompleteChoice[];
  /** A button of one of this command's replies was pressed (`action` and `data` from its custom id). */
  component?(ctx: CommandContext, action: string, data: unknown): Reply | Promise<Reply>;
  /**
   * Subcommands and form actions safe to run twice: they only show (a `show`, an import's
   * preview, whose stored article a repeat never doubles). They run outside the
   * once-per-interaction transaction (src/discord/router.ts), so they write no record and
   * hold no write lock while an article is read.
   */
  repeatable?: readonly string[];
  /** A form of this command was submitted: its text inputs by custom id. */
  modal?(ctx: CommandContext, action: string, data: unknown, fields: Record<string, string>): Reply | Promise<Reply>;
}
