import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoInBrowser, screenshot, seriousViolations, signIn, type DemoInBrowser } from './browser';

type Summary = { id: string; name: string; organizationId: string; organizationName: string };
type Detail = {
  id: string;
  name: string;
  organization: { id: string; name: string };
  schedules: { days: string[]; opensAt: string | null; closesAt: string | null }[];
  locations: { postalCode: string | null; point: [number, number] | null; spaceId: string | null }[];
  canEdit: boolean;
  assuredDate: string | null;
};

const providerOrganization = 'Ambulante Jugendhilfe Norderstedt gGmbH';

// The staff side of offers on the demo city: a provider editor keeps their organisation's offers current, an admin
// looks after the topics.
describe('offers, staff side, in the browser: stale notice, the offer form with field errors, foreign offers, topics', () => {
  let demo: DemoInBrowser;
  let base: string;
  let page: Page;
  let createdId = '';

  beforeAll(async () => {
    demo = await openDemoInBrowser('services-admin');
    ({ base, page } = demo);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await demo?.close();
  });

  /** The API with the browser's session cookie; writes carry the app's own Origin like the app's own requests. */
  const api = {
    get: async <T>(url: string): Promise<T> => (await (await page.request.get(`${base}${url}`)).json()) as T,
    write: (method: 'PATCH' | 'POST', url: string, data?: unknown) =>
      page.request.fetch(`${base}${url}`, { method, data: data ?? null, headers: { origin: base } }),
  };

  it('shows a provider editor the stale notice after sign-in and lists the stale offers of their organisation', async () => {
    await signIn(page, base, 'provider_editor@demo.invalid');
    // Signing in leads to the start page, and the notice is there.
    await page.waitForURL(`${base}/`);
    const notice = page.getByRole('status').filter({ hasText: /seit mehr als 12 Monaten nicht geprüft/ });
    await notice.waitFor();
    const stale = await api.get<{ organizations: { organizationName: string; stale: { name: string }[] }[] }>('/api/services/stale');
    const count = stale.organizations.reduce((n, o) => n + o.stale.length, 0);
    expect(count).toBeGreaterThan(0);
    // Only their own organisation's offers.
    expect(stale.organizations.map((o) => o.organizationName)).toEqual([providerOrganization]);
    expect(await notice.textContent()).toContain(count === 1 ? '1 Angebot wurde seit mehr als 12 Monaten' : `${count} Angebote wurden seit mehr als 12 Monaten`);

    await notice.getByRole('link', { name: 'Nicht mehr geprüfte Angebote ansehen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nicht mehr geprüfte Angebote' }).waitFor();
    await page.getByRole('heading', { level: 2, name: providerOrganization }).waitFor();
    const list = page.getByRole('list', { name: `Nicht mehr geprüfte Angebote von ${providerOrganization}` });
    const first = stale.organizations[0]?.stale[0]?.name ?? '';
    await list.getByRole('link', { name: first, exact: true }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(stale.organizations[0]?.stale.length);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'angebote-pruefen');

    // Confirming one takes it off the list and says so.
    await list.getByRole('button', { name: `Bestätigen: ${first} ist aktuell` }).click();
    await page.getByRole('status').filter({ hasText: `„${first}“ ist als aktuell bestätigt.` }).waitFor();
    const after = await api.get<{ organizations: { stale: { name: string }[] }[] }>('/api/services/stale');
    expect(after.organizations.flatMap((o) => o.stale.map((s) => s.name))).not.toContain(first);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('creates an offer for the own organisation with an opening time; a bad postcode is shown at its field', async () => {
    await page.goto(`${base}/angebote/verwalten`);
    await page.getByRole('heading', { level: 1, name: 'Angebote verwalten' }).waitFor();
    await page.getByRole('link', { name: 'Neues Angebot' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neues Angebot' }).waitFor();
    const form = page.getByRole('form', { name: 'Neues Angebot' });
    // A provider editor does not choose: the offer belongs to their organisation.
    await form.getByText(`Organisation: ${providerOrganization}`).waitFor();
    expect(await form.getByLabel('Organisation').count()).toBe(0);

    await form.getByLabel('Name des Angebots').fill('Boxtraining für Mädchen');
    await form.getByLabel('Beschreibung').fill('Jeden Dienstag Boxen, Spiele und Gespräche, nur für Mädchen. Handschuhe sind da.');
    await form.getByRole('checkbox', { name: 'Sport', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Mädchen' }).check();
    await form.getByLabel('von', { exact: true }).first().fill('12');
    await form.getByLabel('bis', { exact: true }).first().fill('17');
    await form.getByRole('checkbox', { name: 'kostenlos' }).check();
    const location = form.getByRole('group', { name: /^Standort 1/ });
    await location.getByLabel('Name des Standorts').fill('Sporthalle Harksheide');
    await location.getByLabel('Straße und Hausnummer').fill('Falkenbergstraße 12');
    await location.getByLabel('Postleitzahl').fill('2284');
    await location.getByRole('textbox', { name: /^Ort/ }).fill('Norderstedt');
    await location.getByLabel('Länge').fill('10,0115');
    await location.getByLabel('Breite').fill('53,7076');
    await form.getByRole('button', { name: 'Öffnungszeit hinzufügen' }).click();
    const time = form.getByRole('group', { name: 'Öffnungszeit 1' });
    // The new row's first box has focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('service-schedule-0-days-MO');
    await time.getByRole('checkbox', { name: 'Dienstag' }).check();
    await time.getByLabel('von').fill('16:30');
    await time.getByLabel('bis').fill('18:00');
    await time.getByLabel('Hinweis').fill('nicht in den Schulferien');
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByRole('button', { name: 'Angebot anlegen' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Standort 1: Postleitzahl: fünf Ziffern.');
    const postcode = location.getByLabel('Postleitzahl');
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#service-location-0-postal-code-error').textContent()).toContain('Postleitzahl: fünf Ziffern.');
    // The link in the summary leads to the field.
    await alert.getByRole('link', { name: 'Standort 1: Postleitzahl: fünf Ziffern.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('service-location-0-postal-code');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'angebot-neu-plz-fehler');

    await postcode.fill('22844');
    await form.getByRole('button', { name: 'Angebot anlegen' }).click();
    await page.waitForURL(/\/angebote\/[0-9a-f-]{36}$/);
    createdId = /\/angebote\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    await page.getByRole('heading', { level: 1, name: 'Boxtraining für Mädchen' }).waitFor();
    const main = page.getByRole('main');
    await main.getByText('16:30–18:00').waitFor();
    expect(await main.textContent()).toContain('nicht in den Schulferien');
    // The editor confirms the offer on its page; "zuletzt geprüft" becomes today.
    await main.getByRole('button', { name: 'Als aktuell bestätigen' }).click();
    await main.getByRole('status').filter({ hasText: /^Bestätigt: zuletzt geprüft am \d{2}\.\d{2}\.\d{4}\.$/ }).waitFor();

    const saved = await api.get<Detail>(`/api/services/${createdId}`);
    expect(saved.organization.name).toBe(providerOrganization);
    expect(saved.schedules.map((s) => [s.days, s.opensAt, s.closesAt])).toEqual([[['TU'], '16:30', '18:00']]);
    expect(saved.locations).toHaveLength(1);
    expect(saved.locations[0]?.postalCode).toBe('22844');
    expect(saved.locations[0]?.point).toEqual([10.0115, 53.7076]);
    // The space comes from the point.
    expect(saved.locations[0]?.spaceId).not.toBeNull();
    expect(saved.canEdit).toBe(true);
    expect(saved.assuredDate).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()));
  });

  it('changes only what was edited and keeps the rest', async () => {
    await page.goto(`${base}/angebote/${createdId}/bearbeiten`);
    await page.getByRole('heading', { level: 1, name: 'Boxtraining für Mädchen bearbeiten' }).waitFor();
    const form = page.getByRole('form', { name: 'Boxtraining für Mädchen bearbeiten' });
    await form.getByRole('button', { name: 'Telefonnummer hinzufügen' }).click();
    await form.getByRole('group', { name: 'Telefon 1' }).getByLabel('Nummer').fill('040 123 456');
    await form.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.waitForURL(new RegExp(`/angebote/${createdId}$`));
    const saved = await api.get<Detail & { phones: { number: string }[] }>(`/api/services/${createdId}`);
    expect(saved.phones.map((p) => p.number)).toEqual(['040 123 456']);
    expect(saved.schedules).toHaveLength(1);
  });

  it('gives a provider editor no way to edit another organisation’s offer, and the API refuses', async () => {
    const result = await api.get<{ items: Summary[] }>('/api/services?perPage=50&sort=name');
    const foreign = result.items.find((s) => s.organizationName !== providerOrganization);
    expect(foreign).toBeDefined();
    const id = foreign?.id ?? '';
    await page.goto(`${base}/angebote/${id}`);
    await page.getByRole('heading', { level: 1, name: foreign?.name ?? '' }).waitFor();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await page.getByRole('main').getByRole('link', { name: /bearbeiten/i }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Als aktuell bestätigen/ }).count()).toBe(0);
    expect((await api.get<Detail>(`/api/services/${id}`)).canEdit).toBe(false);

    await page.goto(`${base}/angebote/${id}/bearbeiten`);
    await page.getByText('Dieses Angebot dürfen Sie nicht bearbeiten').waitFor();
    expect(await page.getByRole('form').count()).toBe(0);

    const patch = await api.write('PATCH', `/api/services/${id}`, { name: 'Übernommen' });
    expect(patch.status()).toBe(403);
    const verify = await api.write('POST', `/api/services/${id}/verify`);
    expect(verify.status()).toBe(403);
    // Nor may an offer be moved to their organisation.
    const own = await api.get<Detail>(`/api/services/${createdId}`);
    const move = await api.write('PATCH', `/api/services/${createdId}`, { organizationId: foreign?.organizationId });
    expect(move.status()).toBe(403);
    expect((await api.get<Detail>(`/api/services/${id}`)).name).toBe(foreign?.name);
    expect((await api.get<Detail>(`/api/services/${createdId}`)).organization.id).toBe(own.organization.id);
  });

  it('lets an admin rename a topic and refuses to delete one in use with the server’s reason', async () => {
    await signIn(page, base, 'admin@demo.invalid');
    await page.goto(`${base}/admin/themen`);
    await page.getByRole('heading', { level: 1, name: 'Themen und Prüfintervall' }).waitFor();
    await page.getByRole('button', { name: 'Bearbeiten: Sucht', exact: true }).click();
    const edit = page.getByRole('form', { name: 'Thema „Sucht“ bearbeiten' });
    await edit.getByLabel('Name').fill('Sucht und Abhängigkeit');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Thema „Sucht und Abhängigkeit“ gespeichert.' }).waitFor();
    const topics = await api.get<{ name: string }[]>('/api/topics');
    expect(topics.map((t) => t.name)).toContain('Sucht und Abhängigkeit');
    expect(topics.map((t) => t.name)).not.toContain('Sucht');

    await page.getByRole('button', { name: 'Löschen: Sport', exact: true }).click();
    const confirm = page.getByRole('group', { name: 'Thema „Sport“ löschen' });
    await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
    const refused = confirm.getByRole('alert');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/„Sport“ ist noch \d+ Angebot\(en\) zugeordnet/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-themen');

    // The new name is what editors tick in the offer form.
    await page.goto(`${base}/angebote/neu`);
    await page.getByRole('checkbox', { name: 'Sucht und Abhängigkeit' }).waitFor();
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'angebot-neu-360');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('lets an admin try the official HSDS tabular example first, see the invalid location, then import the valid records', async () => {
    await page.goto(`${base}/admin/angebote-import`);
    await page.getByRole('heading', { level: 1, name: 'Angebote importieren und exportieren' }).waitFor();
    const hsds = page.getByRole('region', { name: 'HSDS 3.0' });
    const folder = path.join('test-data', 'hsds-3.0', 'examples', 'csv');
    await hsds.getByLabel('HSDS-Dateien').setInputFiles(fs.readdirSync(folder).map((f) => path.join(folder, f)));
    await hsds.getByText(/^Tabellen-Paket mit \d+ Dateien/).waitFor();
    const importButton = hsds.getByRole('button', { name: 'Importieren' });
    expect(await importButton.getAttribute('aria-disabled')).toBe('true');

    await hsds.getByRole('button', { name: 'Probelauf' }).click();
    await hsds.getByText('Probelauf: so würde der Import ausgehen').waitFor();
    const problems = hsds.getByRole('table', { name: /^Probleme/ });
    const latitude = problems.getByRole('row').filter({ hasText: 'locations.csv' }).filter({ hasText: 'latitude' });
    expect(await latitude.textContent()).toContain('100');
    // All or nothing with a problem: nothing to import yet.
    expect(await importButton.getAttribute('aria-disabled')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-import-probelauf');

    await hsds.getByRole('checkbox', { name: 'Gültige Datensätze importieren und ungültige nur melden' }).check();
    await hsds.getByRole('button', { name: 'Probelauf' }).click();
    await hsds.getByText('Probelauf: so würde der Import ausgehen').waitFor();
    expect(await importButton.getAttribute('aria-disabled')).toBeNull();
    await importButton.click();
    await hsds.getByText('Import abgeschlossen').waitFor();
    const found = await api.get<{ items: { name: string }[] }>('/api/services?status=all&perPage=100&q=Community');
    expect(found.items.length).toBeGreaterThan(0);
  });
});
