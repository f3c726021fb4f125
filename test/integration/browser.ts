/**
 * Debian's Chromium driven by playwright-core, for the explorer's browser tests, and
 * the folder their screenshots go to. .ci/run installs Chromium with apt-get.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Core } from 'cytoscape';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildExplorer } from '../../scripts/build-explorer';
import { startTestServer, type TestServer } from './http';

declare global {
  /** What the explorer exposes for the tests to read (explorer/main.ts). */
  interface Window {
    explorer: { cy: Core; loadedMs: number | null };
  }
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-output', 'explorer');

async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM} (apt-get install chromium, as .ci/run does; or set CHROMIUM_PATH).`,
    );
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Fails the test on any script error in the page, instead of letting a broken page pass by luck. */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The explorer built and served over the graph the test wrote, and a 1280×800 page to open it in. */
export interface ExplorerSession {
  server: TestServer;
  page: Page;
  /** Script errors the page has thrown so far: a test expects none. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openExplorer(driver: Driver): Promise<ExplorerSession> {
  await buildExplorer();
  const server = await startTestServer(driver);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  return {
    server,
    page,
    pageErrors: collectPageErrors(page),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
