/**
 * Who may change what. Commands that change data declare these bits as their default member
 * permissions, and every handler checks them again at run time (a server can loosen the
 * defaults, and an old registration can lag behind the code).
 */
import type { Actor } from './context.js';
import { UserError } from '../errors.js';
import type { PermissionName } from '../i18n/en.js';

// Discord's permission bits, written out: importing them from discord-api-types loads its 40
// modules into every front-end, `meetings extract` too (tests/unit/handlers/permissions.test.ts
// holds them equal to PermissionFlagsBits).
export const MANAGE_EVENTS = 1n << 33n;
export const MANAGE_GUILD = 1n << 5n;
/** Holds every permission. */
export const ADMINISTRATOR = 1n << 3n;
/** What it takes to change reminder settings (/reminders): who a "reminders are off" hint is for. */
export const CHANGES_REMINDERS = MANAGE_GUILD;

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
