import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualReport } from '../common/api/annual-report';
import { formatEuro } from '../common/budget-terms';
import { openDemoInBrowser, seriousViolations, signIn, type DemoInBrowser } from './browser';

const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(new Date()));
const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

/** axe at the desktop and the phone width, and screenshots of both to look at. */
async function screens(page: Page, name: string): Promise<void> {
  const dir = path.join('.tmp', 'screens');
  fs.mkdirSync(dir, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    expect(await seriousViolations(page), `${name} at ${width}`).toEqual([]);
    await page.screenshot({ path: path.join(dir, `annual-report-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Every cell of the JSON with its path (`spaces.0.needs.byVoice.affected`): a number or `{ suppressed: true }`. */
function cellsOf(value: unknown, at: string, out: Map<string, number | 'hidden'>): Map<string, number | 'hidden'> {
  if (typeof value === 'number') out.set(at, value);
  else if (value && typeof value === 'object') {
    if ((value as { suppressed?: unknown }).suppressed === true) out.set(at, 'hidden');
    else for (const [k, v] of Object.entries(value)) cellsOf(v, at ? `${at}.${k}` : k, out);
  }
  return out;
}

// The yearly report in the browser: the head of department opens the current year for one space, finds the budget
// sums and every hidden count as "< 5", writes the summary (version 1) and meets a stale save as a conflict that keeps
// the draft; the committee reads the same report without any way to edit. Expected figures come from the API's JSON.
describe('the yearly report (Bericht zur Sozialraumorientierung) in the browser', () => {
  let demo: DemoInBrowser;
  let base: string;
  let page: Page;
  let space = { id: '', name: '' };
  let report: AnnualReport;
  const stamp = Date.now().toString(36);
  const summary = `Das Jahr ${stamp} stand im Zeichen der Elterncafés und der neuen Kooperation mit den Schulen.`;

  beforeAll(async () => {
    demo = await openDemoInBrowser('annual-report');
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
  const put = (url: string, data: unknown) => page.request.put(`${base}${url}`, { data, headers: { origin: base } });

  it('opens the report of the current year for one space from the start page, with the budget sums', async () => {
    await signIn(page, base, 'head_of_department@demo.invalid');
    // The space with hidden cells, so that the page has "< 5" to show.
    const office = await get<AnnualReport>(`/api/annual-report/${thisYear}`);
    const withHidden = office.spaces.find((s) => [...cellsOf(s, '', new Map()).values()].includes('hidden'));
    expect(withHidden, 'a demo space has hidden small counts').toBeDefined();
    space = { id: withHidden?.spaceId ?? '', name: withHidden?.name ?? '' };

    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'Jahresbericht', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Bericht zur Sozialraumorientierung ${thisYear}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Alle Sozialräume zusammen' }).waitFor();
    await page.getByLabel('Sozialraum', { exact: true }).selectOption({ label: space.name });
    await page.getByRole('heading', { level: 1, name: `Bericht zur Sozialraumorientierung ${thisYear} – ${space.name}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: `Sozialraum ${space.name}` }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/bericht');
    expect(url.searchParams.get('jahr')).toBe(String(thisYear));
    expect(url.searchParams.get('spaceId')).toBe(space.id);

    report = await get<AnnualReport>(`/api/annual-report/${thisYear}?spaceId=${space.id}`);
    const budget = report.spaces[0]?.budget;
    expect(budget).toBeDefined();
    const planned = (budget?.lines ?? []).reduce((sum, l) => sum + l.plannedCents, 0);
    expect(formatEuro(planned)).toBe('21.840,00 €');
    const table = page.getByRole('table', { name: `Budget je Haushaltslinie in ${space.name}` });
    const total = table.getByRole('row', { name: /^Summe/ });
    await total.waitFor();
    expect(await total.getByRole('cell').allInnerTexts()).toEqual([planned, budget?.totals.committedCents ?? 0, budget?.totals.bookedCents ?? 0, budget?.totals.remainingCents ?? 0].map(formatEuro));
    for (const line of budget?.lines ?? []) {
      await table.getByRole('row', { name: new RegExp(`^${line.label}`) }).getByRole('cell', { name: formatEuro(line.plannedCents), exact: true }).waitFor();
    }
    // The chart against the previous years, with its text alternative and its table.
    const chart = page.getByRole('figure', { name: new RegExp(`^Budget im Vergleich der Vorjahre: ${space.name}`) });
    await chart.getByRole('img', { name: /Balkendiagramm/ }).waitFor();
    await chart.getByRole('table').getByRole('row', { name: new RegExp(`^${thisYear} ${formatEuro(planned)}`) }).waitFor();
    // The downloads: PDF, DOCX, HTML and JSON of the chosen year and space; the PDF comes as a file.
    expect(await page.getByRole('link', { name: 'Bericht als JSON herunterladen' }).getAttribute('href')).toBe(`/api/annual-report/${thisYear}?spaceId=${space.id}`);
    for (const [name, format] of [['Als PDF herunterladen', 'pdf'], ['Als Word-Dokument (DOCX) herunterladen', 'docx'], ['Als HTML-Datei herunterladen', 'html']] as const) {
      expect(await page.getByRole('link', { name }).getAttribute('href')).toBe(`/api/annual-report/${thisYear}/export?spaceId=${space.id}&format=${format}`);
    }
    const pdf = await page.request.get(new URL(`/api/annual-report/${thisYear}/export?spaceId=${space.id}&format=pdf`, page.url()).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('shows "< 5" for every hidden cell of the JSON and the number for every other one, and draws no bar for a hidden count', async () => {
    const threshold = report.suppressionThreshold;
    const cells = cellsOf(report, '', new Map());
    const hidden = [...cells].filter(([at, v]) => v === 'hidden' && (at.startsWith('spaces.') || at.startsWith('overview.')));
    expect(hidden.length, 'the chosen space has hidden cells').toBeGreaterThan(0);
    const shown = await page.locator('[data-cell]').evaluateAll((elements) => elements.map((e) => [e.getAttribute('data-cell') ?? '', (e.textContent ?? '').trim()] as const));
    const shownPaths = new Set(shown.map(([at]) => at));
    // Every hidden cell of the space is on the page (the overview's cells of a one-space report are the space's own).
    for (const [at] of hidden) {
      const own = at.startsWith('overview.') ? at.replace('overview.', 'spaces.0.') : at;
      expect(shownPaths.has(at) || shownPaths.has(own), `${at} is shown`).toBe(true);
    }
    for (const [at, text] of shown) {
      const value = cells.get(at);
      expect(value, `${at} is in the JSON`).toBeDefined();
      expect(text, at).toBe(value === 'hidden' ? `< ${threshold}` : integer.format(value ?? -1));
    }
    const voice = report.spaces[0]?.needs.byVoice ?? {};
    const hiddenVoices = Object.values(voice).filter((v) => typeof v === 'object').length;
    const figure = page.getByRole('figure', { name: /^Bedarfe nach Stimme je Sozialraum/ });
    expect(await figure.locator('svg rect').count()).toBe(Object.keys(voice).length - hiddenVoices);
    expect(await figure.locator('svg text', { hasText: `< ${threshold}` }).count()).toBe(hiddenVoices);
    await screens(page, 'sozialraum');
  });

  it('lets the head of department write the summary (warned about personal data), and shows a stale save as a conflict', async () => {
    const block = page.getByRole('region', { name: 'Zusammenfassung', exact: true });
    await block.getByRole('button', { name: 'Zusammenfassung bearbeiten' }).click();
    const field = block.getByLabel('Text: Zusammenfassung');
    await field.fill('Frau Anna Schulz, Hauptstraße 12, hat uns am 03.04.2015 geschrieben.');
    await block.getByRole('status').filter({ hasText: 'Bitte ohne persönliche Daten' }).waitFor();
    await screens(page, 'datenschutz');
    await field.fill(summary);
    await block.getByRole('status').filter({ hasText: 'Bitte ohne persönliche Daten' }).waitFor({ state: 'detached' });
    await block.getByRole('button', { name: 'Zusammenfassung speichern' }).click();
    await block.getByText('„Zusammenfassung“ wurde als Fassung 1 gespeichert.').waitFor();
    await block.getByText(summary).waitFor();
    await block.getByText(/^Fassung 1, von /).waitFor();
    await block.getByText('Fassungen: Zusammenfassung').click();
    await block.getByRole('table', { name: /Fassungen von „Zusammenfassung“/ }).getByRole('row', { name: /^1 / }).waitFor();

    // Someone else saves version 2 while the editor is open on version 1.
    await block.getByRole('button', { name: 'Zusammenfassung bearbeiten' }).click();
    const draft = `${summary} Ergänzt um den Ausblick auf ${thisYear + 1}.`;
    await field.fill(draft);
    const other = `Die Netzwerke haben sich gefestigt (${stamp}).`;
    const response = await put(`/api/annual-report/${thisYear}/texts/summary?spaceId=${space.id}`, { text: other, baseVersion: 1 });
    expect(response.status(), await response.text()).toBe(200);
    await block.getByRole('button', { name: 'Zusammenfassung speichern' }).click();
    const conflict = block.getByRole('alert').filter({ hasText: 'Inzwischen gibt es eine neuere Fassung' });
    await conflict.waitFor();
    await conflict.getByText(other).waitFor();
    expect(await field.inputValue()).toBe(draft);
    await screens(page, 'konflikt');
    await conflict.getByRole('button', { name: 'Meinen Entwurf auf Fassung 2 aufbauen' }).click();
    await block.getByRole('button', { name: 'Zusammenfassung speichern' }).click();
    await block.getByText('„Zusammenfassung“ wurde als Fassung 3 gespeichert.').waitFor();
    const versions = await get<{ version: number; text: string }[]>(`/api/annual-report/${thisYear}/texts/summary/versions?spaceId=${space.id}`);
    expect(versions.map((v) => [v.version, v.text])).toEqual([
      [3, draft],
      [2, other],
      [1, summary],
    ]);
  });

  it('prints without navigation, choice and edit controls', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByRole('heading', { level: 2, name: 'Jahr und Sozialraum' }).isVisible()).toBe(false);
      expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Zusammenfassung bearbeiten' }).isVisible()).toBe(false);
      expect(await page.getByRole('table', { name: `Budget je Haushaltslinie in ${space.name}` }).isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('lets the committee read the report without edit controls', async () => {
    await signIn(page, base, 'committee@demo.invalid');
    await page.goto(`${base}/bericht?jahr=${thisYear}&spaceId=${space.id}`);
    await page.getByRole('heading', { level: 1, name: `Bericht zur Sozialraumorientierung ${thisYear} – ${space.name}` }).waitFor();
    await page.getByRole('table', { name: `Budget je Haushaltslinie in ${space.name}` }).getByRole('row', { name: /^Summe/ }).getByRole('cell', { name: '21.840,00 €' }).waitFor();
    await page.getByRole('region', { name: 'Zusammenfassung', exact: true }).getByText(/Ergänzt um den Ausblick/).waitFor();
    expect(await page.getByRole('button', { name: /bearbeiten$/ }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    const refused = await put(`/api/annual-report/${thisYear}/texts/outlook?spaceId=${space.id}`, { text: 'Ausblick', baseVersion: 0 });
    expect(refused.status()).toBe(403);
    await screens(page, 'ausschuss');
  });
});
