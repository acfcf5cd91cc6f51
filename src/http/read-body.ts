import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {}

/** The client went away (or was cut off) before its body was complete. */
export class BodyAbandonedError extends Error {}

/**
 * Reads a request body, refusing more than `limit` bytes without buffering the excess. Plain
 * events rather than an async iterator: this runs for every request, cached answers included,
 * and the iterator's promises cost more than the rest of reading a small body.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLargeError());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onClose);
      request.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      stop();
      reject(new BodyTooLargeError());
    };
    const onEnd = () => {
      stop();
      resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks, size).toString('utf8'));
    };
    const onClose = () => {
      stop();
      reject(new BodyAbandonedError());
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onClose);
    request.on('close', onClose);
  });
}
