/** The answers to `/participants …`: who takes part, how often, in which meetings. */
import { participantList, participantProfile } from '../calendar/queries.js';
import type { ParticipantSummary } from '../calendar/store.js';
import { messages } from '../i18n/index.js';
import { pageButtons as pageButtonsIn } from '../replies/page-buttons.js';
import { encodeCustomId } from '../replies/custom-id.js';
import { joinWithin, localName, meetingLine } from '../replies/meeting-view.js';
import { clip, LIMITS, type Reply } from '../replies/reply.js';
import type { HandlerContext } from './context.js';

const PARTICIPANTS_PER_PAGE = 25;

/** Every participant with their meeting count, most first, a page at a time. */
export function listParticipants(ctx: HandlerContext, page = 1): Reply {
  const t = messages(ctx.view.locale);
  const everyone = participantList(ctx.scope);
  const size = ctx.pageSize ?? PARTICIPANTS_PER_PAGE;
  const pageCount = Math.max(1, Math.ceil(everyone.length / size));
  const current = Math.min(Math.max(1, page), pageCount);
  const shown = everyone.slice((current - 1) * size, current * size);
  const lines = shown.map(
    (p) =>
      `${ctx.view.present.bold(ctx.view.present.text(names(p, ctx)))} · ${t.kind[p.kind]} · ${t.meetingCount(p.meetingCount)}`,
  );
  const to = (target: number) => encodeCustomId('participants', 'page', { p: target });
  return {
    embeds: [
      {
        title: t.participantsTitle,
        description: lines.length > 0 ? joinWithin(lines, LIMITS.embedDescription) : t.nothingAtAll,
        footer: t.pageFooter(current, pageCount, t.participantCount(everyone.length)),
      },
    ],
    buttons: pageCount > 1 ? pageButtonsIn(ctx.view.locale, to, current, pageCount) : undefined,
    json: () => ({ participants: everyone.map(participantJson) }),
  };
}

/** One participant: kind, role, other names, and their meetings. */
export function showParticipant(ctx: HandlerContext, name: string): Reply {
  const t = messages(ctx.view.locale);
  const { participant, meetings, others } = participantProfile(ctx.scope, name);
  const other = ctx.view.locale === 'ar' ? participant.name : participant.nameAr;
  const alsoWritten = [other, ...participant.aliases].filter((n): n is string => !!n);
  const fields = [
    { name: t.field.kind, value: t.kind[participant.kind], inline: true },
    ...(participant.role
      ? [{ name: t.field.role, value: clip(ctx.view.present.text(participant.role), LIMITS.fieldValue), inline: true }]
      : []),
    ...(alsoWritten.length > 0
      ? [{ name: t.field.aliases, value: clip(alsoWritten.map(ctx.view.present.text).join(' · '), LIMITS.fieldValue) }]
      : []),
    {
      name: `${t.field.meetings} (${meetings.total})`,
      value:
        joinWithin(
          meetings.meetings.map((m) => meetingLine(m, ctx.view)),
          LIMITS.fieldValue,
        ) || '—',
    },
  ];
  return {
    embeds: [
      {
        title: clip(ctx.view.present.text(localName(participant, ctx.view.locale)), LIMITS.embedTitle),
        fields,
        footer:
          others.length > 0
            ? clip(t.alsoMatched(others.map((o) => localName(o, ctx.view.locale)).join(', ')), LIMITS.footer)
            : undefined,
      },
    ],
    json: () => ({ participant: participantJson(participant), meetings: meetings.meetings.map((m) => m.number) }),
  };
}

function names(p: ParticipantSummary, ctx: HandlerContext): string {
  const main = localName(p, ctx.view.locale);
  const other = ctx.view.locale === 'ar' ? p.name : p.nameAr;
  return other && other !== main ? `${main} (${other})` : main;
}

function participantJson(p: ParticipantSummary) {
  return {
    id: p.id,
    name: p.name,
    nameAr: p.nameAr,
    kind: p.kind,
    role: p.role,
    aliases: p.aliases,
    meetings: p.meetingCount,
  };
}
