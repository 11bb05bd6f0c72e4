import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

const body = JSON.stringify({ errors: [{ status: '400', code: 'bad_request', detail: 'The HTTP request is malformed.' }] });

/** Requests Node cannot even parse (bad framing, bad headers) get the same error envelope as any other. */
export function answerClientErrorsInEnvelope(server: Server): void {
  server.on('clientError', (_error: Error, socket: Duplex) => {
    if (socket.writable) {
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    } else {
      socket.destroy();
    }
  });
}
