// Shared plumbing for one test file = one stack + one browser: start/stop hooks, and a screenshot
// plus the servers' last log lines when a step fails.
import { after, before } from 'node:test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser } from './browser.mjs';
import { root, startStack } from './stack.mjs';

const RESULTS = join(root, 'test-results/web-e2e');

/**
 * Registers before/after hooks and returns a live object: { stack, browser, page } are set once
 * `before` has run. `step(t, fn)` runs fn and, if it throws, saves a screenshot named after the
 * test and adds the page URL and server logs to the error.
 */
export function useJourney({ locale } = {}) {
  const journey = { stack: null, browser: null, page: null, step, failed: null };

  before(
    async () => {
      journey.stack = await startStack();
      journey.browser = await openBrowser({ locale });
      journey.page = journey.browser.page;
    },
    { timeout: 240_000 },
  );

  after(
    async () => {
      await journey.browser?.close();
      await journey.stack?.stop();
    },
    { timeout: 60_000 },
  );

  /** Steps build on each other: once one failed, the rest are skipped instead of timing out. */
  async function step(t, fn) {
    if (journey.failed) {
      t.skip(`an earlier step of this journey failed: ${journey.failed}`);
      return;
    }
    try {
      await fn(journey.page);
      if (journey.browser.problems.length) throw new Error(journey.browser.problems.join('\n'));
    } catch (err) {
      const name = t.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
      mkdirSync(RESULTS, { recursive: true });
      const shot = join(RESULTS, `${name}.png`);
      await journey.page?.screenshot({ path: shot, fullPage: true }).catch(() => {});
      err.message += `\n  page: ${journey.page?.url()}\n  screenshot: ${shot}\n${journey.stack?.logs().split('\n').slice(-30).join('\n') ?? ''}`;
      journey.browser.problems.length = 0;
      journey.failed = t.name;
      throw err;
    }
  }

  return journey;
}
