import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoInBrowser, seriousViolations, signIn, type DemoInBrowser } from './browser';
import { createTestOffers } from './service-fixtures';

type Summary = { id: string; name: string; spaceIds: string[]; traits: string[] };

// The public offer map as a family uses it: no account, a phone or a laptop, German or English, no map tiles.
describe('public offer map in the browser: search, filters in the address, detail page, English, accessibility', () => {
  let demo: DemoInBrowser;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  const foreignRequests: string[] = [];
  let football: Summary;
  let footballSpace: { id: string; name: string };

  const shot = async (name: string) => {
    fs.mkdirSync('.tmp', { recursive: true });
    await page.screenshot({ path: path.join('.tmp', `services-${name}.png`), fullPage: true });
  };
  const api = async <T>(url: string): Promise<T> => (await (await fetch(`${base}${url}`)).json()) as T;
  const total = () => page.locator('.app-service-results__total');
  const resultList = () => page.locator('.app-service-list');
  const param = (name: string) => new URL(page.url()).searchParams.getAll(name);

  beforeAll(async () => {
    demo = await openDemoInBrowser('services');
    ({ base, context, page } = demo);
    // The demo city brings its offers; without them (an older demo seed) the test creates its own through the API.
    if ((await api<{ total: number }>('/api/services?perPage=1')).total === 0) await createTestOffers(base);
    const hits = await api<{ items: Summary[] }>(`/api/services?q=${encodeURIComponent('Fußball')}&perPage=5`);
    const found = hits.items.find((item) => item.name.includes('Fußball') && item.spaceIds.length > 0 && item.traits.length > 0);
    if (!found) throw new Error('Kein Fußballangebot mit Sozialraum und Merkmalen in den Testdaten.');
    football = found;
    const spaces = await api<{ id: string; name: string }[]>('/api/social-spaces');
    const space = spaces.find((s) => s.id === football.spaceIds[0]);
    if (!space) throw new Error('Sozialraum des Fußballangebots fehlt.');
    footballSpace = space;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(base) && !url.startsWith('data:')) foreignRequests.push(url);
    });
  });

  afterAll(async () => {
    await demo?.close();
  });

  it('shows everyone the list and the clustered map, side by side on a wide screen', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/`);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Angebote' }).click();
    await page.getByRole('heading', { level: 1, name: 'Angebote für Familien, Kinder und Jugendliche' }).waitFor();
    await expect.poll(() => total().textContent()).toMatch(/^\d+ Angebote gefunden$/);
    const map = page.getByRole('region', { name: 'Karte der Angebote' });
    await map.waitFor();
    // Clusters from the server, drawn as numbered circles, and the social spaces as the background.
    await expect.poll(() => map.locator('.app-cluster').count()).toBeGreaterThan(0);
    expect(await map.locator('path').count()).toBeGreaterThan(0);
    const listBox = await resultList().boundingBox();
    const mapBox = await map.boundingBox();
    expect(listBox && mapBox && listBox.x + listBox.width <= mapBox.x).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await seriousViolations(page)).toEqual([]);
    await shot('angebote-1280');
    // Pages of 20, the page in the address; the map stays where it is.
    const count = Number((await total().textContent())?.split(' ')[0]);
    if (count > 20) {
      const pages = page.getByRole('navigation', { name: 'Seiten der Ergebnisse' });
      expect(await pages.textContent()).toContain(`1–20 von ${count}`);
      const view = param('karte');
      await pages.getByRole('button', { name: 'Weiter' }).click();
      await expect.poll(() => param('seite')).toEqual(['2']);
      await expect.poll(() => pages.textContent()).toContain(`21–${Math.min(40, count)} von ${count}`);
      expect(param('karte')).toEqual(view);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('service-results-heading');
      await page.goBack();
      await expect.poll(() => param('seite')).toEqual([]);
    }
  });

  it('zooms into a cluster when it is clicked; a cluster at one address lists its offers instead', async () => {
    const map = page.getByRole('region', { name: 'Karte der Angebote' });
    await expect.poll(() => param('karte').length).toBe(1);
    const zoom = () => Number(param('karte')[0]?.split('/')[0]);
    const clusters = map.locator('.app-cluster');
    expect(await clusters.first().getAttribute('aria-label')).toMatch(/^\d+ Angebote – vergrößern$/);
    let zoomed = false;
    let listedHere = false;
    // Largest clusters first: they span several places and zoom; offers at one address (small clusters) list instead.
    const labels = await clusters.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
    const order = labels.map((l, i) => ({ i, n: Number(l.split(' ')[0]) })).sort((a, b) => b.n - a.n);
    for (const { i } of order) {
      if (zoomed) break;
      const before = zoom();
      const label = labels[i] ?? '';
      // Focus and Enter, as a keyboard user would; a click does the same.
      await clusters.nth(i).focus();
      await page.keyboard.press('Enter');
      const popup = page.locator('.leaflet-popup');
      await expect.poll(async () => zoom() > before || (await popup.count()) > 0).toBe(true);
      if (zoom() > before) {
        zoomed = true;
      } else if (!listedHere) {
        // Offers at the same address stay together at any zoom: the popup offers them as a list.
        const count = Number(label.split(' ')[0]);
        expect(await popup.textContent()).toContain(`${count} Angebote an diesem Ort`);
        await popup.getByRole('button', { name: 'In der Liste zeigen' }).click();
        await expect.poll(() => param('umkreis')).toEqual(['100']);
        await expect.poll(async () => Number((await total().textContent())?.split(' ')[0])).toBeGreaterThanOrEqual(count);
        listedHere = true;
        await page.goBack();
        await expect.poll(() => param('umkreis')).toEqual([]);
      } else {
        // Escape closes the popup, as a keyboard user would.
        await page.keyboard.press('Escape');
        await expect.poll(() => popup.count()).toBe(0);
      }
    }
    expect(zoomed).toBe(true);
  });

  it('finds the football offer for "Fusball", shows the correction and puts the search in the address', async () => {
    await page.getByLabel('Suche', { exact: true }).fill('Fusball');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect.poll(() => param('q')).toEqual(['Fusball']);
    await resultList().getByRole('link', { name: football.name, exact: true }).waitFor();
    await expect.poll(() => page.locator('.app-service-corrections').textContent()).toContain('Auch gesucht:');
    expect(await page.locator('.app-service-corrections').textContent()).toContain('fussball');
    await expect.poll(() => total().textContent()).toMatch(/Angebote? gefunden/);
  });

  it('puts filters in the address, restores them on reload and undoes them with Back', async () => {
    const before = await total().textContent();
    await page.getByText('Filter', { exact: true }).click();
    await page.getByLabel('Sozialraum', { exact: true }).selectOption({ label: footballSpace.name });
    await expect.poll(() => param('sozialraum')).toEqual([footballSpace.id]);
    const trait = football.traits[0] ?? '';
    const traitName = (await page.locator(`label[for="service-filter-traits-${trait}"]`).textContent()) ?? '';
    await page.getByRole('checkbox', { name: traitName, exact: true }).check();
    await expect.poll(() => param('merkmal')).toEqual([trait]);
    await resultList().getByRole('link', { name: football.name, exact: true }).waitFor();
    // The filters in force stay visible as removable chips.
    const chips = page.getByRole('list', { name: 'Gewählte Filter' });
    expect(await chips.getByRole('button', { name: `Filter entfernen: Sozialraum: ${footballSpace.name}` }).count()).toBe(1);
    const filtered = await total().textContent();
    expect(await seriousViolations(page)).toEqual([]);
    await shot('angebote-gefiltert-1280');

    const address = page.url();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Angebote für Familien, Kinder und Jugendliche' }).waitFor();
    expect(page.url()).toBe(address);
    expect(await page.getByLabel('Suche', { exact: true }).inputValue()).toBe('Fusball');
    await resultList().getByRole('link', { name: football.name, exact: true }).waitFor();
    await expect.poll(() => total().textContent()).toBe(filtered);
    expect(await page.getByRole('list', { name: 'Gewählte Filter' }).getByRole('listitem').count()).toBe(2);

    await page.goBack();
    await expect.poll(() => param('merkmal')).toEqual([]);
    expect(param('sozialraum')).toEqual([footballSpace.id]);
    await page.goBack();
    await expect.poll(() => param('sozialraum')).toEqual([]);
    expect(param('q')).toEqual(['Fusball']);
    await expect.poll(() => total().textContent()).toBe(before);
  });

  it('opens the detail page with times, address, contact and "zuletzt geprüft", and leads back to the search', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await resultList().getByRole('link', { name: football.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: football.name }).waitFor();
    const detail = await api<{ schedules: { days: string[] }[]; assuredDate: string | null; canEdit: boolean }>(`/api/services/${football.id}`);
    expect(page.url()).toBe(`${base}/angebote/${football.id}`);
    for (const heading of ['Auf einen Blick', 'Zeiten', 'Adresse', 'Kontakt', 'Aktualität']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    if (detail.schedules.length > 0) expect(await page.locator('.app-schedule__days').first().textContent()).toMatch(/(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)/);
    if (detail.assuredDate) expect(await page.getByText(/^Zuletzt geprüft am \d{2}\.\d{2}\.\d{4}\.$/).count()).toBe(1);
    await page.getByRole('region', { name: `Karte: Lage von ${football.name}` }).waitFor();
    expect(await page.getByRole('button', { name: 'Drucken' }).count()).toBe(1);
    // Not signed in: nothing to edit.
    expect(await page.getByRole('link', { name: 'Bearbeiten' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('angebot-1280');
    // The print view hides navigation and map controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.leaflet-control-zoom').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 2, name: 'Zeiten' }).isVisible()).toBe(true);
    await shot('angebot-druck');
    await page.emulateMedia({ media: 'screen' });

    await page.setViewportSize({ width: 360, height: 800 });
    expect(await seriousViolations(page)).toEqual([]);
    await shot('angebot-360');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('link', { name: 'Zurück zur Suche' }).click();
    await expect.poll(() => param('q')).toEqual(['Fusball']);
    await resultList().getByRole('link', { name: football.name, exact: true }).waitFor();
  });

  it('switches to English: interface, labels and <html lang>, kept between list and detail', async () => {
    await page.getByRole('link', { name: 'This page in English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Services for families, children and young people' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(param('lang')).toEqual(['en']);
    expect(param('q')).toEqual(['Fusball']);
    await expect.poll(() => total().textContent()).toMatch(/services? found$/);
    expect(await page.locator('.app-service-corrections').textContent()).toContain('Also searched for:');
    expect(await seriousViolations(page)).toEqual([]);
    await shot('angebote-en-1280');
    await resultList().getByRole('link', { name: football.name, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'At a glance' }).waitFor();
    expect(param('lang')).toEqual(['en']);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { level: 2, name: 'Opening times' }).waitFor();
    expect(await page.locator('.app-schedule__days').first().textContent()).toMatch(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('angebot-en-1280');
    await page.getByRole('link', { name: 'Diese Seite auf Deutsch' }).click();
    await page.getByRole('heading', { level: 2, name: 'Auf einen Blick' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
  });

  it('works at 360 px: the list first, the map behind a switch, both accessible', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${base}/angebote`);
    await expect.poll(() => total().textContent()).toMatch(/^\d+ Angebote gefunden$/);
    // A phone starts with the list; the map (and Leaflet) loads only when asked for.
    expect(await page.getByRole('region', { name: 'Karte der Angebote' }).count()).toBe(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('angebote-360');
    await page.getByRole('button', { name: 'Karte', exact: true }).click();
    expect(param('ansicht')).toEqual(['karte']);
    const map = page.getByRole('region', { name: 'Karte der Angebote' });
    await map.waitFor();
    await expect.poll(() => map.locator('.app-cluster, .app-point').count()).toBeGreaterThan(0);
    expect(await resultList().count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('angebote-karte-360');
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    await resultList().waitFor();
    await page.getByText('Filter', { exact: true }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await shot('angebote-filter-360');
  });

  it('searches around my location or a point chosen on the map, nearest first, and opens an offer from its marker', async () => {
    await context.grantPermissions(['geolocation'], { origin: base });
    await context.setGeolocation({ latitude: 53.7061, longitude: 9.9921 });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/angebote`);
    await expect.poll(() => total().textContent()).toMatch(/^\d+ Angebote gefunden$/);
    const all = Number((await total().textContent())?.split(' ')[0]);
    await page.getByText('Filter', { exact: true }).click();
    await page.getByRole('button', { name: 'Meinen Standort verwenden' }).click();
    // Rounded to about 100 m before it goes into the address.
    await expect.poll(() => param('nahe')).toEqual(['9.992,53.706']);
    expect(param('ort')).toEqual(['standort']);
    await page.getByText('Im Umkreis von 2 km um Ihren Standort', { exact: true }).first().waitFor();
    expect(await page.getByLabel('Sortierung').inputValue()).toBe('distance');
    await expect.poll(async () => Number((await total().textContent())?.split(' ')[0])).toBeLessThan(all);
    const meters = (await resultList().locator(':scope > li').allTextContents()).map((text) => {
      const match = /([\d.,]+) (m|km) entfernt/.exec(text);
      return match ? Number((match[1] ?? '').replace('.', '').replace(',', '.')) * (match[2] === 'km' ? 1000 : 1) : Number.NaN;
    });
    expect(meters.length).toBeGreaterThan(0);
    expect(meters.every((m) => m <= 2000)).toBe(true);
    expect(meters).toEqual([...meters].sort((a, b) => a - b));
    await page.getByLabel('Entfernung').selectOption('500');
    await expect.poll(() => param('umkreis')).toEqual(['500']);
    await shot('angebote-umkreis-1280');

    await page.getByRole('button', { name: 'Umkreis entfernen' }).click();
    await expect.poll(() => param('nahe')).toEqual([]);
    await page.getByRole('button', { name: 'Punkt auf der Karte wählen' }).click();
    const map = page.locator('.app-map--services');
    await expect.poll(() => map.getAttribute('class')).toContain('app-map--picking');
    await map.scrollIntoViewIfNeeded();
    // A spot of bare map (a marker there would take the click for itself).
    const spot = await map.evaluate((element) => {
      const box = element.getBoundingClientRect();
      for (const [fx, fy] of [[0.3, 0.35], [0.6, 0.3], [0.4, 0.6], [0.7, 0.7], [0.2, 0.8], [0.5, 0.5]] as const) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit && element.contains(hit) && !hit.closest('.leaflet-marker-icon, .leaflet-control, .leaflet-popup')) return { x, y };
      }
      return null;
    });
    if (!spot) throw new Error('Keine freie Stelle auf der Karte gefunden');
    await page.mouse.click(spot.x, spot.y);
    await expect.poll(() => param('ort')).toEqual(['karte']);
    expect(param('nahe')).toHaveLength(1);
    expect(await page.locator('.app-map--picking').count()).toBe(0);

    // A single offer's marker is a button: Enter opens its popup, focus moves to the link, the link opens the offer.
    await page.waitForLoadState('networkidle');
    const point = page.locator('.app-point').first();
    await point.waitFor();
    const name = ((await point.getAttribute('aria-label')) ?? '').replace(/^Angebot: /, '');
    await point.focus();
    await page.keyboard.press('Enter');
    const link = page.locator('.leaflet-popup').getByRole('link', { name: 'Zum Angebot' });
    await link.waitFor();
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.leaflet-popup-close-button').getAttribute('aria-label')).toBe('Schließen');
    await link.press('Enter');
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await context.clearPermissions();
  });

  it('links "Bearbeiten" on the detail page for those who may edit the offer', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, base, 'admin@demo.invalid');
    await page.goto(`${base}/angebote/${football.id}`);
    await page.getByRole('heading', { level: 1, name: football.name }).waitFor();
    const edit = page.getByRole('link', { name: 'Bearbeiten' });
    await edit.waitFor();
    expect(await edit.getAttribute('href')).toBe(`/angebote/${football.id}/bearbeiten`);
    // Staff may also look for offers that are not active.
    await page.goto(`${base}/angebote`);
    await page.getByText('Filter', { exact: true }).click();
    await page.getByLabel('Status', { exact: true }).selectOption('all');
    await expect.poll(() => param('status')).toEqual(['all']);
    expect(foreignRequests).toEqual([]);
  });
});
