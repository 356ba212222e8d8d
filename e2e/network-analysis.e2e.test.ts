import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManyShoulders, NetworkGraph } from '../common/api/network-analysis';
import { openDemoInBrowser, seriousViolations, signIn, type DemoInBrowser } from './browser';

type Space = { id: string; name: string };

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const since2017 = { from: '2017-01-01', to: today };

/** axe at the desktop and the phone width, and screenshots of both to look at. */
async function screens(page: Page, name: string): Promise<void> {
  const dir = path.join('.tmp', 'screens');
  fs.mkdirSync(dir, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    expect(await seriousViolations(page), `${name} at ${width}`).toEqual([]);
    await page.screenshot({ path: path.join(dir, `network-analysis-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// "Viele Schultern" and the network map in the browser, on the demo data. The demo's meetings change while this is
// written, so the test asserts structure against what the API answers, never fixed numbers.
describe('many shoulders and the network map in the browser', () => {
  let demo: DemoInBrowser;
  let base: string;
  let page: Page;
  let space: Space;
  let names: string[] = [];

  beforeAll(async () => {
    demo = await openDemoInBrowser('network-analysis');
    ({ base, page } = demo);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await demo?.close();
  });

  const get = async <T>(url: string): Promise<T> => {
    const response = await page.request.get(`${base}${url}`);
    expect(response.status(), url).toBe(200);
    return (await response.json()) as T;
  };
  const shouldersOf = (spaceId: string) => get<ManyShoulders>(`/api/network-analysis/many-shoulders?${new URLSearchParams({ spaceId, ...since2017 }).toString()}`);

  it('shows the head of department who carried the network work of a space since 2017, everyone on the team included', async () => {
    await signIn(page, base, 'head_of_department@demo.invalid');
    const spaces = await get<Space[]>('/api/social-spaces');
    expect(spaces.length).toBeGreaterThan(0);
    // The space with the warning when the demo has one (to see it on the page), otherwise the first.
    const figures = await Promise.all(spaces.map((s) => shouldersOf(s.id)));
    const index = Math.max(0, figures.findIndex((f) => f.warning !== null));
    space = spaces[index] ?? { id: '', name: '' };
    const expected = figures[index] as ManyShoulders;
    names = expected.contributors.map((c) => c.name);

    await page.goto(`${base}/netzwerk`);
    await page.getByRole('main').getByRole('link', { name: 'Viele Schultern' }).click();
    await page.getByRole('heading', { level: 1, name: /^Viele Schultern/ }).waitFor();
    const choice = page.getByRole('form', { name: 'Sozialraum und Zeitraum wählen' });
    await choice.getByLabel('Sozialraum').selectOption(space.id);
    await choice.getByLabel('Zeitraum').selectOption('seit-2017');
    await page.getByRole('heading', { level: 1, name: `Viele Schultern: ${space.name}` }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/netzwerk/schultern');
    expect(url.searchParams.get('spaceId')).toBe(space.id);
    expect(url.searchParams.get('zeitraum')).toBe('seit-2017');

    const main = page.getByRole('main');
    for (const sentence of expected.explanation) await main.getByText(sentence, { exact: true }).waitFor();
    const warning = main.locator('.kern-alert--warning');
    if (expected.warning) await warning.getByText(expected.warning).waitFor();
    else expect(await warning.count()).toBe(0);

    if (expected.contributors.length > 0) {
      const table = main.getByRole('table', { name: /^Beiträge zur Netzwerkarbeit je Person/ });
      await table.waitFor();
      // Everyone on the team is a row, those with nothing too, the largest contributor first.
      expect(await table.locator('tbody tr').count()).toBe(expected.contributors.length);
      expect(await table.locator('tbody tr').first().getByRole('rowheader').textContent()).toBe(expected.contributors[0]?.name);
      for (const header of ['Name', 'Rolle im Team', 'Organisation', 'Punkte', 'Anteil']) await table.getByRole('columnheader', { name: header, exact: true }).waitFor();
    }
    await main.getByRole('table', { name: /^Beiträge zur Netzwerkarbeit je Organisationsart/ }).waitFor();
    await main.getByText(/^Gewichte: Netzwerktreffen organisiert \d/).waitFor();
    // Only an admin changes the weights.
    expect(await page.getByRole('form', { name: 'Gewichte ändern' }).count()).toBe(0);
    await screens(page, 'schultern-leitung');

    // The space's hub sums it up for this year and links to the full figures.
    await page.goto(`${base}/sozialraeume/${space.id}`);
    const hub = page.getByRole('region', { name: 'Viele Schultern' });
    await hub.getByRole('link', { name: 'Viele Schultern: alle Zahlen dieses Sozialraums' }).waitFor();
    const thisYear = await get<ManyShoulders>(`/api/network-analysis/many-shoulders?${new URLSearchParams({ spaceId: space.id, from: `${today.slice(0, 4)}-01-01`, to: today }).toString()}`);
    for (const sentence of thisYear.explanation) await hub.getByText(sentence, { exact: true }).waitFor();
    if (thisYear.warning) await hub.getByText(thisYear.warning).waitFor();
    await hub.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join('.tmp', 'screens', 'network-analysis-hub-1280.png'), fullPage: true });
  });

  it('shows the committee the same space without a single name', async () => {
    await signIn(page, base, 'committee@demo.invalid');
    await page.goto(`${base}/netzwerk/schultern?spaceId=${space.id}&zeitraum=seit-2017`);
    await page.getByRole('heading', { level: 1, name: `Viele Schultern: ${space.name}` }).waitFor();
    const main = page.getByRole('main');
    await main.getByRole('table', { name: /^Beiträge zur Netzwerkarbeit je Organisationsart/ }).waitFor();
    await main.getByText('Die Zahlen je Person sehen die Leitung und das Team des Sozialraums.', { exact: false }).waitFor();
    expect(await main.getByRole('table', { name: /je Person/ }).count()).toBe(0);
    const text = (await main.textContent()) ?? '';
    for (const name of names) expect(text, `the committee sees ${name}`).not.toContain(name);
    const committee = await shouldersOf(space.id);
    expect(committee.contributors).toEqual([]);
    if (committee.warning) await main.locator('.kern-alert--warning').getByText(committee.warning).waitFor();
    await screens(page, 'schultern-ausschuss');
  });

  it('shows the network of a space as a map and as tables, names a missing type, and downloads the CSV', async () => {
    await signIn(page, base, 'head_of_department@demo.invalid');
    const spaces = await get<Space[]>('/api/social-spaces');
    const graphs = await Promise.all(
      spaces.map((s) => get<NetworkGraph>(`/api/network-analysis/network?${new URLSearchParams({ spaceId: s.id, ...since2017 }).toString()}`)),
    );
    // A space where sports clubs are not tied in (the demo leaves one so), or else any with a missing type.
    let index = graphs.findIndex((g) => g.missingTypes.some((m) => m.type === 'sports_club'));
    if (index < 0) index = graphs.findIndex((g) => g.missingTypes.length > 0);
    expect(index, 'some space misses an organisation type').toBeGreaterThanOrEqual(0);
    const networkSpace = spaces[index] as Space;
    const graph = graphs[index] as NetworkGraph;

    await page.goto(`${base}/netzwerk`);
    await page.getByRole('main').getByRole('link', { name: 'Netzwerkkarte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Netzwerkkarte' }).waitFor();
    const choice = page.getByRole('form', { name: 'Sozialraum und Zeitraum wählen' });
    await choice.getByLabel('Sozialraum').selectOption(networkSpace.id);
    await choice.getByLabel('Zeitraum').selectOption('seit-2017');
    await page.getByRole('heading', { level: 1, name: `Netzwerkkarte: ${networkSpace.name}` }).waitFor();
    const main = page.getByRole('main');
    await main.getByRole('status').getByText(`${graph.nodes.length} Organisationen, ${graph.ties.length} Verbindungen.`, { exact: false }).waitFor();

    // The missing links.
    const missing = main.getByRole('region', { name: 'Fehlende Verbindungen' });
    const message = graph.missingTypes.find((m) => m.type === 'sports_club')?.message ?? graph.missingTypes[0]?.message ?? '';
    await missing.getByText(message, { exact: true }).waitFor();
    await missing.getByText(/^Dichte \d,\d\d: \d+ % der möglichen Verbindungen bestehen\.$/).waitFor();

    // The map: every organisation is a node that can be focused; focusing one names it with its type and degree.
    const map = main.getByRole('group', { name: /^Netzwerkkarte: / });
    await map.waitFor();
    const nodes = map.getByRole('button');
    expect(await nodes.count()).toBe(graph.nodes.length);
    const first = [...graph.nodes].sort((a, b) => b.degree - a.degree)[0];
    if (first) {
      const node = map.getByRole('button', { name: new RegExp(`^${first.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`) }).first();
      await node.focus();
      await main.locator('.app-network__info').getByText(`Grad ${first.degree}`, { exact: false }).waitFor();
      await page.keyboard.press('Enter');
      expect(await node.getAttribute('aria-pressed')).toBe('true');
    }
    await main.getByRole('list', { name: 'Legende: Organisationsarten' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await seriousViolations(page), 'map at 1280').toEqual([]);
    fs.mkdirSync(path.join('.tmp', 'screens'), { recursive: true });
    await page.screenshot({ path: path.join('.tmp', 'screens', 'network-analysis-karte-1280.png'), fullPage: true });

    // The table view, the accessible alternative.
    await main.getByRole('group', { name: 'Ansicht' }).getByRole('button', { name: 'Tabelle' }).click();
    expect(new URL(page.url()).searchParams.get('ansicht')).toBe('tabelle');
    const ties = main.getByRole('table', { name: `Verbindungen (${graph.ties.length})` });
    const organisations = main.getByRole('table', { name: `Organisationen (${graph.nodes.length})` });
    await organisations.waitFor();
    expect(await organisations.locator('tbody tr').count()).toBe(graph.nodes.length);
    if (graph.ties.length > 0) {
      expect(await ties.locator('tbody tr').count()).toBe(graph.ties.length);
      for (const header of ['Organisation A', 'Organisation B', 'Gewicht', 'Woraus', 'Erstmals', 'Zuletzt']) await ties.getByRole('columnheader', { name: header, exact: true }).waitFor();
    }
    await screens(page, 'tabelle');

    // The CSV of the ties, as Excel reads it.
    const link = main.getByRole('link', { name: 'Verbindungen als CSV (Excel)' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toContain(`spaceId=${networkSpace.id}`);
    const csv = await page.request.get(`${base}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const firstLine = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    expect(firstLine).toBe('Organisation A;Typ A;Organisation B;Typ B;Gewicht;Treffen;Projekte;Verträge;Vermittlungen;erste;letzte');
    const graphml = await page.request.get(`${base}${(await main.getByRole('link', { name: /GraphML/ }).getAttribute('href')) ?? ''}`);
    expect(graphml.status()).toBe(200);
    expect(await graphml.text()).toContain('<graphml');

    // Only schools and Kitas: the filter lives in the address, the figures follow the API's.
    await main.getByText('Organisationsarten: alle').click();
    const typeBoxes = main.getByRole('group', { name: 'Nur diese Organisationsarten zeigen' });
    await typeBoxes.getByLabel('Schule', { exact: true }).check();
    await typeBoxes.getByLabel('Kita', { exact: true }).check();
    await page.waitForURL((u) => u.searchParams.get('arten') === 'school,kita');
    const filtered = await get<NetworkGraph>(`/api/network-analysis/network?${new URLSearchParams({ spaceId: networkSpace.id, ...since2017, types: 'school,kita' }).toString()}`);
    await main.getByRole('status').getByText(`${filtered.nodes.length} Organisationen, ${filtered.ties.length} Verbindungen.`, { exact: false }).waitFor();
    expect(await main.getByRole('table', { name: `Organisationen (${filtered.nodes.length})` }).locator('tbody tr').count()).toBe(filtered.nodes.length);
    expect((await main.getByRole('link', { name: 'Verbindungen als CSV (Excel)' }).getAttribute('href')) ?? '').toContain('types=school%2Ckita');
  });

  it('lets an admin change the weights, and the figures follow', async () => {
    await signIn(page, base, 'admin@demo.invalid');
    await page.goto(`${base}/netzwerk/schultern?spaceId=${space.id}&zeitraum=seit-2017`);
    const form = page.getByRole('form', { name: 'Gewichte ändern' });
    await form.waitFor();
    await form.getByLabel('Bedarf aufgenommen').fill('abc');
    await form.getByRole('button', { name: 'Gewichte speichern' }).click();
    await form.getByText('Bitte eine Zahl von 0 bis 100 angeben.').waitFor();
    expect(await form.getByLabel('Bedarf aufgenommen').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Bedarf aufgenommen').fill('2');
    await form.getByRole('button', { name: 'Gewichte speichern' }).click();
    await page.getByText('Die Gewichte sind gespeichert.', { exact: false }).waitFor();
    await page.getByText(/Bedarf aufgenommen 2\./).waitFor();
    expect((await get<Record<string, number>>('/api/network-analysis/weights')).needRecorded).toBe(2);
    await screens(page, 'gewichte-admin');
  });

  it('opens the network on a phone as tables', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/netzwerk/karte?spaceId=${space.id}`);
    await page.getByRole('heading', { level: 2, name: 'Netzwerk als Tabelle' }).waitFor();
    expect(await page.getByRole('group', { name: /^Netzwerkkarte: / }).count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
