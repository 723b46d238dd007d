/**
 * The terminal (`meetings`) as a bundle: dist/cli/, made by esbuild (tsx's own compiler, so
 * nothing more is installed): its modules and the packages it loads in a few files, split where
 * the code imports lazily, so each subcommand loads its own part. Measured on the 10k calendar,
 * `upcoming --json` took 0.43 s of CPU and 80 MB from the bundle against 0.72 s and 88 MB from
 * tsc's 370 files (Node's module loader reads, resolves and links each).
 *
 * Three things the bundle does not load as the sources do (issue 19; each was measured in
 * `upcoming --json`, whose start they cost about 0.25 s of CPU and 20 MB together):
 * - @discordjs/builders (with shapeshift, lodash, ts-mixer): the slash command definitions the
 *   terminal reads its options from are built once, here, by the real builders (`definitions`),
 *   and a stand-in replays them: `new SlashCommandBuilder()…` whose name was recorded gives that
 *   definition back from toJSON(), any other is refused at once.
 * - discord-api-types/v10 (200 kB of CommonJS): its enums (option types, channel types …) are
 *   written out as ES constants, so esbuild keeps only those the terminal uses; a terminal module
 *   that imports anything else fails the build, never a run.
 * - the date parser, from src/calendar/day-input.ts: there it reads free-form days (`next
 *   Wednesday`), which a calendar question rarely holds, and it is synchronous, so the sources
 *   import the parser up front; in the bundle the parser is its own entry, dist/cli/date-parser.js,
 *   required (Node runs an ES module synchronously from require()) at the first such day.
 */
/* global URL */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** Data files the code reads beside itself (new URL(…, import.meta.url)), put beside the bundle's files. */
const BUNDLE_DATA = ['src/names/exonyms.json', 'src/extract/people/given-names.json', 'db/seed/meetings.json'];

/** Where the date parser is, and the names day-input.ts takes from it (a name missing here fails the build). */
const DATE_PARSER = 'src/date-parser/index.ts';
const LAZY_DATE_PARSER_NAMES = ['parseOneDate'];

/** esbuild, as tsx ships it. */
async function loadEsbuild() {
  const tsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  return import(pathToFileURL(tsx.resolve('esbuild')).href);
}

/** An ES module of the builders' one export the terminal uses, giving back the recorded definitions. */
function recordedBuildersModule(definitions) {
  const byName = Object.fromEntries(definitions.map((definition) => [definition.name, definition]));
  return `
const RECORDED = ${JSON.stringify(byName)};
// Every call on a builder returns it; functions given (addSubcommand(sub => …)) get a builder of their own.
function builder(root) {
  let name;
  const self = new Proxy({}, {
    get(_, key) {
      if (key === 'toJSON') return () => {
        if (!RECORDED[name]) throw new Error('/' + name + ': no slash command definition recorded at build time (npm run build)');
        return JSON.parse(JSON.stringify(RECORDED[name]));
      };
      return (...args) => {
        if (key === 'setName' && root) name = args[0];
        for (const arg of args) if (typeof arg === 'function') arg(builder(false));
        return self;
      };
    },
  });
  return self;
}
export class SlashCommandBuilder {
  constructor() {
    return builder(true);
  }
}
`;
}

/** discord-api-types/v10's constants as ES exports: enums as object literals (BigInt flags included), strings and numbers as they are. */
function apiTypesModule(root) {
  const types = createRequire(new URL('package.json', root))('discord-api-types/v10');
  const literal = (value) => (typeof value === 'bigint' ? `${value}n` : JSON.stringify(value));
  const lines = [];
  for (const [name, value] of Object.entries(types)) {
    if (typeof value === 'string' || typeof value === 'number') lines.push(`export const ${name} = ${literal(value)};`);
    else if (
      value !== null &&
      typeof value === 'object' &&
      Object.values(value).every((v) => ['string', 'number', 'bigint'].includes(typeof v))
    ) {
      const fields = Object.entries(value).map(([key, v]) => `${JSON.stringify(key)}: ${literal(v)}`);
      lines.push(`export const ${name} = {${fields.join(', ')}};`);
    }
  }
  return lines.join('\n');
}

/** The esbuild plugin that makes those three substitutions. */
function terminalPlugin(root, definitions) {
  const dayInput = new URL('src/calendar/day-input.ts', root).pathname;
  return {
    name: 'diwan-terminal',
    setup(build) {
      build.onResolve({ filter: /^@discordjs\/builders$/ }, () => ({ path: 'builders', namespace: 'diwan-recorded' }));
      build.onResolve({ filter: /^discord-api-types\/v10$/ }, () => ({ path: 'v10', namespace: 'diwan-api-types' }));
      build.onResolve({ filter: /\/date-parser\/index\.js$/ }, (args) =>
        args.importer === dayInput ? { path: 'date-parser', namespace: 'diwan-lazy' } : undefined,
      );
      build.onResolve({ filter: /^\.\/date-parser\.js$/, namespace: 'diwan-lazy' }, () => ({
        path: './date-parser.js',
        external: true,
      }));
      build.onLoad({ filter: /.*/, namespace: 'diwan-recorded' }, () => ({
        contents: recordedBuildersModule(definitions),
        loader: 'js',
      }));
      build.onLoad({ filter: /.*/, namespace: 'diwan-api-types' }, () => ({
        contents: apiTypesModule(root),
        loader: 'js',
      }));
      build.onLoad({ filter: /.*/, namespace: 'diwan-lazy' }, () => ({
        contents: LAZY_DATE_PARSER_NAMES.map(
          (name) => `export function ${name}(...args) { return require('./date-parser.js').${name}(...args); }`,
        ).join('\n'),
        loader: 'js',
      }));
    },
  };
}

/**
 * Bundles the terminal of the project at `root` (a file URL ending in /) into `outdir` (a file
 * URL), the data files it reads beside it; `definitions` are the slash command definitions
 * (`command.data`) the real builders made. Returns esbuild's metafile: which sources went into
 * which file.
 */
export async function bundleTerminal(root, outdir, definitions) {
  const esbuild = await loadEsbuild();
  const entryPoints = { bin: new URL('src/cli/bin.ts', root).pathname };
  if (existsSync(new URL(DATE_PARSER, root))) entryPoints['date-parser'] = new URL(DATE_PARSER, root).pathname;
  const result = await esbuild.build({
    entryPoints,
    outdir: outdir.pathname,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages that read files beside themselves (a native addon, ical-timezones' zones/ through __dirname) stay in node_modules.
    external: ['better-sqlite3', '@resvg/resvg-js', '@touch4it/ical-timezones'],
    plugins: [terminalPlugin(root, definitions)],
    // Packages written for CommonJS call require(): given them through Node's own.
    banner: {
      js: "import { createRequire as diwanRequire } from 'node:module'; const require = diwanRequire(import.meta.url);",
    },
    metafile: true,
    logLevel: 'warning',
  });
  const seedFile = new URL('db/seed/meetings.json', root);
  const seed = existsSync(seedFile) ? [`db/seed/${JSON.parse(readFileSync(seedFile, 'utf8')).source.file}`] : [];
  for (const file of [...BUNDLE_DATA, ...seed]) {
    if (existsSync(new URL(file, root))) cpSync(new URL(file, root), new URL(basename(file), outdir));
  }
  return result.metafile;
}
