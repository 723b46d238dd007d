import { PermissionFlagsBits } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { ADMINISTRATOR, MANAGE_EVENTS, MANAGE_GUILD } from '../../../src/handlers/permissions.js';

describe('the permission bits the handlers check', () => {
  it('are the bits Discord gives Manage Events, Manage Server and Administrator', () => {
    expect({ MANAGE_EVENTS, MANAGE_GUILD, ADMINISTRATOR }).toEqual({
      MANAGE_EVENTS: PermissionFlagsBits.ManageEvents,
      MANAGE_GUILD: PermissionFlagsBits.ManageGuild,
      ADMINISTRATOR: PermissionFlagsBits.Administrator,
    });
  });
});
