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
  /**
   * A button of one of this command's replies was pressed, or a choice made in its select menu
   * (`values`: what is chosen now); `action` and `data` come from its custom id.
   */
  component?(ctx: CommandContext, action: string, data: unknown, values?: readonly string[]): Reply | Promise<Reply>;
  /**
   * What waits on I/O or heavy work (a download, reading an article): front-ends that must
   * answer within a deadline (Discord's 3 seconds) acknowledge these first and answer when done.
   * A slow command's answer is seen only by the one who asked.
   */
  slow?: {
    run?(input: CommandInput): boolean;
    /** Subcommands whose slow answer everyone in the channel sees (a month picture), not only the one who asked. */
    shared?: readonly string[];
    /** Component actions (the custom id's `action`). */
    components?: readonly string[];
    /** Form actions. */
    modals?: readonly string[];
  };
  /**
   * What is safe to run twice because it only shows (a `show`, an import's preview, whose
   * stored article a repeat never doubles, a form to fill in): subcommands, component actions
   * and form actions, each by name (a name may mean another thing in another list: the
   * `import` subcommand previews, the `import` button confirms). They run outside the
   * once-per-interaction transaction (src/discord/router.ts), so they write no record and hold
   * no write lock while an article is read.
   */
  repeatable?: {
    subcommands?: readonly string[];
    components?: readonly string[];
    modals?: readonly string[];
  };
  /**
   * Component actions that show another page of the same answer. Pressed by the one who asked,
   * they turn the page in place; pressed by anyone else, they open that member's own private
   * copy at that page, so a listing in a channel never moves under the others' eyes.
   */
  pages?: readonly string[];
  /** A form of this command was submitted: its text inputs by custom id. */
  modal?(ctx: CommandContext, action: string, data: unknown, fields: Record<string, string>): Reply | Promise<Reply>;
}
