/**
 * An expected failure with a message a person can act on ("no meeting #12 in this
 * calendar"). Front-ends show its message as it is (ephemeral in Discord, stderr in the
 * terminal); anything else is logged with context and answered with a short generic line.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
