import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoInBrowser, screenshot, seriousViolations, signIn, type DemoInBrowser } from './browser';

const demoSpaces = ['Friedrichsgabe', 'Harksheide', 'Garstedt', 'Norderstedt-Mitte', 'Glashütte'];

// The whole app as users get it: built web app, demo data on a fresh embedded database, a real HTTP port.
describe('social spaces in the browser: public map and list, edit a space, create one', () => {
  let demo: DemoInBrowser;
  let base: string;
  let page: Page;
  // The map must work without internet: nothing may be fetched from anywhere but the app itself.
  const foreignRequests: string[] = [];
  const description = `Geändert im Browsertest ${Date.now()}: Schulzentrum Nord, neue Jugendgruppe.`;

  beforeAll(async () => {
    demo = await openDemoInBrowser('social-spaces');
    ({ base, page } = demo);
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(base) && !url.startsWith('data:')) foreignRequests.push(url);
    });
  });

  afterAll(async () => {
    await demo?.close();
  });

  it('shows everyone the map and the list of the demo spaces', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/sozialraeume`);
    await page.getByRole('heading', { level: 1, name: 'Sozialräume' }).waitFor();
    const map = page.getByRole('region', { name: 'Karte der Sozialräume' });
    await map.waitFor();
    expect(await map.textContent()).toContain('Die Liste unter der Karte enthält dieselben Angaben.');
    const table = page.getByRole('table', { name: 'Sozialräume' });
    await table.waitFor();
    for (const name of demoSpaces) expect(await table.getByRole('link', { name, exact: true }).count()).toBe(1);
    expect(await table.getByRole('row').count()).toBe(demoSpaces.length + 1);
    // One drawn boundary per space, and the note on where the boundaries come from.
    await expect.poll(() => map.locator('path.leaflet-interactive').count()).toBe(demoSpaces.length);
    expect(await page.getByText('Quelle der Grenzen:').textContent()).toBeTruthy();
    expect(await page.getByRole('link', { name: 'Als GeoJSON herunterladen' }).getAttribute('href')).toContain('/api/social-spaces/export');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sozialraeume');
    await page.setViewportSize({ width: 360, height: 800 });
    await map.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sozialraeume-360');
    expect(foreignRequests).toEqual([]);
  });

  it('lets a head of department edit the description of a space', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, base, 'head_of_department@demo.invalid');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Sozialräume' }).click();
    await page.getByRole('table', { name: 'Sozialräume' }).getByRole('link', { name: 'Harksheide', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Harksheide' }).waitFor();
    await page.getByRole('region', { name: 'Karte: Grenze von Harksheide' }).waitFor();
    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    const field = page.getByLabel('Beschreibung');
    await field.fill(description);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByText('Änderungen gespeichert', { exact: true }).waitFor();
    expect(await page.getByText(description).count()).toBe(1);
    await screenshot(page, 'sozialraum-gespeichert');
    // Saved on the server, not only in the page.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Harksheide' }).waitFor();
    await page.getByText(description).waitFor();
  });

  it('creates a space on the admin page and finds it in the list', async () => {
    await page.goto(`${base}/sozialraeume`);
    await page.getByRole('link', { name: 'Sozialräume verwalten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sozialräume verwalten' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Testquartier');
    await page.getByLabel('Kürzel', { exact: true }).fill('E2E1');
    // Not JSON: the browser says so before anything is sent.
    await page.getByLabel('Grenze (GeoJSON)').fill('{"type": "Polygon", ');
    await page.getByRole('button', { name: 'Sozialraum anlegen' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/kein gültiges JSON/);
    await page
      .getByLabel('Grenze (GeoJSON)')
      .fill('{"type": "Polygon", "coordinates": [[[9.95, 53.70], [9.96, 53.70], [9.96, 53.71], [9.95, 53.71], [9.95, 53.70]]]}');
    await page.getByRole('button', { name: 'Sozialraum anlegen' }).click();
    await page.getByText('Sozialraum „Testquartier“ angelegt', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sozialraum-angelegt');
    await page.getByRole('link', { name: 'Zur Karte und Liste der Sozialräume' }).click();
    const table = page.getByRole('table', { name: 'Sozialräume' });
    await table.getByRole('link', { name: 'Testquartier', exact: true }).waitFor();
    expect(await table.getByRole('row').count()).toBe(demoSpaces.length + 2);
    await expect.poll(() => page.locator('path.leaflet-interactive').count()).toBe(demoSpaces.length + 1);
    expect(foreignRequests).toEqual([]);
  });
});
