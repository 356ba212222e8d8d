import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeedDetail } from '../common/api/needs';
import type { ProjectDetail, ProjectSummary } from '../common/api/projects';
import { openDemoInBrowser, seriousViolations, signIn, type DemoInBrowser } from './browser';

type Space = { id: string; name: string };

const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(new Date()));

/** axe at the desktop and the phone width, and screenshots of both to look at. */
async function screens(page: Page, name: string): Promise<void> {
  const dir = path.join('.tmp', 'screens');
  fs.mkdirSync(dir, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    expect(await seriousViolations(page), `${name} at ${width}`).toEqual([]);
    await page.screenshot({ path: path.join(dir, `projects-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// Projects and measures in the browser: a team member creates a project on a professional's need (and is warned that
// no affected voice is behind it), starts it, writes the year's story, files a PDF, stops another project with a
// reason; board and table show them; the committee reads without any way to change. The test makes its own data.
describe('projects (Projekte und Maßnahmen) in the browser', () => {
  let demo: DemoInBrowser;
  let base: string;
  let page: Page;
  let space: Space;
  let projectId = '';
  let otherId = '';
  const stamp = Date.now().toString(36);
  const title = `Elterncafé am Markt ${stamp}`;
  const otherTitle = `Sportvereine einbinden ${stamp}`;
  const professionalNeed = `Fachliche Sicht ${stamp}: Eltern fehlt ein Treffpunkt am Vormittag.`;
  const affectedNeed = `Eltern sagen ${stamp}: Wir wünschen uns ein Frühstück mit anderen Eltern.`;

  beforeAll(async () => {
    demo = await openDemoInBrowser('projects');
    ({ base, page } = demo);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await demo?.close();
  });

  const api = {
    get: async <T>(url: string): Promise<T> => {
      const response = await page.request.get(`${base}${url}`);
      expect(response.status(), url).toBe(200);
      return (await response.json()) as T;
    },
    post: async <T>(url: string, data: unknown): Promise<T> => {
      const response = await page.request.post(`${base}${url}`, { data, headers: { origin: base } });
      expect(response.status(), `${url}: ${await response.text()}`).toBe(201);
      return (await response.json()) as T;
    },
  };

  it('lets a team member create a project on a professional need, and warns that no affected voice is behind it', async () => {
    await signIn(page, base, 'team_member@demo.invalid');
    const mine = await api.get<{ spaceIds: string[] }>('/api/needs/my-spaces');
    const spaces = await api.get<Space[]>('/api/social-spaces');
    const found = spaces.find((s) => mine.spaceIds.includes(s.id));
    expect(found, 'the team member is on the team of a demo space').toBeDefined();
    space = found ?? { id: '', name: '' };
    const topics = await api.get<{ id: string }[]>('/api/topics');
    const topicIds = topics.slice(0, 1).map((t) => t.id);
    await api.post<NeedDetail>('/api/needs', { spaceId: space.id, topicIds, source: 'meeting', voice: 'professional', text: professionalNeed });
    await api.post<NeedDetail>('/api/needs', { spaceId: space.id, topicIds, source: 'home_visit', voice: 'affected', text: affectedNeed });

    await page.goto(`${base}/`);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Projekte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Projekte und Maßnahmen' }).waitFor();
    await page.getByRole('link', { name: 'Neues Projekt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neues Projekt' }).waitFor();
    const form = page.getByRole('form', { name: 'Neues Projekt' });

    // Nothing filled in: the summary names the problems, links to the fields, and has the focus.
    await form.getByRole('button', { name: 'Projekt anlegen' }).click();
    const summary = form.getByRole('alert').filter({ hasText: 'Nicht gespeichert' });
    await summary.getByRole('link', { name: 'Titel: Bitte einen Titel mit mindestens 3 Zeichen angeben.' }).waitFor();
    await summary.getByRole('link', { name: 'Sozialräume: Bitte mindestens einen Sozialraum wählen.' }).waitFor();
    await summary.getByRole('link', { name: 'Initiative: Bitte angeben, von wem die Initiative ausging.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Nicht gespeichert');
    expect(await form.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
    await screens(page, 'formular-fehler');

    await form.getByLabel('Titel').fill(title);
    await form.getByLabel('Beschreibung').fill('Ein offener Treffpunkt für Eltern mit kleinen Kindern, einmal in der Woche.');
    await form.getByRole('group', { name: 'Sozialräume' }).getByLabel(space.name, { exact: true }).check();
    await form.getByRole('radio', { name: 'von Fachkräften' }).check();
    await form.getByLabel('Wie es dazu kam').fill('Im Netzwerktreffen aus der Sicht der Kitas angeregt.');
    await form.getByLabel('Beginn').fill(`${thisYear}-02-01`);
    const needs = form.getByRole('group', { name: 'Bedarfe' });
    await needs.getByLabel('Bedarfe durchsuchen').fill(stamp);
    await needs.getByRole('checkbox', { name: new RegExp(`Fachliche Sicht ${stamp}`) }).check();
    expect(await needs.getByRole('checkbox').count()).toBe(2);
    await form.getByRole('status').filter({ hasText: 'Kein Bedarf von Betroffenen' }).waitFor();
    await form.getByRole('group', { name: 'Wer es trägt (viele Schultern)' }).getByRole('checkbox', { name: /^Demo Sozialraumteam/ }).check();
    await form.getByRole('button', { name: 'Jahr hinzufügen' }).click();
    await form.getByRole('group', { name: `Erreicht ${thisYear}` }).getByLabel('Eltern').fill('14');
    await form.getByRole('group', { name: `Erreicht ${thisYear}` }).getByLabel('0–2 Jahre').fill('9');
    await screens(page, 'formular');
    await form.getByRole('button', { name: 'Projekt anlegen' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    projectId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByText('Das Projekt wurde angelegt.').waitFor();
    const warning = page.getByRole('main').locator('.kern-alert--warning').filter({ hasText: 'Kein Bedarf von Betroffenen' });
    await warning.waitFor();
    await page.getByRole('link', { name: professionalNeed }).waitFor();
    await page.getByRole('table', { name: 'Personen, die das Projekt tragen' }).getByRole('rowheader', { name: 'Demo Sozialraumteam' }).waitFor();
    const reach = page.getByRole('table', { name: 'Erreichte Menschen je Jahr und Altersgruppe (Anzahl)' });
    await reach.getByRole('row', { name: new RegExp(`^${thisYear} 9 – – – – – 14 23$`) }).waitFor();
    const detail = await api.get<ProjectDetail>(`/api/projects/${projectId}`);
    expect(detail).toMatchObject({ status: 'idea', initiatedBy: 'professionals', noAffectedVoice: true, editable: true });
    expect(detail.reach).toHaveLength(2);
  });

  it('starts the project, writes the year note and files a PDF (a wrong file is refused in German)', async () => {
    const status = page.getByRole('region', { name: 'Status' });
    await status.getByRole('button', { name: 'Starten' }).click();
    await status.getByRole('status').filter({ hasText: 'Status geändert: läuft.' }).waitFor();
    await status.getByRole('listitem').filter({ hasText: 'läuft' }).waitFor();
    expect(await status.getByRole('button', { name: 'Abschließen' }).count()).toBe(1);
    expect(await status.getByRole('button', { name: 'Starten' }).count()).toBe(0);

    const notes = page.getByRole('form', { name: 'Für ein Jahr schreiben' });
    expect(await notes.getByLabel('Jahr').inputValue()).toBe(String(thisYear));
    await notes.getByLabel(`Erfolge ${thisYear}`).fill('Jede Woche kamen zehn bis fünfzehn Eltern.');
    await notes.getByLabel(`Schwierigkeiten ${thisYear}`).fill('Der Raum war im Winter zu klein.');
    await notes.getByRole('button', { name: `${thisYear} speichern` }).click();
    await notes.getByText(`Erfolge und Schwierigkeiten ${thisYear} gespeichert.`).waitFor();
    await page.getByRole('article', { name: String(thisYear) }).getByText('Der Raum war im Winter zu klein.').waitFor();

    const upload = page.getByRole('form', { name: 'Anlage hochladen' });
    await upload.getByLabel('Datei').setInputFiles({ name: 'programm.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\u0090\u0000binary') });
    await upload.getByRole('button', { name: 'Hochladen' }).click();
    const fileError = upload.locator('#project-file-error');
    await fileError.waitFor();
    expect(await fileError.textContent()).toMatch(/[a-zäöüß]/);
    expect(await upload.getByLabel('Datei').getAttribute('aria-invalid')).toBe('true');
    await upload.getByLabel('Datei').setInputFiles({ name: 'Protokoll Auftakt.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });
    await upload.getByRole('button', { name: 'Hochladen' }).click();
    await page.getByText('Hochgeladen: Protokoll Auftakt.pdf').waitFor();
    const link = page.getByRole('link', { name: 'Protokoll Auftakt.pdf' });
    const href = (await link.getAttribute('href')) ?? '';
    const file = await page.request.get(`${base}${href}`);
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 8).toString()).toBe('%PDF-1.4');
    await screens(page, 'projekt');
    const detail = await api.get<ProjectDetail>(`/api/projects/${projectId}`);
    expect(detail.status).toBe('running');
    expect(detail.yearNotes.map((n) => n.year)).toEqual([thisYear]);
    expect(detail.attachments.map((a) => a.fileName)).toEqual(['Protokoll Auftakt.pdf']);
  });

  it('stops another project only with a reason', async () => {
    const other = await api.post<ProjectDetail>('/api/projects', { title: otherTitle, spaceIds: [space.id], initiatedBy: 'joint' });
    otherId = other.id;
    await page.goto(`${base}/projekte/${otherId}`);
    await page.getByRole('heading', { level: 1, name: otherTitle }).waitFor();
    // Edit it first: link the need the parents voiced themselves; then there is no warning.
    await page.getByRole('link', { name: 'Projekt bearbeiten' }).click();
    const form = page.getByRole('form', { name: 'Projekt bearbeiten' });
    expect(await form.getByLabel('Titel').inputValue()).toBe(otherTitle);
    expect(await form.getByRole('radio', { name: 'gemeinsam' }).isChecked()).toBe(true);
    await form.getByRole('group', { name: 'Bedarfe' }).getByRole('checkbox', { name: new RegExp(`Eltern sagen ${stamp}`) }).check();
    await screens(page, 'bearbeiten');
    await form.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByText('Die Änderungen wurden gespeichert.').waitFor();
    await page.getByRole('link', { name: affectedNeed }).waitFor();
    expect(await page.getByRole('main').locator('.kern-alert--warning').count()).toBe(0);
    await page.getByRole('button', { name: 'Einstellen …' }).click();
    const stop = page.getByRole('form', { name: 'Projekt einstellen' });
    const reason = stop.getByLabel('Warum wird das Projekt eingestellt?');
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await stop.getByRole('button', { name: 'Projekt einstellen' }).click();
    await stop.getByText('Bitte angeben, warum das Projekt eingestellt wird (mindestens 3 Zeichen).').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await reason.fill('Es kam kein engerer Kontakt zu den Vereinen zustande.');
    await stop.getByRole('button', { name: 'Projekt einstellen' }).click();
    await page.getByText('Status geändert: eingestellt.').waitFor();
    await page.getByText('Grund: Es kam kein engerer Kontakt zu den Vereinen zustande.').waitFor();
    expect((await api.get<ProjectDetail>(`/api/projects/${otherId}`)).status).toBe('stopped');
  });

  it('shows both on the board by status and in the table, with the filters in the address', async () => {
    await page.goto(`${base}/projekte?q=${stamp}`);
    await page.getByRole('heading', { level: 1, name: 'Projekte und Maßnahmen' }).waitFor();
    await page.getByText('2 Projekte zu diesen Filtern.').waitFor();
    const running = page.getByRole('region', { name: /^läuft/ });
    const card = running.getByRole('article', { name: title });
    await card.waitFor();
    await card.getByText('Kein Bedarf von Betroffenen').waitFor();
    await card.getByText('von Fachkräften').waitFor();
    await card.getByText('1 Person trägt es · 23 erreicht').waitFor();
    await page.getByRole('region', { name: /^eingestellt/ }).getByRole('article', { name: otherTitle }).waitFor();
    await screens(page, 'board');

    await page.getByRole('button', { name: 'Tabelle' }).click();
    await page.waitForURL((u) => u.searchParams.get('ansicht') === 'tabelle' && u.searchParams.get('q') === stamp);
    const table = page.getByRole('table', { name: '2 Projekte' });
    await table.getByRole('rowheader', { name: title }).waitFor();
    const titles = async () => table.getByRole('rowheader').allTextContents();
    expect(await titles()).toEqual([title, otherTitle]);
    await table.getByRole('button', { name: 'Titel' }).click();
    await page.waitForURL((u) => u.searchParams.get('sort') === '-title');
    expect(await titles()).toEqual([otherTitle, title]);
    expect(await table.getByRole('columnheader', { name: /Titel/ }).getAttribute('aria-sort')).toBe('descending');
    await page.getByLabel('Status').selectOption({ label: 'eingestellt' });
    await page.waitForURL((u) => u.searchParams.get('status') === 'stopped');
    await page.getByRole('table', { name: '1 Projekt' }).getByRole('rowheader', { name: otherTitle }).waitFor();
    await screens(page, 'tabelle');
    const list = await api.get<ProjectSummary[]>(`/api/projects?q=${stamp}&status=stopped`);
    expect(list.map((p) => p.title)).toEqual([otherTitle]);
  });

  it('lets the committee read a project, without any way to change it', async () => {
    await signIn(page, base, 'committee@demo.invalid');
    await page.goto(`${base}/projekte/${projectId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('main').locator('.kern-alert--warning').filter({ hasText: 'Kein Bedarf von Betroffenen' }).waitFor();
    await page.getByText(professionalNeed).waitFor();
    await page.getByRole('article', { name: String(thisYear) }).getByText('Jede Woche kamen zehn bis fünfzehn Eltern.').waitFor();
    expect(await page.getByRole('link', { name: professionalNeed }).count()).toBe(0);
    // Attachments are the teams' files: the committee sees neither them nor their names.
    expect(await page.getByRole('heading', { name: 'Anlagen' }).count()).toBe(0);
    expect(await page.getByText('Protokoll Auftakt.pdf').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Projekt bearbeiten' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Starten|Abschließen|Einstellen|Hochladen|Entfernen|speichern|Löschen|Mittel binden/ }).count()).toBe(0);
    expect(await page.getByRole('form').count()).toBe(0);
    await page.getByRole('heading', { level: 2, name: 'Geld' }).waitFor();
    await screens(page, 'ausschuss');

    await page.goto(`${base}/projekte`);
    await page.getByRole('heading', { level: 1, name: 'Projekte und Maßnahmen' }).waitFor();
    expect(await page.getByRole('link', { name: 'Neues Projekt' }).count()).toBe(0);
    await page.goto(`${base}/projekte/${projectId}/bearbeiten`);
    await page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' }).waitFor();
  });

  it('lets the head of department delete a project after a confirmation', async () => {
    await signIn(page, base, 'head_of_department@demo.invalid');
    await page.goto(`${base}/projekte/${otherId}`);
    await page.getByRole('heading', { level: 1, name: otherTitle }).waitFor();
    await page.getByRole('button', { name: 'Löschen …' }).click();
    const confirm = page.getByRole('group', { name: `„${otherTitle}“ endgültig löschen?` });
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Projekte und Maßnahmen' }).waitFor();
    await page.getByText('Das Projekt wurde gelöscht.').waitFor();
    expect((await page.request.get(`${base}/api/projects/${otherId}`)).status()).toBe(404);
  });
});
