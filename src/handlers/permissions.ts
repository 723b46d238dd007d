/**
 * Who may change what. Commands that change data declare these bits as their default member
 * permissions, and every handler checks them again at run time (a server can loosen the
 * defaults, and an old registration can lag behind the code).
 */
import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { Actor } from './context.js';
import { UserError } from '../errors.js';
import type { PermissionName } from '../i18n/en.js';

export const MANAGE_EVENTS = PermissionFlagsBits.ManageEvents;
export const MANAGE_GUILD = PermissionFlagsBits.ManageGuild;
const ADMINISTRATOR = PermissionFlagsBits.Administrator;

const NAMES = new Map<bigint, PermissionName>([
  [MANAGE_EVENTS, 'Manage Events'],
  [MANAGE_GUILD, 'Manage Server'],
]);

/** True when the actor holds `permission` (administrators hold every one; the console, all). */
export function holds(actor: Actor, permission: bigint): boolean {
  if (actor.permissions === null) return true;
  return (actor.permissions & ADMINISTRATOR) === ADMINISTRATOR || (actor.permissions & permission) === permission;
}

/** Refuses, with what is missing, when the actor does not hold `permission`. */
export function requirePermission(actor: Actor, permission: bigint): void {
  if (!holds(actor, permission)) {
    throw new UserError('needPermission', NAMES.get(permission) ?? null);
  }
}
