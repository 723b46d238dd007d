import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Which folder may import which (shared/GUIDE.md's dependency rule): the chain runs front-ends
 * (src/discord, src/cli, src/console) → commands → handlers → calendar → db, and no folder imports
 * one above it. The pure folders know neither Discord nor SQLite; only db/ holds SQL.
 */
const DISCORD = {
  regex: '^(discord\\.js|@discordjs/|discord-api-types)',
  message: 'Only src/discord and commands/ know Discord.',
};
const SQLITE = { regex: '^better-sqlite3$', message: 'Only db/ talks to SQLite.' };
const DB = {
  regex: '(^|/)db/',
  message:
    'Reach the database through the interfaces of src/calendar and src/reminders; only the start-up wiring opens db/.',
};
const FRONT_ENDS = {
  regex: '(^|/)(discord|cli|console)/',
  message: 'A front-end is above this folder in the chain: it calls this folder, never the reverse.',
};
const COMMANDS = { regex: '(^|/)commands/', message: 'commands/ is above this folder in the chain.' };
const HANDLERS = { regex: '(^|/)handlers/', message: 'src/handlers is above this folder in the chain.' };
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const PURE = ['src/calendar', 'src/names', 'src/extract', 'src/date-parser', 'src/time', 'src/i18n', 'src/replies']
  .map((folder) => `${folder}/**/*.ts`)
  .concat(['src/reminders/plan.ts', 'src/reminders/types.ts']);

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'dist', 'bench/out', 'bench/tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // One no-restricted-imports per file (a later block would replace an earlier one's list).
  { files: PURE, rules: restrict(DISCORD, SQLITE, DB, FRONT_ENDS, COMMANDS, HANDLERS) },
  { files: ['src/reminders/**/*.ts'], ignores: PURE, rules: restrict(DISCORD, SQLITE, DB, COMMANDS, HANDLERS) },
  {
    files: ['src/handlers/**/*.ts'],
    ignores: ['src/handlers/permissions.ts'],
    rules: restrict(DISCORD, SQLITE, DB, FRONT_ENDS, COMMANDS),
  },
  // An actor's permissions are Discord's permission bits: their names come from discord-api-types (constants only).
  { files: ['src/handlers/permissions.ts'], rules: restrict(SQLITE, DB, FRONT_ENDS, COMMANDS) },
  { files: ['commands/**/*.ts'], rules: restrict(SQLITE, DB, FRONT_ENDS) },
  {
    files: ['db/**/*.ts'],
    rules: restrict(DISCORD, FRONT_ENDS, COMMANDS, HANDLERS, {
      regex: '(^|/)replies/',
      message: 'db/ returns domain types, not replies.',
    }),
  },
  { files: ['src/**/*.ts'], ignores: [...PURE, 'src/reminders/**', 'src/handlers/**'], rules: restrict(SQLITE) },
  {
    files: ['src/**/*.ts', 'commands/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // tsx runs the bot through esbuild, which rewrites such a literal as new RegExp(...): built again at every call.
          selector: ':function Literal[regex.pattern=/\\\\p\\{/]',
          message:
            'A regular expression with \\p{…} is rebuilt at every call under tsx (esbuild lowers it to new RegExp): make it a module constant.',
        },
      ],
    },
  },
);
