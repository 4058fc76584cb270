/**
 * Baseline: a bare node:http server answering a small JSON, the ceiling for any Node framework
 * on this machine. PORT selects the port.
 */
import { createServer } from 'node:http';

const body = JSON.stringify({ status: 'ok' });

createServer((_request, response) => {
  response.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}).listen(Number(process.env['PORT']), '127.0.0.1');
