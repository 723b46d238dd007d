/** The bot's feeds: polled on their beat, their posts sent through the same sender as reminders. */
import type { App } from '../app.js';
import { deliverFeedPosts } from '../feeds/deliver.js';
import { FeedScheduler } from '../feeds/scheduler.js';
import { FeedService } from '../feeds/service.js';
import type { Logger } from '../logger.js';
import type { ReminderSender } from '../reminders/deliver.js';
import { discordPresenter } from '../replies/presenter.js';

/** Makes the feed beat (started with node-cron when `cron`). */
export function startFeeds(app: App, sender: ReminderSender, logger: Logger, cron: boolean): FeedScheduler {
  const service = new FeedService({
    calendars: app.calendars,
    clock: app.clock,
    logger,
    allowPrivate: app.config.FEEDS_ALLOW_PRIVATE,
    feeds: app.feedStore(),
  });
  const deliver = () =>
    deliverFeedPosts({
      posts: service.posts,
      sender,
      present: discordPresenter,
      calendarOf: (calendarId) => {
        const ref = app.calendars.repository.forCalendar(calendarId).calendarRef();
        return { locale: ref.locale ?? 'en', timezone: ref.timezone, dateStyle: ref.dateStyle };
      },
      now: () => app.clock.now(),
      logger,
    });
  const scheduler = new FeedScheduler(service.poller, logger, deliver);
  if (cron) scheduler.start();
  return scheduler;
}
