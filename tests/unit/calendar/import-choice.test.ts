/**
 * What a preview's menu, buttons and forms carry (ImportChoice): the meetings unticked and the
 * preview's name, within Discord's 100 characters, and one confirmation per preview whichever
 * way it is confirmed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localActor } from '../../../src/handlers/context.js';
import { dayForm, importWithTitles, redatedPreview, titlesForm } from '../../../src/handlers/import-edits.js';
import { answerImport, pickImport, previewImport, type ImportChoice } from '../../../src/handlers/import.js';
import { decodeCustomId } from '../../../src/replies/custom-id.js';
import type { Reply } from '../../../src/replies/reply.js';
import { programmeArticle } from '../../helpers/articles.js';
import { handlerContext, openTestCalendar, type TestCalendar } from '../../helpers/calendar.js';

const NOW = Date.parse('2020-01-28T12:00:00Z');
/** The longest a Discord id gets (2^64 - 1): 20 digits. */
const LONGEST_ID = '18446744073709551615';

let calendar: TestCalendar;
beforeEach(() => {
  calendar = openTestCalendar({ now: NOW });
});
afterEach(() => calendar.close());

const context = () => ({ ...handlerContext(calendar.scope, NOW), actor: localActor(LONGEST_ID) });

/** Every custom id of a reply: its menu's and its buttons'. */
function customIds(reply: Reply): string[] {
  return [reply.select?.customId, ...(reply.buttons ?? []).map((button) => button.customId)].filter(
    (id): id is string => id !== undefined,
  );
}

/** What the component with this action carries. */
function carried(reply: Reply, action: string): ImportChoice {
  const id = customIds(reply).find((customId) => decodeCustomId(customId)?.action === action);
  expect(id, `a ${action} component`).toBeDefined();
  return decodeCustomId(id!)!.data as ImportChoice;
}

describe('an import preview’s choice', () => {
  it('keeps within 100 characters with a 20-digit user and all 25 menu meetings unticked, and keeps its name', () => {
    const ctx = context();
    const preview = previewImport(ctx, { text: programmeArticle(30), published: '2020-01-28' });
    const name = carried(preview, 'import').p;
    expect(name).toMatch(/^[\w-]{8}$/);
    expect(carried(preview, 'pick').p).toBe(name);

    const unticked = pickImport(ctx, carried(preview, 'pick'), []);
    for (const id of customIds(unticked)) expect(id.length).toBeLessThanOrEqual(100);
    expect(unticked.buttons?.find((b) => decodeCustomId(b.customId)?.action === 'import')?.label).toMatch(/5/);
    // The same preview with other meetings ticked: its Confirm is the same one.
    expect(carried(unticked, 'import')).toMatchObject({ p: name, k: (2 ** 25 - 1).toString(36) });
    const form = titlesForm(ctx, carried(unticked, 'titles'));
    expect(form.form!.customId.length).toBeLessThanOrEqual(100);
    expect((decodeCustomId(form.form!.customId)!.data as ImportChoice).p).toBe(name);
  });

  it('is confirmed once: after Add, its titles form says it was already done and adds nothing', () => {
    const ctx = context();
    const before = calendar.scope.store.countMeetings();
    const preview = pickImport(
      ctx,
      carried(previewImport(ctx, { text: programmeArticle(3), published: '2020-01-28' }), 'pick'),
      ['0', '1'],
    );
    const added = answerImport(ctx, 'import', carried(preview, 'import'));
    expect(added.content).toMatch(/Added/);
    expect(calendar.scope.store.countMeetings()).toBe(before + 2);

    const titles = decodeCustomId(titlesForm(ctx, carried(preview, 'titles')).form!.customId)!.data as ImportChoice;
    const again = importWithTitles(ctx, titles, { t0: 'A title fixed too late' });
    expect(again.content).toMatch(/^Already done: <@18446744073709551615> confirmed this import/);
    expect(calendar.scope.store.countMeetings()).toBe(before + 2);
  });

  it('read against another day, is a new preview with a new name', () => {
    const ctx = context();
    const preview = previewImport(ctx, { text: programmeArticle(2), published: '2020-01-28' });
    const form = dayForm(ctx, carried(preview, 'day'));
    const redated = redatedPreview(ctx, decodeCustomId(form.form!.customId)!.data as ImportChoice, '2020-01-27');
    expect(carried(redated, 'import').p).toMatch(/^[\w-]{8}$/);
    expect(carried(redated, 'import').p).not.toBe(carried(preview, 'import').p);
  });
});
