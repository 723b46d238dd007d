/**
 * `meetings feeds add URL [--mode auto] [--language ar] | list | remove URL | poll`: the
 * terminal's calendar following feeds. `poll` reads every feed it follows now, due or not,
 * and says what it found (the posts wait for a bot to send them to Discord).
 */
import type { App } from '../app.js';
import { UserError } from '../errors.js';
import type { HandlerContext } from '../handlers/context.js';
import { messages } from '../i18n/index.js';
import { createLogger } from '../logger.js';
import type { Reply } from '../replies/reply.js';
import { addFeed, listFeeds, pauseFeed, removeFeed } from './commands.js';
import { FeedService } from './service.js';

const SUBCOMMANDS = ['add', 'list', 'remove', 'pause', 'poll'];

export async function feedsInTerminal(
  context: HandlerContext,
  app: App,
  positionals: readonly string[],
  flags: { mode?: string | undefined; language?: string | undefined },
): Promise<Reply> {
  const ctx: HandlerContext = { ...context, newsFeeds: app.feedStore() };
  const [sub, url, ...extra] = positionals;
  const needsUrl = sub === 'add' || sub === 'remove' || sub === 'pause';
  if (!sub || !SUBCOMMANDS.includes(sub) || (needsUrl ? !url || extra.length > 0 : url !== undefined))
    throw new UserError(
      'cliTakes',
      `feeds ${sub && SUBCOMMANDS.includes(sub) ? sub : SUBCOMMANDS.join('|')}`,
      needsUrl ? ['URL'] : [],
    );
  if (sub === 'add') return addFeed(ctx, { url: url!, mode: flags.mode, language: flags.language });
  if (sub === 'remove') return removeFeed(ctx, url!);
  if (sub === 'pause') return pauseFeed(ctx, url!);
  if (sub === 'list') return listFeeds(ctx);
  return pollNow(ctx, app);
}

async function pollNow(ctx: HandlerContext, app: App): Promise<Reply> {
  const service = new FeedService({
    calendars: app.calendars,
    clock: app.clock,
    logger: createLogger(app.config.LOG_LEVEL),
    allowPrivate: app.config.FEEDS_ALLOW_PRIVATE,
  });
  const calendarId = ctx.scope.calendar.id;
  const before = new Set(service.posts.forCalendar(calendarId).map((p) => p.id));
  const followed = service.feeds.subscriptions(calendarId).filter((s) => !s.paused && !s.gone);
  for (const sub of followed) {
    const feed = service.feeds.feed(sub.feedId);
    if (feed) await service.poller.pollFeed(feed);
  }
  const fresh = service.posts.forCalendar(calendarId).filter((p) => !before.has(p.id));
  const t = (kind: string) => fresh.filter((p) => p.kind === kind);
  const lines = [
    messages(ctx.view.locale).feeds.polled(
      followed.length,
      t('review').length,
      t('added').flatMap((p) => p.added).length,
      t('failure').length,
    ),
    ...fresh.map((p) =>
      p.kind === 'failure'
        ? `✗ ${p.outlet}: ${p.failure ? messages(ctx.view.locale).feeds.failure[p.failure] : ''}`
        : `${p.kind === 'added' ? '+' : '?'} ${p.outlet}: ${p.headline ?? p.link ?? ''}${p.added.length ? ` (${p.added.map((n) => `#${n}`).join(', ')})` : ''}`,
    ),
  ];
  return {
    content: lines.join('\n'),
    json: () => ({
      feeds: followed.length,
      posts: fresh.map((p) => ({
        kind: p.kind,
        outlet: p.outlet,
        headline: p.headline,
        link: p.link,
        added: p.added,
        failure: p.failure,
      })),
    }),
  };
}
