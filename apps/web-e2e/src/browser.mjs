// Debian's Chromium driven by playwright-core (never a downloaded browser), one fresh profile per
// context, plus the few steps every journey shares.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DEMO_PASSWORD } from './stack.mjs';

export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Profile and download dirs of browsers still open when the process exits (e.g. on Ctrl-C).
const openDirs = new Set();
process.once('exit', () => openDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Timeouts for one UI step; generous because the machine is shared with other test runs. */
export const STEP_TIMEOUT = 20_000;

/**
 * A browser with a fresh profile (own cookies). Returns { context, page, close }.
 * `close()` also removes the profile directory.
 */
export async function openBrowser({ locale = 'ru-RU' } = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium); the tests never download a browser`);
  }
  const profile = mkdtempSync(join(tmpdir(), `crm-e2e-${process.pid}-chromium-`));
  const downloads = mkdtempSync(join(tmpdir(), `crm-e2e-${process.pid}-downloads-`));
  openDirs.add(profile).add(downloads);
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      locale,
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
      downloadsPath: downloads,
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
    throw err;
  }
  context.setDefaultTimeout(STEP_TIMEOUT);
  context.setDefaultNavigationTimeout(30_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  // Uncaught exceptions in the SPA fail the journey that caused them.
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return {
    context,
    page,
    /** Uncaught errors the page threw so far. */
    problems,
    async close() {
      await context.close().catch(() => {});
      for (const dir of [profile, downloads]) {
        rmSync(dir, { recursive: true, force: true });
        openDirs.delete(dir);
      }
    },
  };
}

/** Signs in through the sign-in form and waits for the contact list. */
export async function signIn(page, baseUrl, email, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/contacts`);
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('current-user-name').waitFor();
  await page.getByTestId('contacts-total').waitFor();
}

/** "Всего: 1 234" / "1,234 contacts" → 1234. */
export function parseCount(text) {
  const digits = text.replace(/[\s\u00a0\u202f,.]/g, '').match(/\d+/);
  if (!digits) throw new Error(`no number in "${text}"`);
  return Number(digits[0]);
}

/** Reads the list total the user sees, once it has settled to a number. */
export async function readTotal(page) {
  const total = page.getByTestId('contacts-total');
  await total.waitFor();
  return parseCount(await total.innerText());
}

/**
 * Retries `check` (which throws while the page is not there yet) until it passes or `timeout`
 * ms have passed; then rethrows the last failure. Playwright's own `expect` is not in playwright-core.
 */
export async function eventually(check, { timeout = STEP_TIMEOUT, interval = 200 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

/** Only the digits of a text: "+7 916 555-12-34" → "79165551234". */
export const digits = (text) => text.replace(/\D/g, '');
