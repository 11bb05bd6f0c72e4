import { Readable, Transform, type TransformCallback } from 'node:stream';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { drainBody } from '../../lib/drain-body.ts';
import { ApiProblem } from '../../lib/error-response.ts';

export interface MultipartLimits {
  field: string;
  maxFiles: number;
  maxFileBytes: number;
  maxRequestBytes: number;
}

export interface ReceivedFile {
  filename: string;
  bytes: Buffer;
  /** True when the file was larger than `maxFileBytes` (only the first bytes are kept). */
  tooLarge: boolean;
}

export interface MultipartResult {
  files: ReceivedFile[];
  tooManyFiles: boolean;
  unexpectedParts: string[];
}

/** A JSON body over its limit, as the gateway in front of Qonto answers it. */
export const requestTooLarge = (maxBytes: number) =>
  new ApiProblem(
    413,
    { code: 'request_entity_too_large', detail: `The request body exceeds ${maxBytes.toLocaleString('en')} bytes.` },
    { Connection: 'close' },
  );

/** A multipart body over its limit: the reference's all-or-nothing refusal, a 422 on the file field. */
const multipartTooLarge = (limits: MultipartLimits) =>
  new ApiProblem(422, {
    code: 'invalid',
    detail: `The whole request must not exceed ${limits.maxRequestBytes.toLocaleString('en')} bytes.`,
    pointer: `/data/attributes/${limits.field}`,
  });

class ByteCeiling extends Transform {
  private seen = 0;
  private readonly max: number;
  private exceeded = false;

  constructor(max: number) {
    super();
    this.max = max;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.max) {
      if (!this.exceeded) this.emit('exceeded');
      this.exceeded = true;
      done();
    } else done(null, chunk);
  }
}

/**
 * Reads a multipart/form-data body as it arrives, refusing it as soon as it outgrows `maxRequestBytes`
 * (from Content-Length before a byte is read, or while counting a chunked body).
 */
export async function readMultipartFiles(request: Request, limits: MultipartLimits): Promise<MultipartResult> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;\s*boundary=/i.test(contentType)) {
    throw new ApiProblem(400, { code: 'invalid_request_format', detail: 'The body must be multipart/form-data with a boundary.' });
  }
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limits.maxRequestBytes) {
    await drainBody(request.body as AsyncIterable<Uint8Array> | null);
    throw multipartTooLarge(limits);
  }
  if (!request.body) throw new ApiProblem(400, { code: 'bad_request', detail: 'The multipart body is empty.' });

  const parser = busboy({
    headers: { 'content-type': contentType },
    defParamCharset: 'utf8',
    // busboy flags a file that reaches `fileSize`; a file of exactly the limit is allowed, so one byte more.
    limits: { files: limits.maxFiles, fileSize: limits.maxFileBytes + 1, fields: 20, parts: limits.maxFiles + 20, headerPairs: 50 },
  });
  const result: MultipartResult = { files: [], tooManyFiles: false, unexpectedParts: [] };
  const pending: Promise<void>[] = [];

  parser.on('file', (name, stream, info) => {
    if (name !== limits.field) {
      result.unexpectedParts.push(name);
      // A body cut off inside this part errors its stream too; the parser's own error answers the request.
      stream.on('error', () => undefined);
      stream.resume();
      return;
    }
    const chunks: Buffer[] = [];
    const file: ReceivedFile = { filename: info.filename || 'file', bytes: Buffer.alloc(0), tooLarge: false };
    result.files.push(file);
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('limit', () => {
      file.tooLarge = true;
    });
    pending.push(
      new Promise((resolve) => {
        stream.on('end', () => {
          file.bytes = Buffer.concat(chunks);
          resolve();
        });
        // A malformed body errors the file being read too; the parser's own error answers the request.
        stream.on('error', () => resolve());
      }),
    );
  });
  parser.on('field', (name) => result.unexpectedParts.push(name));
  parser.on('filesLimit', () => {
    result.tooManyFiles = true;
  });

  await new Promise<void>((resolve, reject) => {
    const source = Readable.fromWeb(request.body as unknown as NodeWebReadableStream<Uint8Array>);
    const ceiling = new ByteCeiling(limits.maxRequestBytes);
    const fail = (error: unknown) => {
      source.destroy();
      reject(
        error instanceof ApiProblem
          ? error
          : new ApiProblem(400, { code: 'bad_request', detail: `The multipart body is malformed: ${(error as Error).message}.` }),
      );
    };
    source.on('error', fail);
    ceiling.on('error', fail);
    parser.on('error', fail);
    parser.on('close', resolve);
    ceiling.once('exceeded', () => {
      // Stop feeding the parser, read and drop the rest of the body, then answer.
      source.unpipe(ceiling);
      ceiling.unpipe(parser);
      parser.removeAllListeners('error');
      parser.removeAllListeners('close');
      parser.on('error', () => undefined);
      parser.destroy();
      void drainBody(source).finally(() => reject(multipartTooLarge(limits)));
    });
    source.pipe(ceiling).pipe(parser);
  });
  await Promise.all(pending);
  return result;
}
