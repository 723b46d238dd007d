import { readFileSync, readdirSync } from 'node:fs';
import { extractMeetings } from './src/extract/index.js';
const dir = 'tests/fixtures/articles';
const arts = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))).filter((j: any) => j.source?.language === 'en' || j.language === 'en');
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ f, t: readFileSync(`${dir}/${f}`, 'utf8') })).filter((x) => !/[\u0600-\u06ff]{20}/.test(x.t));
console.log(texts.length, 'english texts');
const t0 = performance.now();
for (let i = 0; i < 800; i++) for (const x of texts) extractMeetings(x.t, { published: '2020-01-28', timezone: 'UTC', language: 'en' });
console.log('ms', performance.now() - t0);
