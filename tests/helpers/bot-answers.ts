/**
 * Reading the bot's answers in the local Discord as a person would: the text of the message
 * and its embeds, its buttons, whether it could ping anyone. Shared by the e2e bot suites.
 */
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, expect } from 'vitest';
import type { GuildSpec, InteractionExchange, LocalDiscord } from './local-discord/index.js';
import { startBotHarness, type BotHarness, type BotHarnessOptions } from './bot-harness.js';

export interface AnswerEmbed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}

export interface AnswerButton {
  custom_id: string;
  label: string;
  disabled?: boolean;
}

/** The message data of an answer: the callback's, or for a deferred one the first edit's. */
export function messageOf(answer: InteractionExchange): Record<string, unknown> {
  return answer.callback.data ?? {};
}

export function embedsOf(answer: InteractionExchange | Record<string, unknown>): AnswerEmbed[] {
  const data = 'callback' in answer ? messageOf(answer as InteractionExchange) : answer;
  return (data.embeds as AnswerEmbed[] | undefined) ?? [];
}

/** Everything a reader sees: content, embed titles, descriptions, fields and footers. */
export function textOf(answer: InteractionExchange | Record<string, unknown>): string {
  const data = 'callback' in answer ? messageOf(answer as InteractionExchange) : answer;
  const parts = [typeof data.content === 'string' ? data.content : ''];
  for (const embed of embedsOf(data)) {
    parts.push(
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
      embed.footer?.text ?? '',
    );
  }
  return parts.filter(Boolean).join('\n');
}

export function buttonsOf(answer: InteractionExchange | Record<string, unknown>): AnswerButton[] {
  const data = 'callback' in answer ? messageOf(answer as InteractionExchange) : answer;
  const rows = (data.components as { components?: AnswerButton[] }[] | undefined) ?? [];
  return rows.flatMap((row) => row.components ?? []);
}

/** The button with this label (its text, arrows aside). */
export function buttonLabelled(answer: InteractionExchange | Record<string, unknown>, label: RegExp): AnswerButton {
  const found = buttonsOf(answer).find((button) => label.test(button.label));
  if (!found)
    throw new Error(
      `no button labelled ${String(label)} among ${buttonsOf(answer)
        .map((b) => b.label)
        .join(', ')}`,
    );
  return found;
}

/** Presses a button of the bot's reply to `answer`, on that very message. */
export function press(
  discord: LocalDiscord,
  answer: InteractionExchange,
  button: AnswerButton,
  who: { userId?: string; guildId?: string; locale?: string } = {},
) {
  const message = answer.original();
  if (!message) throw new Error('the answer left no message to press a button on');
  return discord.button({ customId: button.custom_id, messageId: message.id, ...who });
}

/** The first `<t:unix:F>` of a text, as an epoch in ms. */
export function discordTimestamp(text: string, style = 'F'): number | undefined {
  const match = new RegExp(`<t:(\\d+):${style}>`).exec(text);
  return match ? Number(match[1]) * 1000 : undefined;
}

/** `/settings language ar` in a server, by a member with Manage Server: the server reads Arabic from now on. */
export function setArabic(harness: BotHarness, guildId: string) {
  return harness.discord.command({
    command: 'settings',
    subcommand: 'language',
    options: { language: 'ar' },
    permissions: String(PermissionFlagsBits.ManageGuild),
    guildId,
  });
}

/** A fresh server (seeded calendar of its own) that the bot has seen arrive. */
export async function newServer(harness: BotHarness, spec: GuildSpec = {}): Promise<string> {
  const { id } = harness.discord.addGuild(spec);
  await harness.discord.waitFor(() => harness.bot.client.guilds.cache.has(id), {
    description: `the bot to see server ${id}`,
  });
  return id;
}

/**
 * The message an answer left once the bot is done: the reply itself, or for a deferred one
 * (callback 5, or 6 on a button) the first edit of it, waited for.
 */
export async function answered(answer: InteractionExchange): Promise<Record<string, unknown>> {
  if (answer.callback.type !== 5 && answer.callback.type !== 6) return messageOf(answer);
  return (await answer.waitForEdit()) as unknown as Record<string, unknown>;
}

/** A refusal or error told after a private deferred acknowledgement (callback 5 with flag 64): seen by them only. */
export async function expectDeferredPrivate(answer: InteractionExchange, says: RegExp): Promise<void> {
  expect(answer.callback.type).toBe(5);
  expect(answer.ephemeral).toBe(true);
  const message = await answered(answer);
  expect(String(message.content ?? '')).toMatch(says);
}

/** The ephemeral refusal or error a person gets: seen by them only, and no ping. */
export function expectEphemeral(answer: InteractionExchange, says: RegExp): void {
  expect(answer.callback.type).toBe(4);
  expect(answer.ephemeral).toBe(true);
  expect(answer.content ?? '').toMatch(says);
}

/** Nothing the bot answered with may ping: `allowed_mentions.parse` is empty, no users or roles listed. */
export function expectNoPings(body: unknown): void {
  const data = ((body as { data?: unknown }).data ?? body) as {
    allowed_mentions?: { parse?: unknown[]; users?: unknown[]; roles?: unknown[] };
  };
  expect(data.allowed_mentions, 'allowed_mentions must be set on every message').toBeDefined();
  expect(data.allowed_mentions?.parse).toEqual([]);
  expect(data.allowed_mentions?.users ?? []).toEqual([]);
  expect(data.allowed_mentions?.roles ?? []).toEqual([]);
}

/**
 * Fails the suite when a promise was rejected and nobody caught it (discord.js swallowing an
 * error inside its handlers surfaces there). Call at the top of a describe.
 */
export function failOnUnhandledRejections(): void {
  const seen: unknown[] = [];
  const record = (reason: unknown) => seen.push(reason);
  beforeAll(() => {
    process.on('unhandledRejection', record);
  });
  afterAll(() => {
    process.off('unhandledRejection', record);
    expect(seen.map(String)).toEqual([]);
  });
}

/**
 * One bot harness for a describe block: started before its tests, closed after them, and the
 * block fails on unhandled rejections. Returns the harness getter.
 */
export function useBotHarness(options?: BotHarnessOptions): () => BotHarness {
  failOnUnhandledRejections();
  let harness: BotHarness | undefined;
  beforeAll(async () => {
    harness = await startBotHarness(options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('the bot harness is not started (use it inside a test or a later beforeAll)');
    return harness;
  };
}
