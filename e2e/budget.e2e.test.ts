import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Booking, BudgetOfYear, Commitment } from '../common/api/budget';
import { sessionCookie } from './app-server';
import { openDemoInBrowser, seriousViolations, signIn, type DemoInBrowser } from './browser';

type Space = { id: string; name: string };
type Journal = { bookings: Booking[] };

const nextYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(new Date())) + 1;

/** Screenshots to look at, at the desktop and the phone width. */
async function screens(page: Page, name: string): Promise<void> {
  const dir = path.join('.tmp', 'screens');
  fs.mkdirSync(dir, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    expect(await seriousViolations(page), `${name} at ${width}`).toEqual([]);
    await page.screenshot({ path: path.join(dir, `budget-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// The social-space budget in the browser: the head of department opens a year, books, is stopped before overspending,
// reverses and closes the year; the committee sees the figures only.
describe('budget (Haushalt) in the browser', () => {
  let demo: DemoInBrowser;
  let base: string;
  let page: Page;
  let space: Space;
  let url = '';

  beforeAll(async () => {
    demo = await openDemoInBrowser('budget');
    ({ base, page } = demo);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await demo?.close();
  });

  const getJson = async <T>(address: string): Promise<T> => {
    const response = await page.request.get(`${base}${address}`);
    expect(response.status(), address).toBe(200);
    return (await response.json()) as T;
  };
  const budgetNow = () => getJson<BudgetOfYear>(`/api/budget?spaceId=${space.id}&year=${nextYear}`);

  it('lets the head of department open a year, book, refuses overspending at the amount, and reverses', async () => {
    await signIn(page, base, 'head_of_department@demo.invalid');
    const spaces = await getJson<Space[]>('/api/social-spaces');
    expect(spaces.length).toBeGreaterThan(0);
    space = spaces[0] ?? { id: '', name: '' };
    url = `${base}/haushalt?spaceId=${space.id}&year=${nextYear}`;
    expect((await budgetNow()).lines).toEqual([]);

    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: `Haushalt ${space.name} ${nextYear}` }).waitFor();
    expect(await page.getByLabel('Sozialraum').inputValue()).toBe(space.id);
    expect(await page.getByLabel('Haushaltsjahr').inputValue()).toBe(String(nextYear));
    await page.getByText(`Für ${nextYear} ist in ${space.name} noch kein Haushalt angelegt.`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Haushaltsjahr anlegen' }).click();

    const main = page.getByRole('main');
    const consultation = main.getByRole('article', { name: 'Kollegiale Beratung' });
    const network = main.getByRole('article', { name: 'Netzwerkarbeit' });
    const total = main.getByRole('article', { name: `Summe ${nextYear}` });
    await consultation.getByText('0,00 € von 9.360,00 € gebucht, 9.360,00 € frei').waitFor();
    await network.getByText('0,00 € von 12.480,00 € gebucht, 12.480,00 € frei').waitFor();
    await total.getByText('0,00 € von 21.840,00 € gebucht, 21.840,00 € frei').waitFor();
    expect(await total.locator('dd').first().textContent()).toBe('21.840,00 €');
    await consultation.getByText(/^Produktkonto /).waitFor();
    expect((await budgetNow()).totals.plannedCents).toBe(2_184_000);

    // Book 1.234,56 € on the collegial consultation.
    const form = page.getByRole('form', { name: 'Buchen' });
    await form.getByLabel('Haushaltsposition').selectOption({ label: 'Kollegiale Beratung (frei: 9.360,00 €)' });
    expect(await form.getByLabel('Buchungsdatum').inputValue()).toBe(`${nextYear}-01-01`);
    await form.getByLabel('Betrag in Euro').fill('1.234,56');
    await form.getByLabel('Zweck').selectOption({ label: 'Sonstiges' });
    await form.getByLabel('Zahlungsempfänger').fill('Kulturwerkstatt Nord e. V.');
    await form.getByLabel('Belegnummer').fill('R-17');
    await form.getByRole('button', { name: 'Buchen' }).click();
    await form.getByRole('status').filter({ hasText: 'Gebucht: 1.234,56 € auf „Kollegiale Beratung“ an Kulturwerkstatt Nord e. V.' }).waitFor();
    await consultation.getByText('1.234,56 € von 9.360,00 € gebucht, 8.125,44 € frei').waitFor();
    await total.getByText('1.234,56 € von 21.840,00 € gebucht, 20.605,44 € frei').waitFor();
    const ledger = main.getByRole('table', { name: 'Buchungen: Kollegiale Beratung' });
    const row = ledger.getByRole('row').filter({ hasText: 'Kulturwerkstatt Nord e. V.' });
    await row.getByText('1.234,56 €', { exact: true }).waitFor();
    for (const text of [`01.01.${nextYear}`, 'Sonstiges', 'R-17']) await row.getByText(text, { exact: true }).waitFor();
    expect(await form.getByLabel('Betrag in Euro').inputValue()).toBe('');

    // More than is free: the server refuses, the message stands at the amount.
    await form.getByLabel('Betrag in Euro').fill('8.125,45');
    await form.getByLabel('Zahlungsempfänger').fill('Kulturwerkstatt Nord e. V.');
    await form.getByRole('button', { name: 'Buchen' }).click();
    const amount = form.getByLabel('Betrag in Euro');
    await form.locator('#booking-amount-error').getByText(`Der Betrag von 8.125,45 € übersteigt, was in „Kollegiale Beratung“ ${nextYear} noch frei ist (8.125,44 €).`).waitFor();
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    expect(await amount.getAttribute('aria-describedby')).toContain('booking-amount-error');
    expect(await amount.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await budgetNow()).totals.bookedCents).toBe(123_456);
    // What the browser refuses itself, before asking the server.
    await amount.fill('1,234');
    await form.getByRole('button', { name: 'Buchen' }).click();
    await form.locator('#booking-amount-error').getByText(/höchstens zwei Stellen nach dem Komma/).waitFor();
    await screens(page, 'gebucht');

    // Reverse the booking, with a reason.
    await row.getByRole('button', { name: /^Stornieren: Buchung vom .* über 1\.234,56 € an Kulturwerkstatt Nord e\. V\.$/ }).click();
    const reverse = page.getByRole('form', { name: /stornieren$/ });
    await reverse.getByRole('button', { name: 'Buchung stornieren' }).click();
    await reverse.getByText('Bitte den Grund der Stornierung angeben.').waitFor();
    await reverse.getByLabel('Grund der Stornierung').fill('Rechnung doppelt eingereicht.');
    expect(await seriousViolations(page)).toEqual([]);
    await reverse.getByRole('button', { name: 'Buchung stornieren' }).click();
    await consultation.getByText('0,00 € von 9.360,00 € gebucht, 9.360,00 € frei').waitFor();
    const reversal = ledger.getByRole('row').filter({ hasText: 'Rechnung doppelt eingereicht.' });
    await reversal.getByText('-1.234,56 €', { exact: true }).waitFor();
    await reversal.getByText('Storno', { exact: true }).waitFor();
    await main.getByRole('status').filter({ hasText: /^Storniert: Buchung vom 01\.01\.\d{4} über 1\.234,56 € an Kulturwerkstatt Nord e\. V\.$/ }).waitFor();
    await row.first().getByText('storniert', { exact: true }).waitFor();
    expect(await ledger.getByRole('button', { name: /^Stornieren/ }).count()).toBe(0);
    const lineId = (await budgetNow()).lines.find((l) => l.kind === 'case_consultation')?.id ?? '';
    const journal = await getJson<Journal>(`/api/budget/lines/${lineId}/bookings`);
    expect(journal.bookings.map((b) => b.amountCents)).toEqual([123_456, -123_456]);

    // The CSV for the treasury.
    const csv = main.getByRole('link', { name: `Buchungen ${nextYear} als CSV herunterladen (für die Stadtkasse)` });
    const href = (await csv.getAttribute('href')) ?? '';
    expect(href).toBe(`/api/budget/bookings.csv?year=${nextYear}&spaceId=${space.id}`);
    const download = await page.request.get(`${base}${href}`);
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain('1234,56');
  });

  it('approves a commitment from the queue, books for the project with a receipt, shows the history and edits a line', async () => {
    const main = page.getByRole('main');
    const budget = await budgetNow();
    const networkLine = budget.lines.find((l) => l.kind === 'network_work');
    expect(networkLine).toBeDefined();
    const networkId = networkLine?.id ?? '';

    // The project, created by the signed-in head of department through the API; the commitment asked for by an admin:
    // 3.000,00 € is above the approval threshold (2.500,00 €), so it waits for the head of department.
    const title = 'Elterncafé am Markt (E2E)';
    const created = await page.request.post(`${base}/api/projects`, { headers: { origin: base }, data: { title, spaceIds: [space.id], initiatedBy: 'joint' } });
    expect(created.status()).toBe(201);
    const projectId = ((await created.json()) as { id: string }).id;
    const admin = await sessionCookie(base, 'admin@demo.invalid');
    const asked = await fetch(`${base}/api/budget/lines/${networkId}/commitments`, {
      method: 'POST',
      headers: { origin: base, cookie: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ projectId, amountCents: 300_000, note: 'Material und Honorare für das Jahr.' }),
    });
    expect(asked.status).toBe(201);
    expect(((await asked.json()) as Commitment).status).toBe('pending');

    await page.goto(url);
    const queue = main.getByRole('region', { name: 'Wartet auf Freigabe' });
    const item = queue.getByRole('article', { name: `3.000,00 € für ${title}` });
    await item.waitFor();
    expect(await item.getByRole('link', { name: title }).getAttribute('href')).toBe(`/projekte/${projectId}`);
    await item.getByText('Material und Honorare für das Jahr.').waitFor();
    const network = main.getByRole('article', { name: 'Netzwerkarbeit' });
    await network.getByText('0,00 € von 12.480,00 € gebucht, 12.480,00 € frei').waitFor();
    const commitments = main.getByRole('table', { name: 'Mittelbindungen: Netzwerkarbeit' });
    await commitments.getByRole('row').filter({ hasText: title }).getByText('wartet auf Freigabe', { exact: true }).waitFor();
    await screens(page, 'freigabe');

    // Rejecting needs a reason; approving binds the money.
    await item.getByRole('button', { name: 'Ablehnen' }).click();
    await item.getByText('Bitte die Ablehnung kurz begründen.').waitFor();
    await item.getByRole('button', { name: 'Freigeben' }).click();
    await queue.getByRole('status').filter({ hasText: `Freigegeben: Mittelbindung über 3.000,00 € für „${title}“.` }).waitFor();
    await item.waitFor({ state: 'detached' });
    await network.getByText('0,00 € von 12.480,00 € gebucht, 3.000,00 € gebunden, 9.480,00 € frei').waitFor();
    const commitmentRow = commitments.getByRole('row').filter({ hasText: title });
    await commitmentRow.getByText('gebunden', { exact: true }).waitFor();
    await commitmentRow.getByText(/freigegeben von /).waitFor();

    // Booking for the project: the project is required, the booking draws on its commitment, the receipt goes with it.
    const form = page.getByRole('form', { name: 'Buchen' });
    await form.getByLabel('Haushaltsposition').selectOption({ label: 'Netzwerkarbeit (frei: 9.480,00 €)' });
    await form.getByLabel('Betrag in Euro').fill('1.200,00');
    await form.getByLabel('Zweck').selectOption({ label: 'Projekt' });
    await form.getByLabel('Zahlungsempfänger').fill('Druckerei Hansen');
    await form.getByRole('button', { name: 'Buchen' }).click();
    await form.locator('#booking-project-error').getByText('Bitte das Projekt wählen, für das gebucht wird.').waitFor();
    expect(await form.getByLabel('Projekt', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await form.getByLabel('Projekt', { exact: true }).selectOption({ label: `${title} (Idee)` });
    await form.getByText(`Für dieses Projekt sind in „Netzwerkarbeit“ noch 3.000,00 € gebunden.`, { exact: false }).waitFor();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    await form.getByLabel('Beleg als Datei').setInputFiles({ name: 'rechnung-druck.pdf', mimeType: 'application/pdf', buffer: pdf });
    await form.getByRole('button', { name: 'Buchen' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: 'Gebucht: 1.200,00 € auf „Netzwerkarbeit“ an Druckerei Hansen (davon 1.200,00 € aus der Mittelbindung). Beleg „rechnung-druck.pdf“ abgelegt.' })
      .waitFor();
    await network.getByText('1.200,00 € von 12.480,00 € gebucht, 1.800,00 € gebunden, 9.480,00 € frei').waitFor();
    await commitmentRow.getByText('1.800,00 €', { exact: true }).waitFor();
    const ledger = main.getByRole('table', { name: 'Buchungen: Netzwerkarbeit' });
    const projectRow = ledger.getByRole('row').filter({ hasText: 'Druckerei Hansen' });
    await projectRow.getByText('davon 1.200,00 € aus der Mittelbindung').waitFor();
    expect(await projectRow.getByRole('link', { name: title }).getAttribute('href')).toBe(`/projekte/${projectId}`);
    const receiptLink = projectRow.getByRole('link', { name: /^Beleg herunterladen: rechnung-druck\.pdf/ });
    const receipt = await page.request.get(`${base}${(await receiptLink.getAttribute('href')) ?? ''}`);
    expect(receipt.status()).toBe(200);
    expect((await receipt.body()).toString('latin1')).toMatch(/^%PDF-1\.4/);

    // A booking without a file gets its receipt later, from the journal; a file that is no PDF is refused at the field.
    await form.getByLabel('Betrag in Euro').fill('50');
    await form.getByLabel('Zweck').selectOption({ label: 'Sonstiges' });
    await form.getByLabel('Zahlungsempfänger').fill('Bürobedarf Meyer');
    await form.getByRole('button', { name: 'Buchen' }).click();
    await form.getByRole('status').filter({ hasText: 'Gebucht: 50,00 € auf „Netzwerkarbeit“ an Bürobedarf Meyer.' }).waitFor();
    const laterRow = ledger.getByRole('row').filter({ hasText: 'Bürobedarf Meyer' });
    await laterRow.getByRole('button', { name: /^Beleg hochladen: Buchung vom .* über 50,00 € an Bürobedarf Meyer$/ }).click();
    const receiptForm = main.getByRole('form', { name: /^Beleg zur Buchung vom .* über 50,00 € an Bürobedarf Meyer$/ });
    await receiptForm.getByLabel('Datei des Belegs').setInputFiles({ name: 'beleg.pdf', mimeType: 'application/pdf', buffer: Buffer.from('kein PDF') });
    await receiptForm.getByRole('button', { name: 'Beleg ablegen' }).click();
    await receiptForm.getByText(/^Dieser Dateityp ist nicht erlaubt\./).waitFor();
    await receiptForm.getByLabel('Datei des Belegs').setInputFiles({ name: 'beleg.pdf', mimeType: 'application/pdf', buffer: pdf });
    await receiptForm.getByRole('button', { name: 'Beleg ablegen' }).click();
    await laterRow.getByRole('link', { name: /^Beleg herunterladen: beleg\.pdf/ }).waitFor();
    const journal = await getJson<Journal>(`/api/budget/lines/${networkId}/bookings`);
    expect(journal.bookings.map((b) => [b.amountCents, b.drawnFromCommitmentCents, b.receipt?.fileName])).toEqual([
      [120_000, 120_000, 'rechnung-druck.pdf'],
      [5_000, 0, 'beleg.pdf'],
    ]);
    await screens(page, 'projektbuchung');

    // The history across years: a chart with a text alternative and its table, for the total and per line.
    const history = main.getByRole('region', { name: 'Verlauf über die Jahre' });
    await history.getByRole('img', { name: new RegExp(`^Balkendiagramm: Plan, gebunden und gebucht je Jahr von \\d{4} bis ${nextYear}, Summe aller Positionen\\.`) }).waitFor();
    await history.getByText('Beträge als Tabelle').click();
    const totalTable = history.getByRole('table', { name: `Plan, gebunden und gebucht je Jahr in ${space.name}: Summe aller Positionen` });
    const totalRow = totalTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(nextYear) }) });
    expect(await totalRow.getByRole('cell').allTextContents()).toEqual(['21.840,00 €', '1.800,00 €', '1.250,00 €']);
    await history.getByLabel('Diagramm zeigen für').selectOption({ label: 'Netzwerkarbeit' });
    const lineTable = history.getByRole('table', { name: `Plan, gebunden und gebucht je Jahr in ${space.name}: Netzwerkarbeit` });
    const lineRow = lineTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(nextYear) }) });
    expect(await lineRow.getByRole('cell').allTextContents()).toEqual(['12.480,00 €', '1.800,00 €', '1.250,00 €']);
    await history.getByRole('img', { name: /, Netzwerkarbeit\./ }).waitFor();
    await screens(page, 'verlauf');

    // Editing a line: the plan cannot fall below what is bound and booked (the server says so at the plan); the
    // account code and the resolution are saved.
    await network.getByRole('button', { name: 'Position bearbeiten: Netzwerkarbeit' }).click();
    const networkEdit = network.getByRole('form', { name: 'Netzwerkarbeit bearbeiten' });
    expect(await networkEdit.getByLabel('Plan in Euro').inputValue()).toBe('12.480,00');
    await networkEdit.getByLabel('Plan in Euro').fill('1.000,00');
    await networkEdit.getByRole('button', { name: 'Speichern' }).click();
    await networkEdit.getByText('Der Plan kann nicht unter das bereits Gebundene und Gebuchte sinken (3.050,00 €).').waitFor();
    await networkEdit.getByRole('button', { name: 'Abbrechen' }).click();
    const consultation = main.getByRole('article', { name: 'Kollegiale Beratung' });
    await consultation.getByRole('button', { name: 'Position bearbeiten: Kollegiale Beratung' }).click();
    const edit = consultation.getByRole('form', { name: 'Kollegiale Beratung bearbeiten' });
    await edit.getByLabel('Produktkonto (optional)', { exact: true }).fill('36.30.02-E2E');
    await edit.getByLabel('Datum des Beschlusses').fill('2024-03-14');
    await edit.getByLabel('Beschluss (optional)', { exact: true }).fill('JHA 14.03.2024');
    await screens(page, 'position');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await consultation.getByRole('status').filter({ hasText: 'Gespeichert: „Kollegiale Beratung“ mit 9.360,00 € geplant.' }).waitFor();
    await consultation.getByText('Produktkonto 36.30.02-E2E · Beschluss vom 14.03.2024 (JHA 14.03.2024)').waitFor();
    expect((await budgetNow()).lines.find((l) => l.kind === 'case_consultation')).toMatchObject({
      accountCode: '36.30.02-E2E',
      resolutionDate: '2024-03-14',
      resolutionReference: 'JHA 14.03.2024',
    });
    await network.getByText(/^Produktkonto (?!36\.30\.02-E2E)/).waitFor();
    await main.getByRole('article', { name: `Summe ${nextYear}` }).locator('dd').first().getByText('21.840,00 €', { exact: true }).waitFor();

    // Settling the commitment frees what was not drawn (the year can then be closed).
    await commitmentRow.getByRole('button', { name: `Abrechnen: Mittelbindung über 3.000,00 € für „${title}“` }).click();
    const release = main.getByRole('form', { name: `Mittelbindung über 3.000,00 € für „${title}“ abrechnen` });
    await release.getByText('Der Rest von 1.800,00 € wird wieder frei.', { exact: false }).waitFor();
    await release.getByRole('button', { name: 'Mittelbindung abrechnen' }).click();
    await release.getByText('Bitte kurz begründen.').waitFor();
    await release.getByLabel('Grund').fill('Projekt für dieses Jahr abgerechnet.');
    await release.getByRole('button', { name: 'Mittelbindung abrechnen' }).click();
    await commitmentRow.getByText('abgerechnet', { exact: true }).waitFor();
    await commitmentRow.getByText(/abgerechnet von .+: Projekt für dieses Jahr abgerechnet\.$/).waitFor();
    await network.getByText('1.250,00 € von 12.480,00 € gebucht, 11.230,00 € frei').waitFor();
  });

  it('closes the year after a confirmation; then the page has no write actions', async () => {
    await page.getByRole('button', { name: 'Jahr abschließen …' }).click();
    const confirm = page.getByRole('group', { name: `Haushaltsjahr ${nextYear} für ${space.name} abschließen?` });
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Jahr endgültig abschließen' }).click();
    await page.getByText(`Das Haushaltsjahr ${nextYear} ist abgeschlossen.`).waitFor();
    expect((await budgetNow()).closed).toBe(true);
    expect(await page.getByRole('form', { name: 'Buchen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Stornieren|Jahr abschließen/ }).count()).toBe(0);
    await page.getByRole('table', { name: 'Buchungen: Kollegiale Beratung' }).waitFor();
    await screens(page, 'abgeschlossen');
  });

  it('shows the committee the figures, without the journal, the form or the CSV', async () => {
    await signIn(page, base, 'committee@demo.invalid');
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: `Haushalt ${space.name} ${nextYear}` }).waitFor();
    const main = page.getByRole('main');
    await main.getByRole('article', { name: `Summe ${nextYear}` }).getByText('1.250,00 € von 21.840,00 € gebucht, 20.590,00 € frei').waitFor();
    await main.getByRole('article', { name: 'Kollegiale Beratung' }).getByText('9.360,00 €', { exact: true }).first().waitFor();
    expect(await page.getByRole('form', { name: 'Buchen' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Journal' }).count()).toBe(0);
    expect(await page.getByRole('table', { name: /^Buchungen/ }).count()).toBe(0);
    await main.getByRole('table', { name: 'Mittelbindungen: Netzwerkarbeit' }).getByText('Elterncafé am Markt (E2E)').waitFor();
    await main.getByRole('img', { name: /^Balkendiagramm: Plan, gebunden und gebucht je Jahr/ }).waitFor();
    expect(await page.getByRole('link', { name: /CSV|Beleg/ }).count()).toBe(0);
    expect(await main.getByRole('button').count()).toBe(0);
    expect(await main.getByRole('region', { name: /Wartet auf Freigabe|Vorgaben/ }).count()).toBe(0);
    await screens(page, 'ausschuss');

    // Another space's next year, not opened yet: a note, no button.
    const other = (await getJson<Space[]>('/api/social-spaces')).find((s) => s.id !== space.id);
    expect(other).toBeDefined();
    await page.getByLabel('Sozialraum').selectOption(other?.id ?? '');
    await page.waitForURL((u) => u.searchParams.get('spaceId') === other?.id && u.searchParams.get('year') === String(nextYear));
    await page.getByRole('heading', { level: 1, name: `Haushalt ${other?.name ?? ''} ${nextYear}` }).waitFor();
    await page.getByText('Die Fachbereichsleitung legt das Haushaltsjahr an. Danach stehen hier die Beträge.').waitFor();
    expect(await page.getByRole('button', { name: 'Haushaltsjahr anlegen' }).count()).toBe(0);
  });

  it('shows a team member the journal of the current year (the demo ledger), but no way to book or reverse', async () => {
    await signIn(page, base, 'team_member@demo.invalid');
    const year = nextYear - 1;
    await page.goto(`${base}/haushalt?spaceId=${space.id}&year=${year}`);
    await page.getByRole('heading', { level: 1, name: `Haushalt ${space.name} ${year}` }).waitFor();
    const budget = await getJson<BudgetOfYear>(`/api/budget?spaceId=${space.id}&year=${year}`);
    const total = budget.totals;
    expect(total.plannedCents).toBe(2_184_000);
    const figures = page.getByRole('main').getByRole('article', { name: `Summe ${year}` });
    await figures.getByText(new RegExp(`von 21\\.840,00 € gebucht`)).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Journal' }).waitFor();
    await page.getByRole('table', { name: 'Buchungen: Kollegiale Beratung' }).waitFor();
    expect(await page.getByRole('form', { name: 'Buchen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Stornieren|Jahr abschließen/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /CSV/ }).count()).toBe(0);
    await page.getByRole('heading', { level: 2, name: 'Mittelbindungen' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Mittelbindungen: Netzwerkarbeit' }).waitFor();
    expect(await page.getByRole('button', { name: /Abrechnen|Freigeben|Ablehnen|Beleg hochladen|bearbeiten|Vorgaben/ }).count()).toBe(0);
    await page.getByRole('heading', { level: 2, name: 'Verlauf über die Jahre' }).waitFor();
    await screens(page, 'team');
  });

  it('shows an admin the settings for new years with the computed total, and saves them', async () => {
    await signIn(page, base, 'admin@demo.invalid');
    await page.goto(url);
    const settings = page.getByRole('main').getByRole('region', { name: 'Vorgaben für neue Haushaltsjahre' });
    await settings.getByText('9.360,00 € + 12.480,00 € = 21.840,00 €', { exact: true }).waitFor();
    await settings.getByRole('button', { name: 'Vorgaben ändern' }).click();
    const form = settings.getByRole('form', { name: 'Vorgaben ändern' });
    await form.getByLabel('Netzwerkarbeit in Euro').fill('13.000,00');
    await form.getByText('9.360,00 € + 13.000,00 € = 22.360,00 €', { exact: true }).waitFor();
    await form.getByLabel('Netzwerkarbeit in Euro').fill('12.480,00');
    await form.getByLabel('Freigabeschwelle in Euro').fill('2.500,5');
    await form.getByLabel('Produktkonto').fill('36.30.09-Vorgabe');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Vorgaben speichern' }).click();
    await settings.getByRole('status').filter({ hasText: 'Die Vorgaben sind gespeichert.' }).waitFor();
    await settings.getByText('2.500,50 €', { exact: true }).waitFor();
    await settings.getByText('9.360,00 € + 12.480,00 € = 21.840,00 €', { exact: true }).waitFor();
    const saved = await getJson<{ approvalThresholdCents: number; accountCode: string | null; networkWorkCents: number }>('/api/budget-settings');
    expect(saved).toMatchObject({ approvalThresholdCents: 250_050, accountCode: '36.30.09-Vorgabe', networkWorkCents: 1_248_000 });
    await screens(page, 'vorgaben');
  });
});
