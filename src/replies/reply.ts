/**
 * A reply payload, the same for every front-end: the Discord router turns it into a message,
 * the terminal prints it as text or JSON. Handlers return one; tests assert on it.
 */

export interface ReplyField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface ReplyEmbed {
  title?: string;
  description?: string;
  fields?: ReplyField[];
  footer?: string;
  /** A colour that says the meeting's status at a glance. */
  color?: number;
}

export interface ReplyButton {
  /** What the button does, encoded for the router (see src/replies/custom-id.ts). */
  customId: string;
  label: string;
  style: 'primary' | 'secondary' | 'success' | 'danger';
  disabled?: boolean;
}

/** A text field of a form. */
export interface ReplyFormField {
  customId: string;
  label: string;
  required?: boolean;
  maxLength?: number;
  placeholder?: string;
  /** What the input holds when the form opens (a title to fix). */
  value?: string;
  /** Several lines (an article), not one. */
  long?: boolean;
}

/**
 * A form to fill in (a Discord modal). Front-ends that cannot show one print the reply's
 * content instead, which should say how to give the same answers as options.
 */
export interface ReplyForm {
  /** Where the answers go (see src/replies/custom-id.ts). */
  customId: string;
  title: string;
  fields: ReplyFormField[];
}

/** One choice of a select menu. */
export interface ReplySelectOption {
  value: string;
  label: string;
  description?: string;
  /** Chosen when the menu is shown. */
  selected?: boolean;
}

/** A menu to choose some of several things (which meetings of an article to add). */
export interface ReplySelect {
  /** What choosing does, encoded for the router (see src/replies/custom-id.ts). */
  customId: string;
  placeholder?: string;
  options: ReplySelectOption[];
  /** How few and how many may be chosen (default: none to all). */
  minValues?: number;
  maxValues?: number;
}

/** A file sent with an answer (an .ics export, a month picture). */
export interface ReplyFile {
  name: string;
  contentType?: string;
  /** Text (an .ics) or bytes (a PNG). */
  data: string | Uint8Array;
  /** What the file shows, for those who cannot see it (Discord's attachment description). */
  description?: string;
}

export interface Reply {
  content?: string;
  embeds?: ReplyEmbed[];
  /** A select menu, in a row above the buttons. */
  select?: ReplySelect;
  /** One row of buttons (pages, confirm/cancel). */
  buttons?: ReplyButton[];
  /** A form to show instead of a message, where the front-end can (Discord). */
  form?: ReplyForm;
  /** Seen only by the person who asked (errors, refusals, previews). */
  ephemeral?: boolean;
  /** Files attached to the message (Discord) or written where asked (the terminal). */
  files?: ReplyFile[];
  /**
   * The answer as data, for `--json`: built only when a front-end asks for it (Discord never
   * does, so a listing there loads no participants).
   */
  json?: () => unknown;
}

/** Discord's limits on what one message holds (src/replies/budget.ts keeps every reply within them). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  /** Titles, descriptions, field names and values and footers of all a message's embeds together. */
  embedTotal: 6000,
  buttonLabel: 80,
  selectOptions: 25,
  selectPlaceholder: 150,
  optionLabel: 100,
  optionDescription: 100,
} as const;

/** Cuts text to `max` characters, with an ellipsis when something was cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A form to fill in; front-ends that cannot show one say `instead` (how to give the same
 * answers as options). Seen only by the one who asked.
 */
export function formReply(customId: string, text: { title: string; instead: string }, fields: ReplyFormField[]): Reply {
  return { content: text.instead, ephemeral: true, form: { customId, title: text.title, fields } };
}

/** A short reply for an expected failure: seen only by the one who asked. */
export function errorReply(message: string): Reply {
  return { content: `⚠️ ${message}`, ephemeral: true };
}
