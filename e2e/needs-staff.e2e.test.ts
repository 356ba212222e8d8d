import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapSummary, NeedDetail, NeedPage } from '../common/api/needs';
import { openDemoInBrowser, screenshot, seriousViolations, signIn, type DemoInBrowser } from './browser';

type Topic = { id: string; name: string; parentId: string | null };
type Space = { id: string; name: string };
type Suggestions = { items: { id: string; name: string; why: 'topic' | 'text' }[] };

const needsCount = (n: number | undefined) => (n === 1 ? '1 Bedarf' : `${n} Bedarfe`);
const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(new Date());

// The staff's side of needs on the demo city: the list with its filters, one need with its gaps (confirm, correct,
// refer), the printable offer sheet, and the heat map for the committee (numbers only) and the management (drill-down).
describe('needs, staff side, in the browser: list, need with gaps, offer sheet, heat map', () => {
  let demo: DemoInBrowser;
  let base: string;
  let page: Page;
  /** A need the test records itself (through the API, as a team member), so that its gap is known. */
  let need: NeedDetail;
  let offerName = '';
  const needText = 'Es fehlt ein offener Treff für Väter am Samstag, ohne Anmeldung.';

  beforeAll(async () => {
    demo = await openDemoInBrowser('needs-staff');
    ({ base, page } = demo);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await demo?.close();
  });

  /** The API with the browser's session cookie; writes carry the app's own Origin like the app's own requests. */
  const api = {
    get: async <T>(url: string): Promise<T> => {
      const response = await page.request.get(`${base}${url}`);
      expect(response.status(), url).toBe(200);
      return (await response.json()) as T;
    },
    status: async (url: string) => (await page.request.get(`${base}${url}`)).status(),
    write: (method: 'PATCH' | 'POST' | 'DELETE', url: string, data?: unknown) =>
      page.request.fetch(`${base}${url}`, { method, data: data ?? null, headers: { origin: base } }),
  };

  it('lists the needs of a team member, filters by voice in the address, and shows whose voice each is', async () => {
    await signIn(page, base, 'team_member@demo.invalid');
    // A space of the team member's and a topic with an active offer there: the need's gap will be "unbekannt".
    const spaces = await api.get<Space[]>('/api/social-spaces');
    const topics = await api.get<Topic[]>('/api/topics');
    let spaceId = '';
    let topicId = '';
    for (const space of spaces) {
      if ((await api.status(`/api/needs/offer-suggestions?spaceId=${space.id}`)) !== 200) continue;
      for (const topic of topics) {
        const found = await api.get<Suggestions>(`/api/needs/offer-suggestions?spaceId=${space.id}&topicIds=${topic.id}`);
        const offer = found.items.find((i) => i.why === 'topic');
        if (!offer) continue;
        [spaceId, topicId, offerName] = [space.id, topic.id, offer.name];
        break;
      }
      if (spaceId) break;
    }
    expect(spaceId, 'the team member works in a space with offers').not.toBe('');
    const created = await api.write('POST', '/api/needs', { spaceId, topicIds: [topicId], source: 'meeting', voice: 'professional', text: needText });
    expect(created.status()).toBe(201);
    need = (await created.json()) as NeedDetail;
    expect(need.gaps.map((g) => g.kind)).toEqual(['reach']);
    expect(need.gaps[0]?.matches.map((m) => m.name)).toContain(offerName);

    await page.goto(`${base}/bedarfe`);
    await page.getByRole('heading', { level: 1, name: 'Bedarfe' }).waitFor();
    const table = page.getByRole('table');
    await table.waitFor();
    for (const link of ['Bedarf erfassen', 'Hausbesuch']) await page.getByRole('link', { name: link, exact: true }).waitFor();
    const pending = await api.get<NeedPage>('/api/needs?review=pending&limit=1');
    await page.getByRole('link', { name: `Online-Meldungen prüfen (${pending.total})` }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Stimme').selectOption({ label: 'Betroffene' });
    await page.waitForURL(/[?&]voice=affected/);
    const affected = await api.get<NeedPage>('/api/needs?voice=affected&limit=1');
    expect(affected.total).toBeGreaterThan(0);
    await page.getByRole('table', { name: new RegExp(`^${affected.total} Bedarfe? für diese Auswahl$`) }).waitFor();
    // Every row says "Betroffene" in its voice column; none says "Fachkraft".
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(Math.min(25, affected.total));
    expect(await table.locator('tbody').getByText('Fachkraft', { exact: true }).count()).toBe(0);
    expect(await table.locator('tbody').getByText('Betroffene', { exact: true }).count()).toBe(await rows.count());
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'bedarfe-betroffene');

    // The filter is in the address: opening it again shows the same.
    await page.goto(`${base}/bedarfe?voice=professional`);
    await page.getByRole('table', { name: /für diese Auswahl$/ }).waitFor();
    expect(await page.getByLabel('Stimme').inputValue()).toBe('professional');
  });

  it('opens the need from the list, prints its offer sheet, confirms and corrects its gap, and refers the family', async () => {
    await page.goto(`${base}/bedarfe`);
    await page.getByLabel('Suche im Text').fill('offener Treff für Väter');
    await page.waitForURL(/[?&]q=/);
    await page.getByRole('link', { name: needText }).click();
    await page.getByRole('heading', { level: 1, name: /^Bedarf vom \d{2}\.\d{2}\.\d{4}$/ }).waitFor();
    const main = page.getByRole('main');
    await main.getByText(needText).waitFor();
    await main.getByText('fachliche Einschätzung').waitFor();
    const topicName = need.gaps[0]?.topicName ?? '';
    const gap = main.getByRole('article', { name: `${topicName}: unbekannt` });
    await gap.getByRole('link', { name: offerName }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'bedarf');

    // The sheet for the next home visit: the offers, nothing about the family.
    await gap.getByRole('link', { name: 'Angebotsblatt für den nächsten Hausbesuch drucken' }).click();
    await page.getByRole('heading', { level: 1, name: `Angebote für Sie im Stadtteil ${need.spaceName}` }).waitFor();
    await main.getByRole('heading', { level: 2, name: offerName }).waitFor();
    await main.getByRole('button', { name: 'Drucken' }).waitFor();
    expect(await main.textContent()).not.toContain(needText);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'angebotsblatt');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.app-header').isVisible()).toBe(false);
    expect(await main.getByRole('button', { name: 'Drucken' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await main.getByRole('link', { name: 'Zurück zum Bedarf' }).click();

    // Confirm the computed kind.
    await gap.getByRole('button', { name: `Lücke bestätigen: ${topicName}` }).click();
    await gap.getByRole('status').filter({ hasText: `Die Lücke „${topicName}“ ist als „unbekannt“ bestätigt.` }).waitFor();
    await gap.getByText('von Hand bestätigt').waitFor();
    expect((await api.get<NeedDetail>(`/api/needs/${need.id}`)).gaps[0]?.confirmed).toBe(true);

    // Correct it: the family knew the offer after all, but its times do not suit them.
    await gap.getByRole('button', { name: `Lücke korrigieren: ${topicName}` }).click();
    const form = page.getByRole('form', { name: `Lücke „${topicName}“ korrigieren` });
    await form.getByRole('radio', { name: 'passt nicht' }).check();
    await form.getByRole('checkbox', { name: 'Zeit' }).check();
    // Without a reason it is not saved.
    await form.getByRole('button', { name: 'Korrektur speichern' }).click();
    await form.getByText('Bitte kurz begründen, warum die Lücke anders einzuordnen ist.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByLabel('Begründung').fill('Die Familie kennt das Angebot, es liegt aber in der Arbeitszeit.');
    await form.getByRole('button', { name: 'Korrektur speichern' }).click();
    const corrected = main.getByRole('article', { name: `${topicName}: passt nicht` });
    await corrected.getByRole('status').filter({ hasText: `Die Lücke „${topicName}“ ist jetzt „passt nicht“ (korrigiert).` }).waitFor();
    await corrected.getByText('Passt nicht wegen:').waitFor();
    const afterCorrection = await api.get<NeedDetail>(`/api/needs/${need.id}`);
    expect(afterCorrection.gaps[0]).toMatchObject({ kind: 'fit', reasons: ['time'], confirmed: true, state: 'open' });
    expect(afterCorrection.gaps[0]?.history.map((e) => e.event)).toEqual(['opened', 'confirmed', 'corrected']);
    await corrected.getByText('Verlauf (3)').click();
    await corrected.getByText('Die Familie kennt das Angebot, es liegt aber in der Arbeitszeit.').waitFor();

    // Refer the family to the offer: the need is "vermittelt", the referral is recorded.
    await corrected.getByRole('button', { name: `an Angebot vermitteln: ${offerName}` }).click();
    await corrected.getByRole('status').filter({ hasText: `Vermittelt an „${offerName}“.` }).waitFor();
    const statusSection = main.getByRole('region', { name: 'Status und Vermittlung' });
    await statusSection.getByText('vermittelt', { exact: true }).waitFor();
    await statusSection.getByRole('list', { name: 'Vermittlungen' }).getByRole('link', { name: offerName }).waitFor();
    const referred = await api.get<NeedDetail>(`/api/needs/${need.id}`);
    expect(referred.status).toBe('referred');
    expect(referred.referrals.map((r) => r.service.name)).toEqual([offerName]);
    expect(referred.gaps[0]?.state).toBe('closed');
    expect(await seriousViolations(page)).toEqual([]);

    // In the list, the need now says so.
    await page.goto(`${base}/bedarfe?q=${encodeURIComponent('offener Treff für Väter')}`);
    const row = page.getByRole('row').filter({ hasText: needText });
    await row.getByText('vermittelt', { exact: true }).waitFor();
    await row.getByText('Fachkraft', { exact: true }).waitFor();
    // Deleting is the management's: a team member has no button, and the API refuses.
    await row.getByRole('link', { name: needText }).click();
    await page.getByRole('heading', { level: 2, name: 'Lücken' }).waitFor();
    expect(await page.getByRole('button', { name: 'Bedarf löschen …' }).count()).toBe(0);
    expect((await api.write('DELETE', `/api/needs/${need.id}`)).status()).toBe(403);
  });

  it('shows the committee the heat map with numbers, no way to a single need, and the CSV', async () => {
    await signIn(page, base, 'committee@demo.invalid');
    // The committee has no "Bedarfe" in the menu and cannot read a need.
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Bedarfe' }).count()).toBe(0);
    expect((await page.request.get(`${base}/api/needs/${need.id}`)).status()).toBe(403);

    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Lücken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lückenanalyse' }).waitFor();
    const summary = await api.get<GapSummary>(`/api/gaps/summary?from=${year}-01-01&to=${year}-12-31`);
    expect(summary.totals.needs).toBeGreaterThan(0);
    const table = page.getByRole('table', { name: /^Bedarfe und Lücken \d{4}: Sozialräume \(Zeilen\) und Themen \(Spalten\)$/ });
    await table.waitFor();
    // A row per space, a column per topic (plus the totals), the numbers in the cells.
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(summary.spaces.length);
    expect(await table.locator('thead th[scope="col"]').count()).toBe(summary.topics.length + 2);
    const biggest = [...summary.cells].sort((a, b) => b.needs - a.needs)[0];
    const space = summary.spaces.find((s) => s.id === biggest?.spaceId);
    const topic = summary.topics.find((t) => t.id === biggest?.topicId);
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${space?.name ?? ''}`) }) });
    const k = biggest?.kinds;
    await row.getByText(`${needsCount(biggest?.needs)}: ${k?.missing} fehlt, ${k?.reach} unbekannt, ${k?.fit} passt nicht`).first().waitFor({ state: 'attached' });
    expect(topic).toBeDefined();
    // Aggregates only: not one link in the table.
    expect(await table.getByRole('link').count()).toBe(0);
    await page.getByText('So lesen Sie die Tabelle').waitFor();
    // The totals by voice, and the CSV of the same numbers.
    const tile = (tone: string) => page.locator(`.app-gap-totals__item--${tone}`);
    expect(await tile('affected').textContent()).toBe(`von Betroffenen selbst genannt${summary.totals.byVoice.affected}`);
    expect(await tile('professional').textContent()).toBe(`fachliche Einschätzung${summary.totals.byVoice.professional}`);
    expect(await tile('total').textContent()).toBe(`Bedarfe${summary.totals.needs}`);
    const csv = page.getByRole('link', { name: 'Als CSV herunterladen (für Excel)' });
    const href = (await csv.getAttribute('href')) ?? '';
    expect(href).toBe(`/api/gaps/summary.csv?from=${year}-01-01&to=${year}-12-31`);
    const download = await page.request.get(`${base}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('text/csv');
    expect(await page.getByRole('button', { name: 'Lücken neu berechnen' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'luecken-ausschuss');

    // Only the voices of those affected: the table follows, the split above stays complete.
    // The choice lives in the address: the radio shows it once the navigation is done (click, not check()).
    const affectedOnly = page.getByRole('radio', { name: 'Betroffene (selbst genannt)' });
    await affectedOnly.click();
    await page.waitForURL(/[?&]voice=affected/);
    expect(await affectedOnly.isChecked()).toBe(true);
    const affected = await api.get<GapSummary>(`/api/gaps/summary?from=${year}-01-01&to=${year}-12-31&voice=affected`);
    await tile('total').filter({ hasText: `Bedarfe von Betroffenen${affected.totals.needs}` }).waitFor();
    expect(affected.totals.needs).toBe(summary.totals.byVoice.affected);
    expect(await tile('professional').textContent()).toBe(`fachliche Einschätzung${summary.totals.byVoice.professional}`);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('table', { name: /Themen \(Zeilen\) und Sozialräume \(Spalten\)$/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'luecken-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('leads the head of department from a cell of the heat map to the needs behind it', async () => {
    await signIn(page, base, 'head_of_department@demo.invalid');
    await page.goto(`${base}/luecken`);
    const summary = await api.get<GapSummary>(`/api/gaps/summary?from=${year}-01-01&to=${year}-12-31`);
    const topics = await api.get<Topic[]>('/api/topics');
    // A cell whose topic has no narrower topic: the list behind it has exactly the cell's needs.
    const cell = [...summary.cells]
      .filter((c) => c.needs > 0 && !topics.some((t) => t.parentId === c.topicId))
      .sort((a, b) => b.needs - a.needs)[0];
    expect(cell).toBeDefined();
    const space = summary.spaces.find((s) => s.id === cell?.spaceId);
    const topic = summary.topics.find((t) => t.id === cell?.topicId);
    const table = page.getByRole('table', { name: /^Bedarfe und Lücken/ });
    await table.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const link = table.getByRole('link', { name: `${needsCount(cell?.needs)}: ${cell?.kinds.missing} fehlt, ${cell?.kinds.reach} unbekannt, ${cell?.kinds.fit} passt nicht. Bedarfe anzeigen: ${space?.name}, ${topic?.name}` });
    await link.click();
    await page.waitForURL((url) => url.pathname === '/bedarfe' && url.searchParams.get('spaceId') === cell?.spaceId && url.searchParams.get('topicId') === cell?.topicId);
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBe(`${year}-01-01`);
    expect(url.searchParams.get('to')).toBe(`${year}-12-31`);
    const list = page.getByRole('table', { name: new RegExp(`^${cell?.needs} Bedarfe? für diese Auswahl$`) });
    await list.waitFor();
    expect(await page.getByLabel('Sozialraum').inputValue()).toBe(cell?.spaceId);
    expect(await page.getByLabel('Thema').inputValue()).toBe(cell?.topicId);
    const spaceCells = list.locator('tbody tr td:nth-child(3)');
    expect(new Set(await spaceCells.allTextContents())).toEqual(new Set([space?.name]));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'bedarfe-drilldown');

    // The management deletes the need the test recorded (in two steps).
    await page.goto(`${base}/bedarfe/${need.id}`);
    await page.getByRole('button', { name: 'Bedarf löschen …' }).click();
    const confirm = page.getByRole('group', { name: 'Diesen Bedarf endgültig löschen?' });
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
    await page.waitForURL(`${base}/bedarfe`);
    await page.getByRole('status').filter({ hasText: 'Der Bedarf wurde gelöscht.' }).waitFor();
    expect(await api.status(`/api/needs/${need.id}`)).toBe(404);
  });
});
