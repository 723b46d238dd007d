/**
 * `node --import ./tests/helpers/loaded-modules/record.mjs …`: at exit, writes every module the
 * process loaded to the file named by LOADED_MODULES_FILE, one URL or path a line: ES modules
 * as the loader loads them (hooks.mjs, which sees every import, static or import()), CommonJS
 * ones from require's cache (discord.js's and better-sqlite3's dependencies load that way).
 */
/* global process, URL */
import { writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';

const loaded = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => loaded.add(url));
port1.unref();
register(new URL('./hooks.mjs', import.meta.url), { data: { port: port2 }, transferList: [port2] });

process.on('exit', () => {
  for (const path of Object.keys(createRequire(import.meta.url).cache)) loaded.add(pathToFileURL(path).href);
  writeFileSync(process.env.LOADED_MODULES_FILE, [...loaded].join('\n'));
});
