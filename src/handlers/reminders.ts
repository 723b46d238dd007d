/** The answers to `/reminders …` (Manage Server): where, when and whom reminders tell. */
import { parseDayInput } from '../calendar/day-input.js';
import { meetingById } from '../calendar/queries.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/index.js';
import { parseLeadTimes } from '../reminders/plan.js';
import { meetingTitle } from '../replies/meeting-view.js';
import type { Reply } from '../replies/reply.js';
import { localInstant } from '../time/local-days.js';
import { toAsciiDigits } from '../names/normalize.js';
import type { HandlerContext } from './context.js';
import { CHANGES_REMINDERS, requirePermission } from './permissions.js';

function wordsFor(ctx: HandlerContext) {
  return messages(ctx.view.locale).reminders;
}

function remindersOf(ctx: HandlerContext) {
  if (!ctx.reminders) throw new UserError('remindersNotHere');
  requirePermission(ctx.actor, CHANGES_REMINDERS);
  return ctx.reminders;
}

export function setReminderChannel(ctx: HandlerContext, channelId: string): Reply {
  const { store } = remindersOf(ctx);
  store.setChannel(ctx.scope.calendar.id, channelId, ctx.clock.now());
  return { content: wordsFor(ctx).channelSet(`<#${channelId}>`), embeds: [settingsEmbed(ctx)] };
}

export function setReminderLeads(ctx: HandlerContext, typed: string): Reply {
  const { store } = remindersOf(ctx);
  const leads = parseLeadTimes(toAsciiDigits(typed));
  store.setLeadMinutes(ctx.scope.calendar.id, leads, ctx.clock.now());
  return {
    content: wordsFor(ctx).leadsSet(wordsFor(ctx).leads(leads)),
    embeds: [settingsEmbed(ctx)],
  };
}

export function setReminderRole(ctx: HandlerContext, roleId: string | undefined): Reply {
  const { store } = remindersOf(ctx);
  store.setRole(ctx.scope.calendar.id, roleId ?? null);
  return {
    content: roleId ? wordsFor(ctx).roleSet(`<@&${roleId}>`) : wordsFor(ctx).nobodyMentioned,
    embeds: [settingsEmbed(ctx)],
  };
}

/** `until`: a day (from its start in the calendar's zone), a day and a time, or `off`. */
export function pauseReminders(ctx: HandlerContext, until: string): Reply {
  const { store } = remindersOf(ctx);
  const text = toAsciiDigits(until.trim());
  if (/^(off|resume|none|no)$/i.test(text)) {
    store.setPausedUntil(ctx.scope.calendar.id, null);
    return { content: wordsFor(ctx).resumed, embeds: [settingsEmbed(ctx)] };
  }
  const zone = ctx.scope.calendar.timezone;
  const match = /^(.*?)[\sT]+(\d{1,2}:\d{2})$/.exec(text);
  const day = parseDayInput(match ? match[1]! : text, ctx.clock.now(), zone);
  const at = localInstant(day, match ? match[2]!.padStart(5, '0') : '00:00', zone);
  if (at <= ctx.clock.now()) throw new UserError('pauseInFuture');
  store.setPausedUntil(ctx.scope.calendar.id, at);
  return {
    content: wordsFor(ctx).pausedUntil(ctx.view.present.moment(at, zone, ctx.view)),
    embeds: [settingsEmbed(ctx)],
  };
}

export function showReminders(ctx: HandlerContext): Reply {
  remindersOf(ctx);
  return { embeds: [settingsEmbed(ctx, true)] };
}

/** Posts a test message in the reminder channel now. */
export async function testReminders(ctx: HandlerContext): Promise<Reply> {
  const { store, sender } = remindersOf(ctx);
  const settings = store.settings(ctx.scope.calendar.id);
  if (!settings.channelId) throw new UserError('chooseChannelFirst');
  const text = messages(ctx.view.locale).reminderTest;
  await sender.send(
    settings.channelId,
    { reply: { content: text }, roleId: null },
    `diwan-t${ctx.clock.now()}`.slice(0, 25),
  );
  return { content: wordsFor(ctx).testPosted(`<#${settings.channelId}>`), ephemeral: true };
}

/** The settings, and with `upcoming` the next reminders to be posted. */
function settingsEmbed(ctx: HandlerContext, upcoming = false) {
  const { store } = ctx.reminders!;
  const id = ctx.scope.calendar.id;
  const s = store.settings(id);
  const now = ctx.clock.now();
  const w = wordsFor(ctx);
  const fields = [
    { name: w.field.channel, value: s.channelId ? `<#${s.channelId}>` : w.channelNotSet, inline: true },
    { name: w.field.leads, value: w.leads(s.leadMinutes), inline: true },
    { name: w.field.mention, value: s.roleId ? `<@&${s.roleId}>` : w.nobody, inline: true },
    { name: w.field.dayOnly, value: w.dayOnlyRule, inline: true },
    { name: w.field.periods, value: w.periodRule, inline: true },
  ];
  if (s.pausedUntil && s.pausedUntil > now)
    fields.push({
      name: w.field.pausedUntil,
      value: ctx.view.present.moment(s.pausedUntil, ctx.scope.calendar.timezone, ctx.view),
      inline: true,
    });
  if (s.blockedChannelId)
    fields.push({
      name: w.field.refused,
      value: `<#${s.blockedChannelId}>: ${w.refusal(s.blockedReason ?? '')}`,
      inline: false,
    });
  if (upcoming) {
    store.planChanges(now);
    const next = store.upcoming(id, 10).flatMap((r) => {
      try {
        const meeting = meetingById(ctx.scope, r.meetingNumber);
        return [
          `${ctx.view.present.moment(r.dueAt, meeting.zone, ctx.view)} · #${meeting.number} ${ctx.view.present.text(meetingTitle(meeting, ctx.view.locale))}`,
        ];
      } catch {
        return [];
      }
    });
    fields.push({ name: w.field.next, value: next.join('\n') || w.nonePlanned, inline: false });
  }
  return { title: w.title, fields };
}
