import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.__EMBEDDED_NEO4J__;
  if (embedded === undefined) return;
  await embedded.instance.stop();
  rmSync(embedded.dataDir, { recursive: true, force: true });
}
