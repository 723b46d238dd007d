/**
 * Every sentence a user sees comes from the catalogue (src/i18n), in English and Arabic: no
 * English prose is written inside the code that answers people (handlers, replies, the Discord
 * front-end). Read with the TypeScript parser: string and template literals of two or more
 * English words are flagged, except what is not shown to a user (log lines, thrown programming
 * errors, custom ids, the catalogue itself).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/**
 * The code that answers people in Discord and the console. Not here: what the bot's operator
 * reads in the terminal that runs it (startup failures, deploy-commands, logs), in English.
 */
const ANSWERING = [
  'src/handlers',
  'src/replies',
  'commands',
  'src/discord/router.ts',
  'src/discord/render.ts',
  'src/discord/reminder-sender.ts',
  'src/reminders/deliver.ts',
];
const PROSE = /[A-Za-z]{2,}[,:;]? [A-Za-z]{2,}/;

/**
 * Calls whose text is for developers and logs, not for the people using the bot: log lines,
 * programming errors, notes kept on a reminder's row, and delivery errors (a refusal shown to
 * people is a RefusalKey, translated by the catalogue, not prose).
 */
const NOT_FOR_USERS =
  /^(?:(?:this\.|options\.)?logger\.\w+|console\.\w+|new (?:Error|TypeError|RangeError|DeliveryError)|reminders\.(?:release|markFailed))$/;
/** Discord's own names for its permissions, which its client shows in English (the Arabic is said beside them). */
const DISCORD_NAMES = new Set(['Manage Events', 'Manage Server']);

function filesUnder(folder: string): string[] {
  if (folder.endsWith('.ts')) return [folder];
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

function calleeOf(node: ts.Node): string | null {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isCallExpression(at) || ts.isNewExpression(at)) {
      const callee = at.expression.getText();
      return ts.isNewExpression(at) ? `new ${callee}` : callee;
    }
    if (ts.isBlock(at) || ts.isSourceFile(at)) return null;
  }
  return null;
}

/** English prose in literals of a file, as "file:line: text". */
function proseIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const text =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … ')
          : null;
    if (text !== null && PROSE.test(text) && !DISCORD_NAMES.has(text)) {
      const inImport = ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent);
      const callee = calleeOf(node);
      // The first argument of a command builder is a name or a description (bilingual, checked apart)
      const describing = callee !== null && /\.set(?:Description|Name)$/.test(callee);
      if (!inImport && !(callee && NOT_FOR_USERS.test(callee)) && !describing) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${file}:${line + 1}: ${text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-facing text', () => {
  it('is never English prose written in the answering code, but a catalogue entry in both languages', () => {
    const prose = ANSWERING.flatMap(filesUnder).flatMap(proseIn);
    expect(prose).toEqual([]);
  });
});
