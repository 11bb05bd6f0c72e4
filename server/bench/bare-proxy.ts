import { createServer } from 'node:http';
import { Pool } from 'undici';

/**
 * The benchmark's floor, not part of the app: the least a Node proxy can do (node:http in, one undici
 * keep-alive pool out, Qonto's answer piped back), with no routing, checks, session, budget or headers.
 * What the app server costs above it is what its own code costs.
 */
const port = Number(process.env.PORT);
const upstream = new Pool(process.env.UPSTREAM!, { connections: 128 });
const authorization = process.env.QONTO_API_KEY!;
const prefix = '/api/qonto';

createServer(async (request, response) => {
  const contentType = request.headers['content-type'];
  // Uploads are streamed as the app server streams them; JSON bodies are read whole, as it reads them.
  const streamed = contentType?.startsWith('multipart/') === true;
  const body = streamed ? request : await readWhole(request);
  const answer = await upstream.request({
    method: request.method as 'GET' | 'POST',
    path: request.url!.slice(prefix.length),
    headers: {
      authorization,
      accept: 'application/json',
      ...(streamed
        ? { 'content-type': contentType, 'content-length': request.headers['content-length']! }
        : body && { 'content-type': 'application/json' }),
    },
    body,
  });
  response.writeHead(answer.statusCode, {
    'content-type': String(answer.headers['content-type']),
    'content-length': String(answer.headers['content-length']),
  });
  answer.body.pipe(response);
}).listen(port, '127.0.0.1');

async function readWhole(request: AsyncIterable<Buffer>): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk);
  return chunks.length > 0 ? Buffer.concat(chunks) : null;
}
