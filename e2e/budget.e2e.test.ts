import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetOfYear } from '../common/api/budget';
import { openDemoInBrowser, seriousViolations, signIn, type DemoInBrowser } from './browser';

type Space = { id: string; name: string };
type Journal = { bookings: { amountCents: number }[] };

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
    await form.getByLabel('Zweck').selectOption({ label: 'Projekt' });
    await form.getByLabel('Zahlungsempfänger').fill('Kulturwerkstatt Nord e. V.');
    await form.getByLabel('Belegnummer').fill('R-17');
    await form.getByRole('button', { name: 'Buchen' }).click();
    await form.getByRole('status').filter({ hasText: 'Gebucht: 1.234,56 € auf „Kollegiale Beratung“ an Kulturwerkstatt Nord e. V.' }).waitFor();
    await consultation.getByText('1.234,56 € von 9.360,00 € gebucht, 8.125,44 € frei').waitFor();
    await total.getByText('1.234,56 € von 21.840,00 € gebucht, 20.605,44 € frei').waitFor();
    const ledger = main.getByRole('table', { name: 'Buchungen: Kollegiale Beratung' });
    const row = ledger.getByRole('row').filter({ hasText: 'Kulturwerkstatt Nord e. V.' });
    await row.getByText('1.234,56 €', { exact: true }).waitFor();
    for (const text of [`01.01.${nextYear}`, 'Projekt', 'R-17']) await row.getByText(text, { exact: true }).waitFor();
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
    await main.getByRole('article', { name: `Summe ${nextYear}` }).getByText('0,00 € von 21.840,00 € gebucht, 21.840,00 € frei').waitFor();
    await main.getByRole('article', { name: 'Kollegiale Beratung' }).getByText('9.360,00 €', { exact: true }).first().waitFor();
    expect(await page.getByRole('form', { name: 'Buchen' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Journal' }).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('link', { name: /CSV/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /anlegen|abschließen|Stornieren|Buchen/ }).count()).toBe(0);
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
    await screens(page, 'team');
  });
});
