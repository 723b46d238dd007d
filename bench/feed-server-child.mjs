// The bench's feed server, in a process of its own so that its CPU is not counted as the
// poll's: serves the files of a folder, with an ETag per file (304 when it matches).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const folder = process.argv[2];
const cache = new Map();
const server = createServer((req, res) => {
  const name = (req.url ?? '/').slice(1).replace(/[^a-z0-9.-]/gi, '');
  let body = cache.get(name);
  try {
    body ??= readFileSync(join(folder, name));
  } catch {
    res.writeHead(404).end();
    return;
  }
  cache.set(name, body);
  const etag = `"${name}-${body.length}"`;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag }).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'content-length': body.length }).end(body);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
