/**
 * npm run build:explorer: bundles the explorer (explorer/) into dist/explorer/, which
 * the server serves at /. npm start and the browser tests run it first, so the page
 * never lags behind its sources; it takes well under a second.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const SOURCE = path.resolve(__dirname, '..', 'explorer');
export const EXPLORER_DIST = path.resolve(__dirname, '..', 'dist', 'explorer');

export async function buildExplorer(): Promise<void> {
  mkdirSync(EXPLORER_DIST, { recursive: true });
  await build({
    entryPoints: [path.join(SOURCE, 'main.ts'), path.join(SOURCE, 'explorer.css')],
    outdir: EXPLORER_DIST,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'iife',
    target: ['chrome110', 'firefox110', 'safari16'],
    logLevel: 'warning',
  });
  copyFileSync(path.join(SOURCE, 'index.html'), path.join(EXPLORER_DIST, 'index.html'));
}

if (require.main === module) {
  buildExplorer().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
