/**
 * The explorer on a 2,000-actor neighbourhood: one actor met 2,000 others. The first
 * view draws the first 1,000 events; "Expand counterparts" draws the rest, in chunks
 * per animation frame. Measured (figures in test-output/explorer/large.json), with
 * bounds generous enough to catch only a freeze, not a slow machine.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { writeArticle } from '../../src/graph/writer';
import { openExplorer, screenshot, SCREENSHOTS, type ExplorerSession } from './browser';
import { resetGraph, testDriver } from './db';
import { articleOf, pairEvent } from './graphs';

const CONTACTS = 2_000;
const HUB = 'Hub Person';
const PER_ARTICLE = 250;

let driver: Driver;
let session: ExplorerSession;
let server: ExplorerSession['server'];
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  driver = testDriver();
  await resetGraph(driver);
  for (let first = 0; first < CONTACTS; first += PER_ARTICLE) {
    const names = Array.from({ length: PER_ARTICLE }, (_, i) => `Contact Number ${first + i + 1}`);
    // Dates spread over 2024, so that the time slider has something to filter.
    const events = names.map((name, i) =>
      pairEvent('MEETING', HUB, name, `2024-${String(((first + i) % 12) + 1).padStart(2, '0')}-15`),
    );
    await writeArticle(driver, articleOf(`Meetings ${first}`, [HUB, ...names], events, '2024-12-31'));
  }
  session = await openExplorer(driver);
  ({ server, page, pageErrors } = session);
  // Long tasks (over 50 ms of blocked main thread) are what a user feels as a freeze.
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
}, 300_000);

afterAll(async () => {
  await session?.close();
  await driver?.close();
});

afterEach(() => expect(pageErrors).toEqual([]));

const nodeCount = (): Promise<number> => page.evaluate(() => window.explorer.cy.nodes(':visible').length);
const longestTask = (): Promise<number> =>
  page.evaluate(() => {
    const tasks = (window as unknown as { longTasks: number[] }).longTasks;
    const longest = Math.max(0, ...tasks);
    tasks.length = 0;
    return Math.round(longest);
  });

test('a 2,000-actor neighbourhood draws in chunks without freezing the page, and stays filterable', async () => {
  const opened = Date.now();
  await page.goto(`${server.url}/`);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 60_000 });
  const firstViewMs = Date.now() - opened;
  const firstViewNodes = await nodeCount();
  expect(firstViewNodes).toBe(1_001);
  await expect(page.locator('#status').textContent()).resolves.toContain(
    `Showing the first 1000 of ${CONTACTS} events`,
  );
  // A thousand people on a disc: affiliations start off (no role requests), and the status says so.
  await expect(page.getByLabel('Affiliations', { exact: true }).isChecked()).resolves.toBe(false);
  await expect(page.locator('#status').textContent()).resolves.toContain('Affiliations are off with more than 300');
  const firstViewLongestTaskMs = await longestTask();
  const firstViewApiMs = await page.evaluate(() =>
    Math.round(
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('/graphql'))
        .reduce((sum, e) => sum + e.duration, 0),
    ),
  );

  await page.getByLabel('Find an actor').fill(HUB);
  await page.getByRole('button', { name: 'Show' }).click();
  await page.locator('#panel h2', { hasText: HUB }).waitFor();
  const expandStarted = Date.now();
  await page.getByRole('button', { name: 'Expand counterparts' }).click();
  await page.locator('#status', { hasText: `${HUB}: ${CONTACTS} counterpart(s) drawn` }).waitFor({ timeout: 60_000 });
  const expandMs = Date.now() - expandStarted;
  const expandLongestTaskMs = await longestTask();
  await expect(nodeCount()).resolves.toBe(CONTACTS + 1);
  await expect(page.evaluate(() => window.explorer.cy.edges(':visible').length)).resolves.toBe(CONTACTS);
  await screenshot(page, 'large-2000-neighbourhood');

  // The slider on 2,000 lines: a drag is a stream of input events; each one refilters every line.
  const filterStepMs = await page.evaluate(() => {
    const to = document.getElementById('time-to') as HTMLInputElement;
    const started = performance.now();
    to.value = String(Date.UTC(2024, 5, 30) / 86_400_000);
    to.dispatchEvent(new Event('input', { bubbles: true }));
    return Math.round(performance.now() - started);
  });
  await expect(page.locator('#time-to-value').textContent()).resolves.toBe('2024-06-30');
  // Contacts 1, 13, 25… met in January, 2, 14, 26… in February: those of January to June stay, with the hub.
  const firstHalf = Array.from({ length: CONTACTS }, (_, i) => i % 12).filter((month) => month < 6).length;
  await expect(nodeCount()).resolves.toBe(firstHalf + 1);
  const keyStarted = Date.now();
  await page.locator('#time-to').press('ArrowRight');
  const keyStepMs = Date.now() - keyStarted;
  await expect(page.locator('#time-to-value').textContent()).resolves.toBe('2024-07-01');
  const sliderLongestTaskMs = await longestTask();
  await screenshot(page, 'large-2000-slider-first-half-of-2024');

  const steps = await page.evaluate(() => {
    const byName: Record<string, { count: number; totalMs: number; longestMs: number }> = {};
    for (const m of performance.getEntriesByType('measure').filter((e) => e.name.startsWith('explorer:'))) {
      const step = (byName[m.name] ??= { count: 0, totalMs: 0, longestMs: 0 });
      step.count += 1;
      step.totalMs = Math.round(step.totalMs + m.duration);
      step.longestMs = Math.round(Math.max(step.longestMs, m.duration));
    }
    return byName;
  });
  const figures = {
    firstViewMs,
    firstViewApiMs,
    firstViewNodes,
    firstViewLongestTaskMs,
    expandMs,
    expandLongestTaskMs,
    filterStepMs,
    keyStepMs,
    sliderLongestTaskMs,
    steps,
  };
  writeFileSync(path.join(SCREENSHOTS, 'large.json'), JSON.stringify(figures, null, 2));
  // A freeze is seconds of blocked main thread; drawing in chunks keeps every task far below this.
  expect(expandLongestTaskMs).toBeLessThan(3_000);
  expect(sliderLongestTaskMs).toBeLessThan(3_000);
}, 300_000);
