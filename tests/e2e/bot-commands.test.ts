/**
 * Every question a member can ask (/meetings, /participants, autocomplete), asked through the
 * real discord.js client in the local Discord, on the seed calendar at 2020-01-26T12:00Z.
 */
import { describe, expect, it } from 'vitest';
import type { InteractionExchange, SlashCommandSpec } from '../helpers/local-discord/index.js';
import { embedsOf, expectEphemeral, expectNoPings, textOf, useBotHarness } from '../helpers/bot-answers.js';

const SEED_PLACES = ['London', 'Damascus', 'Copenhagen', 'Brussels'];

describe('asking the bot in a server', () => {
  const harness = useBotHarness();

  const ask = (subcommand: string, options: SlashCommandSpec['options'] = {}, more: Partial<SlashCommandSpec> = {}) =>
    harness().discord.command({ command: 'meetings', subcommand, options, ...more });
  /** The place names in the order a listing shows them. */
  const placesIn = (answer: InteractionExchange) => {
    const description = embedsOf(answer)[0]?.description ?? '';
    return [...SEED_PLACES, 'Washington']
      .filter((place) => description.includes(place))
      .sort((a, b) => description.indexOf(a) - description.indexOf(b));
  };
  const publicAnswer = (answer: InteractionExchange) => {
    expect(answer.callback.type).toBe(4);
    expect(answer.ephemeral).toBe(false);
    return answer;
  };

  describe('/meetings', () => {
    it('upcoming: the next 7 days in order, then what is expected later that month', async () => {
      const answer = publicAnswer(await ask('upcoming'));
      expect(placesIn(answer)).toEqual(['London', 'Damascus', 'Copenhagen', 'Brussels']);
      expect(textOf(answer)).toContain('expected in February 2020');
      expect(textOf(answer)).not.toContain('Washington');
    });

    it('upcoming days:2 stops after Monday 27 January', async () => {
      const answer = publicAnswer(await ask('upcoming', { days: 2 }));
      expect(placesIn(answer)).toEqual(['London']);
    });

    it('upcoming participant: only the meetings James Jeffrey attends', async () => {
      const answer = publicAnswer(await ask('upcoming', { participant: 'jeffrey' }));
      expect(placesIn(answer)).toEqual(['London', 'Copenhagen', 'Brussels']);
      expect(embedsOf(answer)[0]?.title).toContain('James Jeffrey');
    });

    it('upcoming place (in Arabic): only Damascus', async () => {
      const answer = publicAnswer(await ask('upcoming', { place: 'دمشق', days: 30 }));
      expect(placesIn(answer)).toEqual(['Damascus']);
    });

    it('a day with nothing on it says what is nearest before and after', async () => {
      const text = textOf(publicAnswer(await ask('on', { date: '2020-01-31' })));
      expect(text).toMatch(/nothing on Friday, 31 January 2020/i);
      expect(text).toMatch(/last meeting was .*James Jeffrey meets senior EU officials/);
      expect(text).toMatch(/next known is .*Third round of the Constitutional Committee/);
    });

    it('on 2020-01-29: Damascus and Copenhagen', async () => {
      const answer = publicAnswer(await ask('on', { date: '2020-01-29' }));
      expect(placesIn(answer)).toEqual(['Damascus', 'Copenhagen']);
      expect(embedsOf(answer)[0]?.title).toContain('Wednesday, 29 January 2020');
    });

    it('on tomorrow (in Arabic, غداً): Monday 27 January in London', async () => {
      const answer = publicAnswer(await ask('on', { date: 'غداً' }));
      expect(placesIn(answer)).toEqual(['London']);
    });

    it('between two days: London through Damascus and Copenhagen', async () => {
      const answer = publicAnswer(await ask('between', { from: '2020-01-27', to: '2020-01-29' }));
      expect(placesIn(answer)).toEqual(['London', 'Damascus', 'Copenhagen']);
    });

    it('past: the Washington ministerial of November 2019, not the coming ones', async () => {
      const answer = publicAnswer(await ask('past'));
      expect(placesIn(answer)).toEqual(['Washington']);
      expect(textOf(answer)).toContain('Thursday, 14 November 2019');
    });

    it('participant, typed in Arabic (جيفري): his three meetings', async () => {
      const answer = publicAnswer(await ask('participant', { name: 'جيفري' }));
      expect(placesIn(answer)).toEqual(['London', 'Copenhagen', 'Brussels']);
    });

    it('place Copenhagen: the coalition meeting there', async () => {
      const answer = publicAnswer(await ask('place', { name: 'copenhagen' }));
      expect(placesIn(answer)).toEqual(['Copenhagen']);
      expect(textOf(answer)).toContain('Global Coalition Small Group political directors meeting');
    });

    it('show by number: the meeting in full, people first with roles, and its source sentence', async () => {
      const answer = publicAnswer(await ask('show', { meeting: '1' }));
      const [embed] = embedsOf(answer);
      expect(embed?.title).toBe('#1 · Small Group on Syria meeting');
      const field = (name: string) => embed?.fields?.find((f) => f.name === name)?.value ?? '';
      expect(field('When')).toBe('Monday, 27 January 2020');
      expect(field('Where')).toBe('London');
      expect(field('Participants').split('\n')[0]).toMatch(/James Jeffrey \(جيمس جيفري\), Special Envoy/);
      expect(field('Participants').indexOf('Nasr al-Hariri')).toBeLessThan(field('Participants').indexOf('Egypt'));
      expect(field('Source')).toContain('لندن');
    });

    it('show by title (what autocomplete did not catch): the Pedersen visit', async () => {
      const answer = publicAnswer(await ask('show', { meeting: 'Pedersen' }));
      expect(embedsOf(answer)[0]?.title).toContain('Geir Pedersen visits Damascus');
    });
  });

  describe('/participants', () => {
    it('list: everyone with their number of meetings, James Jeffrey with three', async () => {
      const answer = publicAnswer(await harness().discord.command({ command: 'participants', subcommand: 'list' }));
      const description = embedsOf(answer)[0]?.description ?? '';
      expect(description).toMatch(/James Jeffrey \(جيمس جيفري\).*3 meetings/);
      expect(description).toContain('Geir Pedersen');
    });

    it('show: role, names in the other script, and meetings', async () => {
      const answer = publicAnswer(
        await harness().discord.command({ command: 'participants', subcommand: 'show', options: { name: 'Pedersen' } }),
      );
      const [embed] = embedsOf(answer);
      expect(embed?.title).toBe('Geir Pedersen');
      const text = textOf(answer);
      expect(text).toContain('غير بيدرسون');
      expect(text).toContain('UN envoy Geir Pedersen visits Damascus');
      expect(embed?.fields?.some((f) => /Meetings \(1\)/.test(f.name))).toBe(true);
    });
  });

  describe('autocomplete', () => {
    const complete = (command: string, subcommand: string, focused: string, value: string, locale?: string) =>
      harness().discord.autocomplete({
        command,
        subcommand,
        options: { [focused]: value },
        focused,
        ...(locale ? { locale } : {}),
      });

    it.each([
      ['جيف', 'Arabic'],
      ['jeff', 'Latin'],
      ['JEFFREY', 'capitals'],
      ['جيفرى', 'alef maqsura'],
    ])('offers James Jeffrey for "%s" (%s)', async (typed) => {
      const answer = await complete('meetings', 'participant', 'name', typed);
      expect(answer.callback.type).toBe(8);
      expect(answer.choices?.map((c) => c.name)).toContain('James Jeffrey · جيمس جيفري');
    });

    it('the chosen participant (its #id value) answers the command', async () => {
      const offered = await complete('meetings', 'upcoming', 'participant', 'jeff');
      const value = String(offered.choices?.[0]?.value);
      expect(value).toMatch(/^#\d+$/);
      const answer = await ask('upcoming', { participant: value });
      expect(placesIn(answer)).toEqual(['London', 'Copenhagen', 'Brussels']);
    });

    it('offers places in both scripts', async () => {
      const answer = await complete('meetings', 'place', 'name', 'دم');
      expect(answer.choices?.map((c) => c.name)).toContain('Damascus · دمشق');
    });

    it('shows Arabic names first to an Arabic reader', async () => {
      const answer = await complete('meetings', 'participant', 'name', 'jeff', 'ar');
      expect(answer.choices?.[0]?.name).toBe('جيمس جيفري · James Jeffrey');
    });

    it('offers Asia/Damascus for "dama" in /calendar add zone', async () => {
      const answer = await harness().discord.autocomplete({
        command: 'calendar',
        subcommand: 'add',
        options: { title: 'x', date: '2020-02-01', zone: 'dama' },
        focused: 'zone',
      });
      expect(answer.choices).toEqual([{ name: 'Asia/Damascus', value: 'Asia/Damascus' }]);
    });

    it.each([
      ['Pedersen', 'Latin'],
      ['بيدرسون', 'Arabic'],
    ])('finds a meeting by its title: "%s" (%s)', async (typed) => {
      const answer = await complete('meetings', 'show', 'meeting', typed);
      const [first] = answer.choices ?? [];
      expect(first?.name).toMatch(/^#4 · 2020-01-29 · /);
      expect(first?.value).toBe('4');
    });

    it('offers the coming meetings when nothing is typed yet, at most 25', async () => {
      const answer = await complete('meetings', 'show', 'meeting', '');
      expect(answer.choices?.map((c) => c.value).slice(0, 4)).toEqual(['1', '4', '2', '3']);
      expect(answer.choices?.length).toBeLessThanOrEqual(25);
      for (const choice of answer.choices ?? []) expect(choice.name.length).toBeLessThanOrEqual(100);
    });
  });

  describe('how times read', () => {
    it('a day-only meeting: the plain local day, no Discord timestamp', async () => {
      const answer = await ask('show', { meeting: '4' });
      const when = embedsOf(answer)[0]?.fields?.find((f) => f.name === 'When')?.value;
      expect(when).toBe('Wednesday, 29 January 2020');
      expect(textOf(answer)).not.toMatch(/<t:\d+/);
    });

    it('a month-only meeting: "expected in February 2020"', async () => {
      const answer = await ask('show', { meeting: '5' });
      expect(embedsOf(answer)[0]?.fields?.find((f) => f.name === 'When')?.value).toBe('expected in February 2020');
    });
  });

  describe('in Arabic', () => {
    it('answers an Arabic client in Arabic: titles, days, places, statuses', async () => {
      const answer = await ask('upcoming', {}, { locale: 'ar' });
      const [embed] = embedsOf(answer);
      expect(embed?.title).toBe('الاجتماعات خلال ٧ أيام مقبلة');
      expect(embed?.description).toContain('اجتماع «المجموعة المصغرة» حول سورية');
      expect(embed?.description).toContain('لندن');
      expect(embed?.description).toContain('كانون الثاني');
      expect(embed?.description).not.toContain('London');
    });

    it('shows a meeting in Arabic with the English title beneath', async () => {
      const answer = await ask('show', { meeting: '3' }, { locale: 'ar' });
      const [embed] = embedsOf(answer);
      expect(embed?.title).toBe('#3 · اجتماع جيفري مع كبار مسؤولي الاتحاد الأوروبي');
      expect(embed?.description).toBe('James Jeffrey meets senior EU officials');
      expect(embed?.fields?.map((f) => f.name)).not.toContain('When');
    });

    it('an English client (en-GB) gets English', async () => {
      const answer = await ask('upcoming', {}, { locale: 'en-GB' });
      expect(embedsOf(answer)[0]?.title).toBe('Meetings in the next 7 days');
    });
  });

  describe('mistakes are answered to the asker only, with what to do', () => {
    it.each([
      ['an impossible day', 'on', { date: '2020-02-30' }, /2020-02-30.*not a date/],
      ['an ambiguous day', 'on', { date: '01/02' }, /two ways.*YYYY-MM-DD/],
      ['words that are no day', 'between', { from: 'soonish', to: '2020-02-01' }, /YYYY-MM-DD/],
      ['a range backwards', 'between', { from: '2020-02-01', to: '2020-01-01' }, /ends .* before it begins/],
      ['an unknown meeting number', 'show', { meeting: '999' }, /no meeting #999/],
      ['an unknown title', 'show', { meeting: 'Quidditch' }, /no meeting .*matches "Quidditch"/],
      ['an unknown participant', 'participant', { name: 'Nobody Atall' }, /no participant .*matches "Nobody Atall"/],
      ['an unknown place', 'place', { name: 'Atlantis' }, /no place .*matches "Atlantis"/],
    ] as const)('%s', async (_what, subcommand, options, says) => {
      expectEphemeral(await ask(subcommand, options), says);
    });

    it('an unknown participant in /participants show', async () => {
      expectEphemeral(
        await harness().discord.command({ command: 'participants', subcommand: 'show', options: { name: 'zzz' } }),
        /no participant/,
      );
    });

    it('a command in a direct message says to use a server', async () => {
      const dm = harness().discord.dmChannelId(harness().discord.guild().ownerId);
      expectEphemeral(
        await harness().discord.command({ command: 'meetings', subcommand: 'upcoming', channelId: dm }),
        /in a server/,
      );
    });

    it('a command the bot does not know (an old registration)', async () => {
      expectEphemeral(
        await harness().discord.command({ command: 'agenda', subcommand: 'list' }),
        /not a command of this bot/,
      );
    });

    it('an autocomplete for an unknown name offers nothing rather than failing', async () => {
      const answer = await harness().discord.autocomplete({
        command: 'meetings',
        subcommand: 'participant',
        options: { name: 'qqqq' },
        focused: 'name',
      });
      expect(answer.callback.type).toBe(8);
      expect(answer.choices).toEqual([]);
    });
  });

  describe('every answer', () => {
    it('pings nobody, and never puts a Discord timestamp in a title', () => {
      const callbacks = harness().discord.calls({ method: 'POST', path: '/interactions/:id/:token/callback' });
      const messages = callbacks.filter((call) => [4, 7].includes((call.body as { type: number }).type));
      expect(messages.length).toBeGreaterThan(30);
      for (const call of messages) {
        expectNoPings(call.body);
        for (const embed of embedsOf((call.body as { data: Record<string, unknown> }).data))
          expect(embed.title ?? '').not.toMatch(/<t:/);
      }
    });

    it('made no call the local Discord did not know, registered nothing itself, and never logged the token', () => {
      expect(harness().discord.unknownRoutes()).toEqual([]);
      expect(harness().discord.calls({ path: /\/commands$/ })).toEqual([]);
      expect(harness().logs.join('\n')).not.toContain(harness().discord.token);
    });
  });
});
