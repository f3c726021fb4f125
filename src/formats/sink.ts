import type { Writable } from 'node:stream';

/** Where a serialiser writes: chunk after chunk, waiting while the stream's buffer is full. */
export type Sink = (chunk: string) => Promise<void>;

export function streamSink(stream: Writable): Sink {
  return (chunk) =>
    new Promise((resolve, reject) => {
      if (stream.write(chunk)) return resolve();
      stream.once('drain', resolve);
      stream.once('error', reject);
    });
}
