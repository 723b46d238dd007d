/**
 * Component custom ids: what a button does, small enough for Discord's 100 characters.
 * `<command>:<action>:<json>`; the router splits on the first two colons only.
 */

const MAX_LENGTH = 100;

export interface ComponentAction {
  command: string;
  action: string;
  data: unknown;
}

export function encodeCustomId(command: string, action: string, data: unknown): string {
  const id = `${command}:${action}:${JSON.stringify(data)}`;
  if (id.length > MAX_LENGTH) throw new Error(`custom id over ${MAX_LENGTH} characters: ${id}`);
  return id;
}

/** The parts of a custom id, or null when it is not one of ours. */
export function decodeCustomId(customId: string): ComponentAction | null {
  const first = customId.indexOf(':');
  const second = customId.indexOf(':', first + 1);
  if (first < 0 || second < 0) return null;
  try {
    return {
      command: customId.slice(0, first),
      action: customId.slice(first + 1, second),
      data: JSON.parse(customId.slice(second + 1)) as unknown,
    };
  } catch {
    return null;
  }
}
