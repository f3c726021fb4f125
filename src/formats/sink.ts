import type { Writable } from 'node:stream';

/** Where a serialiser writes: chunk after chunk, waiting while the stream's buffer is full. */
export type Sink = (chunk: string) => Promise<void>;

export function streamSink(stream: Writable): Sink {
  return (chunk) =>
    new Promise((resolve, reject) => {
      if (stream.write(chunk)) return resolve();
      // Each wait removes both of its listeners once one fires: a large export waits thousands of times,
      // and listeners left behind pile up on the response (Node warns past ten).
      const drained = () => {
        stream.off('error', failed);
        resolve();
      };
      const failed = (error: Error) => {
        stream.off('drain', drained);
        reject(error);
      };
      stream.once('drain', drained);
      stream.once('error', failed);
    });
}
