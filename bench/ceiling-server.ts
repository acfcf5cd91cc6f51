import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/**
 * The ceiling for a warm read: a bare node:http server answering every request (GET /readyz
 * included) with the bytes of the file named by its first argument, on PORT and HOST. Started
 * by ceiling.ts as a process of its own, like the gateway, so both are measured alike.
 */
const [file] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: ceiling-server.js <body file>');
const bytes = readFileSync(file);

const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length });
    response.end(bytes);
  });
});
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
