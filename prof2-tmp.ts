import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
import { readFileSync, readdirSync } from 'node:fs';
import { extractMeetings } from './src/extract/index.js';
const dir = 'tests/fixtures/articles';
const arts = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')))
  .filter((j: any) => (j.source?.language ?? j.language) === 'en');
const items = readdirSync(dir).filter((f) => f.endsWith('.json') && require('node:fs').existsSync(dir + '/' + f.replace('.json', '.txt'))).map((f) => ({ j: JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')), t: readFileSync(`${dir}/${f.replace('.json', '.txt')}`, 'utf8') }))
  .filter((x: any) => (x.j.source?.language ?? x.j.language) === 'en');
const run = () => { for (const x of items as any[]) extractMeetings(x.t, { published: x.j.source?.published ?? x.j.published, timezone: x.j.source?.timezone ?? 'UTC', language: 'en' }); };
for (let i = 0; i < 300; i++) run();
const t0 = performance.now();
for (let i = 0; i < 1500; i++) run();
console.log(process.cwd().split('/').pop(), items.length, 'articles', ((performance.now() - t0) / 1500).toFixed(3), 'ms/pass');
