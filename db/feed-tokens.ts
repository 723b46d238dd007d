/**
 * Each calendar's secret feed token (src/ical/feed-links.ts), one row per calendar (migration
 * 8). A request's token is looked up by its SHA-256: the index compares hashes, which tell an
 * attacker nothing about how near a guess came.
 */
import { createHash, randomBytes } from 'node:crypto';
import { FEED_TOKEN_PATTERN, type FeedTokenStore } from '../src/ical/feed-links.js';
import { writeTransaction, type Db } from './connection.js';

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class FeedTokens implements FeedTokenStore {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      token: db.prepare('SELECT token FROM calendar_feeds WHERE calendar_id = ?'),
      put: db.prepare(`
        INSERT INTO calendar_feeds (calendar_id, token, token_hash, created_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (calendar_id) DO UPDATE SET token = excluded.token, token_hash = excluded.token_hash,
          created_at = excluded.created_at`),
      calendarOf: db.prepare('SELECT calendar_id AS calendarId FROM calendar_feeds WHERE token_hash = ?'),
      // What a feed is made of, summed: any write that changes a feed changes one of these
      // (a meeting's row bumps its revision; names are only ever filled, which lengthens them).
      version: db.prepare(`
        SELECT json_array(c.timezone, c.locale, c.date_months, c.date_hijri, c.date_digits, c.last_meeting_number,
          (SELECT json_array(count(*), max(updated_at), total(revision)) FROM meetings WHERE calendar_id = c.id),
          (SELECT count(*) FROM meeting_sources ms JOIN meetings m ON m.id = ms.meeting_id WHERE m.calendar_id = c.id),
          (SELECT json_array(count(*), total(length(name)), total(length(name_ar)), total(length(role)))
            FROM participants WHERE calendar_id = c.id),
          (SELECT json_array(count(*), total(length(name)), total(length(name_ar))) FROM places WHERE calendar_id = c.id)
        ) AS version
        FROM calendars c WHERE c.id = ?`),
    };
  }

  tokenFor(calendarId: number, now: number): string {
    return writeTransaction(this.db, () => {
      const found = this.statements.token.get(calendarId) as { token: string } | undefined;
      return found ? found.token : this.rotate(calendarId, now);
    });
  }

  rotate(calendarId: number, now: number): string {
    const token = randomBytes(32).toString('base64url');
    this.statements.put.run(calendarId, token, hashOf(token), now);
    return token;
  }

  /** A fingerprint of everything a calendar's feed shows: the same while the feed would be the same. */
  calendarVersion(calendarId: number): string {
    return (this.statements.version.get(calendarId) as { version: string }).version;
  }

  calendarOf(token: string): number | null {
    if (!FEED_TOKEN_PATTERN.test(token)) return null;
    const found = this.statements.calendarOf.get(hashOf(token)) as { calendarId: number } | undefined;
    return found?.calendarId ?? null;
  }
}
