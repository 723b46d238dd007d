import { articleKey } from '../../src/calendar/article-key.js';
import type { Migration } from './migration.js';

/**
 * Imports that can be repeated: which article (sources.text_hash, now the article's key: its
 * normalised text and publication day) produced which meetings, by their position in what the
 * article describes, and each confirmation of an import (a preview's Confirm works once). A
 * second import of the same article updates the meetings it made instead of adding them again.
 */
export const articleImports: Migration = {
  version: 6,
  name: 'article-imports',
  up(db) {
    db.exec(`
      CREATE TABLE article_meetings (
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,           -- the meeting's place among those the article describes
        meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,  -- NULL: deleted since, not made again
        PRIMARY KEY (source_id, position)
      ) WITHOUT ROWID;
      CREATE INDEX article_meetings_by_meeting ON article_meetings(meeting_id);

      CREATE TABLE article_imports (
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        preview TEXT NOT NULL,               -- the preview confirmed: its Confirm works once
        imported_by TEXT NOT NULL,           -- a Discord user id, or 'terminal'
        imported_at INTEGER NOT NULL,
        PRIMARY KEY (source_id, preview)
      ) WITHOUT ROWID;
    `);
    // Stored articles get their key; of two that now read as one, the first keeps it.
    const rows = db.prepare('SELECT id, text, published FROM sources ORDER BY id').all() as {
      id: number;
      text: string;
      published: string | null;
    }[];
    const rekey = db.prepare('UPDATE OR IGNORE sources SET text_hash = ? WHERE id = ?');
    for (const row of rows) rekey.run(articleKey(row.text, row.published), row.id);
  },
};
