import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoInBrowser, screenshot, seriousViolations, type DemoInBrowser } from './browser';

// The whole app as users get it: built web app, demo data on a fresh embedded database, a real HTTP port.
describe('admin journey in the browser: sign in, create a user, find it in the audit log', () => {
  let demo: DemoInBrowser;
  let base: string;
  let page: Page;
  const email = `e2e-${Date.now()}@demo.invalid`;

  beforeAll(async () => {
    demo = await openDemoInBrowser('admin');
    ({ base, page } = demo);
  });

  afterAll(async () => {
    await demo?.close();
  });

  it('signs in as the demo admin', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${base}/anmelden`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Anmelden');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'anmelden-360');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByLabel('E-Mail').fill('admin@demo.invalid');
    await page.getByLabel('Passwort').fill('falsches-passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/falsch/);
    await page.getByLabel('Passwort').fill('sozialraum-demo');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('link', { name: 'Konten' }).first().waitFor();
    expect(await page.getByText('Stadt Norderstedt (Demo)').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'start-angemeldet');
  });

  it('creates a user on the Konten page', async () => {
    await page.getByRole('link', { name: 'Konten' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Konten' }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('cell', { name: 'admin@demo.invalid' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'konten');
    await page.getByRole('link', { name: 'Konto anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neues Konto' }).waitFor();
    await page.getByLabel('E-Mail').fill(email);
    await page.getByLabel('Name', { exact: true }).fill('E2E Kollegin');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    // No role chosen: the server's German field error appears, and nothing is created.
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/Rolle/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'konto-neu-fehler');
    await page.getByLabel('Sozialraumteam').check();
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    const generated = page.getByRole('textbox', { name: 'Erzeugtes Passwort' });
    await generated.waitFor();
    expect(await generated.inputValue()).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'konto-angelegt');
  });

  it('finds the change in the audit log', async () => {
    await page.getByRole('link', { name: 'Protokoll' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Protokoll/ }).waitFor();
    await page.getByRole('table').waitFor();
    await expect.poll(() => page.locator('tr', { hasText: email }).count()).toBeGreaterThan(0);
    const row = page.locator('tr', { hasText: email }).first();
    expect(await row.textContent()).toContain('angelegt');
    expect(await row.textContent()).toContain('E2E Kollegin');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'protokoll');
  });
});
