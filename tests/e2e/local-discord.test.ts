/**
 * Smoke tests of the local Discord: an unmodified discord.js Client logs in, answers
 * interactions, and survives the faults the stand-in injects. No bot code is involved; each
 * test wires a tiny handler itself.
 */
import { once } from 'node:events';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  LabelBuilder,
  ModalBuilder,
  PermissionFlagsBits,
  Status,
  TextInputBuilder,
  TextInputStyle,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  Faults,
  startLocalDiscord,
  type LocalDiscord,
  type LocalDiscordOptions,
} from '../helpers/local-discord/index.js';

const unhandledRejections: unknown[] = [];
const recordUnhandled = (reason: unknown): void => {
  unhandledRejections.push(reason);
};
beforeAll(() => {
  process.on('unhandledRejection', recordUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', recordUnhandled);
});

let discord: LocalDiscord | undefined;
const clients: Client[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) {
    // Destroying mid-identify makes discord.js reconnect and destroy() never returns.
    if (client.ws.shards.size > 0) {
      await discord?.waitFor(() => client.ws.shards.every((shard) => shard.status === Status.Ready), {
        description: 'the shard to be Ready before destroy()',
      });
    }
    await client.destroy();
  }
  await discord?.close();
  discord = undefined;
  expect(unhandledRejections).toEqual([]);
});

async function start(options: LocalDiscordOptions = {}): Promise<LocalDiscord> {
  discord = await startLocalDiscord(options);
  return discord;
}

function newClient(local: LocalDiscord): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...local.clientOptions(),
  });
  clients.push(client);
  return client;
}

/** A logged-in client, ready (every guild cached), with `onInteraction` as its only handler. */
async function connect(
  local: LocalDiscord,
  onInteraction?: (interaction: Interaction) => Promise<unknown>,
): Promise<Client> {
  const client = newClient(local);
  if (onInteraction) {
    client.on(Events.InteractionCreate, (interaction) => {
      onInteraction(interaction).catch((error: unknown) => unhandledRejections.push(error));
    });
  }
  const ready = once(client, Events.ClientReady);
  await client.login(local.token);
  await ready;
  return client;
}

/** A text channel of the stand-in, fetched through the client (GET /channels/{id}). */
async function textChannel(client: Client, channelId: string): Promise<TextChannel> {
  return (await client.channels.fetch(channelId)) as TextChannel;
}

/** Answers `/ping` with "pong" (used by the gateway fault tests). */
async function pong(interaction: Interaction): Promise<void> {
  if (interaction.isChatInputCommand() && interaction.commandName === 'ping') await interaction.reply('pong');
}

