import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD, startDemoApp } from './app-server';

export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium through playwright-core: nothing is downloaded, a fresh profile every time. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} fehlt: "apt-get install -y chromium" (das macht .ci/run von selbst).`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sozialraum-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'de-DE',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=de-DE',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type DemoInBrowser = { base: string; context: BrowserContext; page: Page; close: () => Promise<void> };

/** The demo app (see startDemoApp) and a fresh browser with one page; `close()` ends both. */
export async function openDemoInBrowser(name: string): Promise<DemoInBrowser> {
  const server = await startDemoApp(name);
  let closeBrowser: (() => Promise<void>) | undefined;
  try {
    const browser = await launchBrowser();
    closeBrowser = browser.close;
    const page = await browser.context.newPage();
    const close = async () => {
      await browser.close();
      await server.close();
    };
    return { base: server.base, context: browser.context, page, close };
  } catch (error) {
    await closeBrowser?.();
    await server.close();
    throw error;
  }
}

/**
 * Signs in on the sign-in page with the demo password, as a new visitor (whoever was signed in is forgotten first),
 * and waits until the app shows the way to sign out.
 */
export async function signIn(page: Page, base: string, email: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${base}/anmelden`);
  await page.getByLabel('E-Mail').fill(email);
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('button', { name: 'Abmelden' }).waitFor();
}

/** axe-core on the current page: the serious and critical violations, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: path.join('test-results', `${name}.png`), fullPage: true });
}
