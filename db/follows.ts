/**
 * Following people and places: each member's follows in one server, and the watcher that turns
 * a meeting added or changed into lines of its followers' open notices, in the write's own
 * transaction (db/follow-notices.ts sends them). A calendar nobody follows anything in costs
 * one indexed lookup per write.
 */
import type { Follow, FollowKind, FollowStore } from '../src/follow/types.js';
import type { Db } from './connection.js';
import type { MeetingWatcher } from './meeting-writes.js';

/** What a follower is told of: a meeting's day, time, place and status, and who takes part. */
interface WatchedMeeting {
  fields: string;
  placeId: number | null;
  participantIds: number[];
}

interface FollowerRow {
  userId: string;
  participantId: number | null;
  placeId: number | null;
}

export class FollowRepository implements FollowStore, MeetingWatcher {
  private readonly statements;

  constructor(db: Db) {
    const prepare = (sql: string) => db.prepare(sql);
    this.statements = {
      anyInCalendar: prepare('SELECT 1 FROM follows WHERE calendar_id = ? LIMIT 1').pluck(),
      follow: prepare(`
        INSERT INTO follows (calendar_id, user_id, participant_id, place_id, created_at)
        SELECT @calendarId, @userId, @participantId, @placeId, @now
        WHERE NOT EXISTS (SELECT 1 FROM follows WHERE calendar_id = @calendarId AND user_id = @userId
          AND participant_id IS @participantId AND place_id IS @placeId)`),
      unfollow: prepare(`
        DELETE FROM follows WHERE calendar_id = @calendarId AND user_id = @userId
          AND participant_id IS @participantId AND place_id IS @placeId`),
      ofMember: prepare(`
        SELECT f.participant_id AS participantId, f.place_id AS placeId,
               COALESCE(p.name, l.name) AS name, COALESCE(p.name_ar, l.name_ar) AS nameAr
        FROM follows f LEFT JOIN participants p ON p.id = f.participant_id LEFT JOIN places l ON l.id = f.place_id
        WHERE f.calendar_id = ? AND f.user_id = ? ORDER BY f.id`),
      meetingFields: prepare(`
        SELECT start_date || '|' || COALESCE(end_date, '') || '|' || COALESCE(start_time, '') || '|' ||
               COALESCE(end_time, '') || '|' || COALESCE(timezone, '') || '|' || status AS fields, place_id AS placeId
        FROM meetings WHERE id = ?`),
      meetingParticipants: prepare('SELECT participant_id FROM meeting_participants WHERE meeting_id = ?').pluck(),
      followers: prepare(`
        SELECT user_id AS userId, participant_id AS participantId, place_id AS placeId FROM follows
        WHERE calendar_id = @calendarId
          AND (participant_id IN (SELECT value FROM json_each(@participants)) OR place_id IN (SELECT value FROM json_each(@places)))`),
      openNotice: prepare(`
        INSERT INTO follow_notices (calendar_id, user_id, created_at, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (calendar_id, user_id) WHERE state = 'pending' DO UPDATE SET updated_at = excluded.updated_at
        RETURNING id`).pluck(),
      addItem: prepare(
        'INSERT INTO follow_notice_items (notice_id, meeting_id, change) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      ),
    };
  }

  // ---- the members' follows -----------------------------------------------------------------

  /** Follows a participant or a place; false when the member followed it already. */
  follow(calendarId: number, userId: string, kind: FollowKind, id: number, now: number): boolean {
    return this.statements.follow.run({ ...target(calendarId, userId, kind, id), now }).changes === 1;
  }

  /** Stops following; false when the member did not follow it. */
  unfollow(calendarId: number, userId: string, kind: FollowKind, id: number): boolean {
    return this.statements.unfollow.run(target(calendarId, userId, kind, id)).changes === 1;
  }

  /** What a member follows in one server, oldest first. */
  follows(calendarId: number, userId: string): Follow[] {
    const rows = this.statements.ofMember.all(calendarId, userId) as {
      participantId: number | null;
      placeId: number | null;
      name: string | null;
      nameAr: string | null;
    }[];
    return rows.map((row) => ({
      kind: row.participantId !== null ? 'participant' : 'place',
      id: row.participantId ?? row.placeId ?? 0,
      name: row.name,
      nameAr: row.nameAr,
    }));
  }

  // ---- the watcher: meetings added and changed ---------------------------------------------

  watches(calendarId: number): boolean {
    return this.statements.anyInCalendar.get(calendarId) !== undefined;
  }

  before(meetingId: number): WatchedMeeting | null {
    const row = this.statements.meetingFields.get(meetingId) as { fields: string; placeId: number | null } | undefined;
    if (!row) return null;
    return { ...row, participantIds: this.statements.meetingParticipants.all(meetingId) as number[] };
  }

  /**
   * Writes a line into the open notice of each follower of the meeting's people or place: added
   * when the meeting is new to them (new, or now with someone or somewhere they follow), changed
   * when its day, time, place or status changed. Nothing for any other edit.
   */
  written(calendarId: number, meetingId: number, earlier: unknown, now: number): void {
    const after = this.before(meetingId);
    if (!after) return;
    const was = (earlier as WatchedMeeting | null | undefined) ?? null;
    const changed = was !== null && (was.fields !== after.fields || was.placeId !== after.placeId);
    const places = [after.placeId, ...(changed && was ? [was.placeId] : [])].filter((id) => id !== null);
    const followers = this.statements.followers.all({
      calendarId,
      participants: JSON.stringify(after.participantIds),
      places: JSON.stringify(places),
    }) as FollowerRow[];
    const changes = new Map<string, 'added' | 'changed'>();
    for (const follower of followers) {
      const isNew =
        was === null ||
        (follower.participantId !== null && !was.participantIds.includes(follower.participantId)) ||
        (follower.placeId !== null && follower.placeId === after.placeId && was.placeId !== after.placeId);
      const change = isNew ? 'added' : changed ? 'changed' : null;
      if (change && changes.get(follower.userId) !== 'added') changes.set(follower.userId, change);
    }
    for (const [userId, change] of changes) {
      const noticeId = this.statements.openNotice.get(calendarId, userId, now, now) as number;
      this.statements.addItem.run(noticeId, meetingId, change);
    }
  }
}

function target(calendarId: number, userId: string, kind: FollowKind, id: number) {
  return {
    calendarId,
    userId,
    participantId: kind === 'participant' ? id : null,
    placeId: kind === 'place' ? id : null,
  };
}