describe('local Discord with a real discord.js client', () => {
  it('logs in and becomes ready with every guild, channel, role and its own member cached', async () => {
    const local = await start({
      bot: { username: 'diwan' },
      guilds: [
        {
          name: 'Alpha',
          channels: [{ name: 'general' }, { name: 'reminders' }],
          roles: [{ name: 'Editors', permissions: PermissionFlagsBits.ManageGuild }],
        },
        { name: 'Beta' },
      ],
    });
    const client = await connect(local);

    expect(client.user?.id).toBe(local.botUser.id);
    expect(client.guilds.cache.map((guild) => guild.name).sort()).toEqual(['Alpha', 'Beta']);
    const alpha = client.guilds.cache.get(local.guildIds()[0] ?? '');
    expect(alpha?.channels.cache.map((channel) => channel.name).sort()).toEqual(['general', 'reminders']);
    expect(alpha?.roles.everyone.id).toBe(alpha?.id);
    expect(alpha?.roles.cache.some((role) => role.name === 'Editors')).toBe(true);
    expect(alpha?.members.me?.id).toBe(local.botUser.id);
    const reminders = alpha?.channels.cache.get(local.channelId('reminders'));
    expect(reminders && alpha?.members.me?.permissionsIn(reminders).has(PermissionFlagsBits.SendMessages)).toBe(true);
    expect(local.gatewayEvents('identify')).toHaveLength(1);
    expect(local.unknownRoutes()).toEqual([]);
  });

  it('adds a guild at run time with GUILD_CREATE', async () => {
    const local = await start();
    const client = await connect(local);
    const joined = once(client, Events.GuildCreate);
    const added = local.addGuild({ name: 'Gamma', channels: [{ name: 'news' }] });
    await joined;
    expect(client.guilds.cache.get(added.id)?.channels.cache.first()?.name).toBe('news');
  });

  it('answers a slash command with nested subcommand options, and a deferred reply with an edit and a follow-up', async () => {
    const local = await start();
    const memberId = local.addMember(local.guildIds()[0] ?? '', { user: { username: 'reader' } });
    await connect(local, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      if (interaction.commandName === 'meetings') {
        const days = interaction.options.getInteger('days', true);
        const canEdit = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
        await interaction.reply({
          content: `${interaction.options.getSubcommandGroup()}/${interaction.options.getSubcommand()} ${days} ${canEdit} ${interaction.channelId}`,
        });
      } else if (interaction.commandName === 'slow') {
        await interaction.deferReply();
        await interaction.editReply('done');
        await interaction.followUp({ content: 'and more', flags: 64 });
      }
    });

    const channelId = local.channelId('general');
    const answer = await local.command({
      command: 'meetings',
      group: 'list',
      subcommand: 'upcoming',
      options: { days: 7 },
      userId: memberId,
    });
    expect(answer.callback.type).toBe(4);
    expect(answer.content).toBe(`list/upcoming 7 false ${channelId}`);
    const asOwner = await local.command({
      command: 'meetings',
      group: 'list',
      subcommand: 'upcoming',
      options: { days: 1 },
    });
    expect(asOwner.content).toBe(`list/upcoming 1 true ${channelId}`);
    const ownerWithout = await local.command({
      command: 'meetings',
      group: 'list',
      subcommand: 'upcoming',
      options: { days: 2 },
      permissions: 0n,
    });
    expect(ownerWithout.content).toBe(`list/upcoming 2 false ${channelId}`);
    local.setMemberPermissions(local.guild().id, memberId, PermissionFlagsBits.ManageGuild);
    const promoted = await local.command({
      command: 'meetings',
      group: 'list',
      subcommand: 'upcoming',
      options: { days: 3 },
      userId: memberId,
    });
    expect(promoted.content).toBe(`list/upcoming 3 true ${channelId}`);

    const slow = await local.command({ command: 'slow' });
    expect(slow.callback.type).toBe(5);
    expect((await slow.waitForEdit()).content).toBe('done');
    const followUp = await slow.waitForFollowUp();
    expect(followUp.content).toBe('and more');
    expect(followUp.flags).toBe(64);
    expect(slow.responses().map((response) => response.kind)).toEqual(['callback', 'edit-original', 'follow-up']);
    expect(local.calls({ method: 'PATCH', path: '/webhooks/:app/:token/messages/@original' })).toHaveLength(1);
  });

  it('answers autocomplete with choices', async () => {
    const local = await start();
    await connect(local, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const focused = interaction.options.getFocused(true);
      await interaction.respond([{ name: `${focused.name}=${focused.value}`, value: 'x' }]);
    });
    const answer = await local.autocomplete({
      command: 'meetings',
      subcommand: 'on',
      options: { date: 'tomor', days: 3 },
      focused: 'date',
    });
    expect(answer.callback.type).toBe(8);
    expect(answer.choices).toEqual([{ name: 'date=tomor', value: 'x' }]);
  });

  it('answers a button with a modal (label-wrapped inputs) and then the modal submit', async () => {
    const local = await start();
    await connect(local, async (interaction) => {
      if (interaction.isButton() && interaction.customId === 'rename') {
        const title = new TextInputBuilder().setCustomId('title').setStyle(TextInputStyle.Short);
        await interaction.showModal(
          new ModalBuilder()
            .setCustomId('rename-modal')
            .setTitle('Rename')
            .addLabelComponents(new LabelBuilder().setLabel('Title').setTextInputComponent(title)),
        );
      } else if (interaction.isButton() && interaction.customId === 'bump') {
        await interaction.update({
          content: 'bumped',
          components: [
            new ActionRowBuilder<ButtonBuilder>().addComponents(
              new ButtonBuilder().setCustomId('bump').setLabel('Bump').setStyle(ButtonStyle.Primary),
            ),
          ],
        });
      } else if (interaction.isStringSelectMenu()) {
        await interaction.reply(`picked ${interaction.values.join('+')}`);
      } else if (interaction.isModalSubmit()) {
        await interaction.reply({ content: `renamed to ${interaction.fields.getTextInputValue('title')}`, flags: 64 });
      }
    });

    const click = await local.button({ customId: 'rename' });
    expect(click.callback.type).toBe(9);
    const submit = await local.modalSubmit({ customId: 'rename-modal', fields: { title: 'Summit' } });
    expect(submit.payload.data).toMatchObject({
      components: [{ type: 18, component: { custom_id: 'title', value: 'Summit' } }],
    });
    expect(submit.content).toBe('renamed to Summit');
    expect(submit.ephemeral).toBe(true);

    const legacy = await local.modalSubmit({
      customId: 'rename-modal',
      fields: { title: 'Talks' },
      shape: 'action-row',
    });
    expect(legacy.content).toBe('renamed to Talks');

    const picked = await local.selectMenu({ customId: 'pick', values: ['a', 'b'] });
    expect(picked.content).toBe('picked a+b');

    const update = await local.button({ customId: 'bump' });
    expect(update.callback.type).toBe(7);
    expect(update.original()?.content).toBe('bumped');
  });

  it('rejects a wrong token with TokenInvalid', async () => {
    const local = await start({ token: 'right' });
    const client = newClient(local);
    await expect(client.login('wrong')).rejects.toMatchObject({ code: 'TokenInvalid' });
    expect(local.calls({ path: '/gateway/bot' })[0]?.status).toBe(401);
  });

  it('returns the earlier message for a repeated nonce with enforceNonce', async () => {
    const local = await start();
    const client = await connect(local);
    const channelId = local.channelId('general');
    const channel = await textChannel(client, channelId);
    const first = await channel.send({ content: 'reminder', nonce: 'r-1', enforceNonce: true });
    const second = await channel.send({ content: 'reminder', nonce: 'r-1', enforceNonce: true });
    expect(second.id).toBe(first.id);
    expect(local.postedMessages(channelId)).toHaveLength(1);
    expect(local.postAttempts(channelId).map((attempt) => attempt.outcome)).toEqual(['created', 'deduplicated']);

    // Discord caps nonces at 25 characters; so does the stand-in.
    const tooLong: unknown = await channel
      .send({ content: 'x', nonce: 'n'.repeat(26), enforceNonce: true })
      .catch((caught: unknown) => caught);
    expect(tooLong).toBeInstanceOf(DiscordAPIError);
    expect((tooLong as DiscordAPIError).code).toBe(50035);
  });

  it('fetches the owner as a member and sends them a DM', async () => {
    const local = await start();
    const client = await connect(local);
    const guild = client.guilds.cache.get(local.guild().id);
    const owner = await guild?.members.fetch(local.guild().ownerId);
    expect(owner?.id).toBe(local.guild().ownerId);
    const sent = await owner?.send('hello owner');
    expect(local.postedMessages(sent?.channelId ?? '').map((message) => message.content)).toEqual(['hello owner']);
    expect(local.unknownRoutes()).toEqual([]);
  });

  it('opens a DM channel with POST /users/@me/channels and refuses a message to closed DMs with 403 50007', async () => {
    const local = await start({
      guilds: [{ members: [{ user: { id: '820000000000000001', username: 'quiet', dmsClosed: true } }] }],
    });
    const client = await connect(local);
    const dm = await client.users.createDM('820000000000000001');
    expect(dm.id).toBe(local.dmChannelId('820000000000000001'));
    const refused: unknown = await dm.send('hello').catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(DiscordAPIError);
    expect((refused as DiscordAPIError).code).toBe(50007);
    expect(local.postedMessages(dm.id)).toEqual([]);
    local.setDmsClosed('820000000000000001', false);
    await dm.send({ content: 'hello', nonce: 'dm-1', enforceNonce: true });
    await dm.send({ content: 'hello', nonce: 'dm-1', enforceNonce: true });
    expect(local.postedMessages(dm.id).map((message) => message.content)).toEqual(['hello']);
  });

  it('dispatches a DM interaction with a top-level user and no member', async () => {
    const local = await start();
    await connect(local, async (interaction) => {
      if (interaction.isChatInputCommand())
        await interaction.reply(`dm ${interaction.inGuild()} ${interaction.user.id}`);
    });
    const ownerId = local.guild().ownerId;
    const answer = await local.command({ command: 'ping', channelId: local.dmChannelId(ownerId) });
    expect(answer.content).toBe(`dm false ${ownerId}`);
    expect(answer.payload).toMatchObject({ context: 1, user: { id: ownerId } });
    expect(answer.payload.member).toBeUndefined();
  });

  it('receives multipart messages (payload_json + files) on channel.send and on a reply', async () => {
    const local = await start();
    const client = await connect(local, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({
          content: 'export',
          files: [{ attachment: Buffer.from('BEGIN:VCALENDAR'), name: 'meetings.ics' }],
        });
      }
    });
    const channelId = local.channelId('general');
    const channel = await textChannel(client, channelId);
    const sent = await channel.send({
      content: 'with file',
      files: [{ attachment: Buffer.from('hello'), name: 'note.txt' }],
    });

    expect(sent.attachments.first()?.name).toBe('note.txt');
    const call = local.calls({ method: 'POST', path: '/channels/:id/messages' })[0];
    expect(call?.body).toMatchObject({ content: 'with file' });
    expect(call?.files.map((file) => [file.field, file.name, file.size])).toEqual([['files[0]', 'note.txt', 5]]);

    const exported = await local.command({ command: 'export' });
    expect(exported.content).toBe('export');
    expect(new TextDecoder().decode(exported.files[0]?.data)).toBe('BEGIN:VCALENDAR');
  });

  it('registers guild and global commands and routes interactions with their ids', async () => {
    const local = await start();
    const client = await connect(local, pong);
    const guildId = local.guild().id;
    const registered = await client.application?.commands.set([{ name: 'ping', description: 'Ping' }], guildId);
    await client.application?.commands.set([{ name: 'help', description: 'Help' }]);

    expect(local.registeredCommands(guildId).map((command) => command.name)).toEqual(['ping']);
    expect(local.registeredCommands().map((command) => command.name)).toEqual(['help']);
    const answer = await local.command({ command: 'ping' });
    expect((answer.payload.data as { id: string }).id).toBe(registered?.first()?.id);
  });

  it('applies channel overwrites to app_permissions and refuses posts the bot may not make', async () => {
    const guildId = '1100000000000000001';
    const denySend = { id: guildId, type: 0 as const, allow: '0', deny: PermissionFlagsBits.SendMessages.toString() };
    const local = await start({
      guilds: [{ id: guildId, channels: [{ name: 'general' }, { name: 'locked', permissionOverwrites: [denySend] }] }],
    });
    const lockedId = local.channelId('locked');
    const client = await connect(local, async (interaction) => {
      if (interaction.isChatInputCommand())
        await interaction.reply(`${interaction.appPermissions.has(PermissionFlagsBits.SendMessages)}`);
    });

    const locked = client.channels.cache.get(lockedId) as TextChannel;
    expect(locked.permissionsFor(client.user?.id ?? '')?.has(PermissionFlagsBits.SendMessages)).toBe(false);
    expect((await local.command({ command: 'can-send', channelId: lockedId })).content).toBe('false');
    expect((await local.command({ command: 'can-send' })).content).toBe('true');
    const error: unknown = await locked.send('nope').catch((caught: unknown) => caught);
    expect((error as DiscordAPIError).code).toBe(50013);
    expect(local.postAttempts(lockedId).map((attempt) => attempt.outcome)).toEqual(['error']);
  });

  it('resumes after a dropped connection (4000) and answers the interaction dispatched while disconnected', async () => {
    const local = await start();
    const client = await connect(local, pong);
    const resumedByClient = once(client, Events.ShardResume);
    const resumed = local.nextGatewayEvent('resumed');

    local.dropConnection(4000);
    const answer = local.command({ command: 'ping' });
    expect(local.gatewayEvents('dispatch').at(-1)).toMatchObject({ t: 'INTERACTION_CREATE', delivered: false });

    await resumed;
    expect((await answer).content).toBe('pong');
    await resumedByClient;
    expect(local.gatewayEvents('identify')).toHaveLength(1);
  });

  it('resumes after op 7 RECONNECT and after withheld heartbeat acks', async () => {
    const local = await start({ heartbeatIntervalMs: 150 });
    await connect(local, pong);

    const afterReconnect = local.nextGatewayEvent('resumed');
    local.sendReconnect();
    await afterReconnect;

    const afterZombie = local.nextGatewayEvent('resumed');
    local.withholdHeartbeatAcks(1);
    await afterZombie;

    expect((await local.command({ command: 'ping' })).content).toBe('pong');
    expect(local.gatewayEvents('identify')).toHaveLength(1);
  });

  it('re-identifies when the resume is refused, and after a close with 1000', async () => {
    const local = await start();
    const client = await connect(local, pong);
    let clientReadyAgain = 0;
    client.on(Events.ClientReady, () => (clientReadyAgain += 1));

    const identified = local.nextGatewayEvent('ready');
    local.refuseNextResume();
    local.dropConnection(4000);
    await identified;
    expect(local.gatewayEvents('invalid-session')).toHaveLength(1);
    expect((await local.command({ command: 'ping' })).content).toBe('pong');

    const again = local.nextGatewayEvent('ready');
    local.dropConnection(1000);
    await again;
    expect(local.gatewayEvents('identify')).toHaveLength(3);
    expect(local.gatewayEvents('resume')).toHaveLength(1);
    expect((await local.command({ command: 'ping' })).content).toBe('pong');
    // discord.js emits clientReady once per login, never after a re-identify.
    expect(clientReadyAgain).toBe(0);
  });

  it('lets the client retry a 500 so the message lands once, and wait out a 429', async () => {
    const local = await start();
    const client = await connect(local);
    const channelId = local.channelId('general');
    const channel = await textChannel(client, channelId);

    local.failNext({ method: 'POST', path: '/channels/:id/messages' }, Faults.serverError());
    await channel.send('after a 500');
    local.failNext({ method: 'POST', path: '/channels/:id/messages' }, Faults.rateLimited(0.05));
    await channel.send('after a 429');

    expect(local.postedMessages(channelId).map((message) => message.content)).toEqual(['after a 500', 'after a 429']);
    expect(local.postAttempts(channelId).map((attempt) => attempt.status)).toEqual([500, 200, 429, 200]);
  });

  it('surfaces a 403 as a DiscordAPIError with code 50001', async () => {
    const local = await start();
    const client = await connect(local);
    const channel = await textChannel(client, local.channelId('general'));
    local.failNext({ path: `/channels/${channel.id}/messages` }, Faults.missingAccess());
    const error: unknown = await channel.send('denied').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50001);
    expect((error as DiscordAPIError).status).toBe(403);
  });

  it('answers unknown routes with a Discord-style 404 and records them', async () => {
    const local = await start();
    const response = await fetch(`${local.apiBase}/v10/nowhere`, { headers: { authorization: `Bot ${local.token}` } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(local.unknownRoutes().map((call) => call.path)).toEqual(['/nowhere']);
  });
});
