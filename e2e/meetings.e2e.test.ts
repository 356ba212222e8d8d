import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseConsultation } from '../common/api/case-consultations';
import type { MeetingDetail } from '../common/api/meetings';
import { openDemoInBrowser, seriousViolations, signIn, type DemoInBrowser } from './browser';

type Space = { id: string; name: string };

const berlinDay = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 86_400_000));

/** An instant as Berlin's "2026-03-04 16:00". */
const berlinClock = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/** axe at the desktop and the phone width, and screenshots of both to look at. */
async function screens(page: Page, name: string): Promise<void> {
  const dir = path.join('.tmp', 'screens');
  fs.mkdirSync(dir, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    expect(await seriousViolations(page), `${name} at ${width}`).toEqual([]);
    await page.screenshot({ path: path.join(dir, `meetings-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// Network meetings and collegial consultations in the browser: a team member plans a meeting with the rotation's
// suggestion, adds an agenda item and a task, marks it held with attendance, starts a project draft; subscribes to the
// calendar (fetched without any cookie); records a consultation without a residential provider; a case note with a
// name is refused at the field; the committee sees the figures only. The test makes its own data.
describe('network meetings and collegial consultations in the browser', () => {
  let demo: DemoInBrowser;
  let base: string;
  let page: Page;
  let space: Space;
  let meetingId = '';
  const stamp = Date.now().toString(36);
  const title = `Netzwerktreffen ${stamp}`;
  const needText = `Eltern sagen ${stamp}: Es fehlt ein Treffpunkt am Nachmittag.`;
  const projectTitle = `Elterntreff ${stamp}`;
  const caseNote = `Schulprobleme ${stamp}, Angebot der Jugendarbeit passt`;

  beforeAll(async () => {
    demo = await openDemoInBrowser('meetings');
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

  it('plans a meeting: the rotation suggests and preselects the next organiser, organisations are invited by type', async () => {
    await signIn(page, base, 'team_member@demo.invalid');
    const mine = await api.get<{ spaceIds: string[] }>('/api/needs/my-spaces');
    const spaces = await api.get<Space[]>('/api/social-spaces');
    const found = spaces.find((s) => mine.spaceIds.includes(s.id));
    expect(found, 'the team member is on the team of a demo space').toBeDefined();
    space = found ?? { id: '', name: '' };
    const topics = await api.get<{ id: string }[]>('/api/topics');
    await api.post('/api/needs', { spaceId: space.id, topicIds: topics.slice(0, 1).map((t) => t.id), source: 'meeting', voice: 'affected', text: needText });

    await page.goto(`${base}/`);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Treffen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Netzwerktreffen' }).waitFor();
    await page.getByRole('heading', { name: /^Anstehende Treffen/ }).waitFor();
    await screens(page, 'liste');
    await page.getByRole('link', { name: 'Neues Treffen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neues Treffen' }).waitFor();
    const form = page.getByRole('form', { name: 'Neues Treffen' });

    // Nothing filled in: the summary names the problems and links to the fields.
    await form.getByRole('button', { name: 'Treffen planen' }).click();
    const summary = form.getByRole('alert').filter({ hasText: 'Nicht gespeichert' });
    await summary.getByRole('link', { name: 'Titel: Bitte einen Titel mit mindestens 3 Zeichen angeben.' }).waitFor();
    await summary.getByRole('link', { name: 'Sozialräume: Bitte mindestens einen Sozialraum wählen.' }).waitFor();
    await summary.getByRole('link', { name: 'Datum: Bitte das Datum angeben.' }).waitFor();
    expect(await form.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Titel').fill(title);
    await form.getByRole('group', { name: 'Sozialräume' }).getByLabel(space.name, { exact: true }).check();
    // Yesterday, so that it can be marked as held below.
    await form.getByLabel('Datum').fill(berlinDay(-1));
    await form.getByLabel('Beginn').fill('16:00');
    await form.getByLabel('Ende').fill('18:00');
    await form.getByRole('textbox', { name: 'Ort (optional)' }).fill('Familienzentrum Am Markt, Raum 2');
    const organizers = form.getByRole('group', { name: 'Organisation des Treffens' });
    const suggestion = organizers.locator('p', { hasText: 'Vorschlag:' });
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toMatch(/Vorschlag: .+ \((zuletzt organisiert am \d{2}\.\d{2}\.\d{4}, \d+-mal|hat noch nie organisiert)\)/);
    await expect.poll(() => organizers.getByRole('checkbox', { checked: true }).count()).toBe(1);
    const types = form.getByRole('group', { name: 'Alle Organisationen dieser Arten einladen' });
    await types.getByRole('checkbox').first().check();
    await form.getByText(/Damit sind \d+ Organisationen eingeladen\./).waitFor();
    await screens(page, 'formular');
    await form.getByRole('button', { name: 'Treffen planen' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Das Treffen wurde angelegt.').waitFor();
    meetingId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const detail = await api.get<MeetingDetail>(`/api/meetings/${meetingId}`);
    expect(detail).toMatchObject({ state: 'planned', title, place: 'Familienzentrum Am Markt, Raum 2', editable: true });
    expect(detail.organizers).toHaveLength(1);
    expect(detail.invitedOrganizations.length).toBeGreaterThan(0);
    expect(berlinClock(detail.startsAt)).toBe(`${berlinDay(-1)} 16:00`);
    expect(berlinClock(detail.endsAt)).toBe(`${berlinDay(-1)} 18:00`);
    // The invitation is ready to copy, with a mailto link.
    const invitation = page.getByRole('region', { name: 'Einladung' });
    expect(await invitation.getByLabel('Einladungstext').inputValue()).toContain(title);
    expect(await invitation.getByRole('link', { name: 'Im E-Mail-Programm öffnen' }).getAttribute('href')).toMatch(/^mailto:/);

    // The room changes: the facts are edited in place.
    await page.getByRole('button', { name: 'Zeit, Ort oder Titel ändern' }).click();
    const edit = page.getByRole('form', { name: 'Angaben zum Treffen ändern' });
    expect(await edit.getByLabel('Beginn').inputValue()).toBe('16:00');
    await edit.getByRole('textbox', { name: 'Ort (optional)' }).fill('Familienzentrum Am Markt, Raum 3');
    await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByText('Die Angaben wurden gespeichert.').waitFor();
    await page.getByRole('definition').filter({ hasText: 'Familienzentrum Am Markt, Raum 3' }).waitFor();
  });

  it('adds an agenda item with a need and a task, marks the meeting held and records the attendance', async () => {
    const agenda = page.getByRole('region', { name: 'Tagesordnung' });
    const add = agenda.getByRole('form', { name: 'Tagesordnungspunkt hinzufügen' });
    await add.getByLabel('Thema').fill('Treffpunkt für Eltern am Nachmittag');
    await add.getByLabel('Eingebracht von').selectOption({ index: 1 });
    await add.getByLabel('Bedarfe suchen').fill(stamp);
    await add.getByRole('checkbox', { name: needText }).check();
    await add.getByRole('button', { name: 'Punkt hinzufügen' }).click();
    await agenda.getByRole('heading', { name: '1. Treffpunkt für Eltern am Nachmittag' }).waitFor();
    await agenda.getByRole('link', { name: needText }).waitFor();
    await agenda.getByRole('listitem').getByText(/^Eingebracht von /).waitFor();

    const decisions = page.getByRole('region', { name: 'Beschlüsse und Aufgaben' });
    const decide = decisions.getByRole('form', { name: 'Beschluss festhalten' });
    await decide.getByRole('radio', { name: 'Aufgabe' }).check();
    await decide.getByRole('textbox', { name: 'Aufgabe' }).fill('Räume im Familienzentrum anfragen');
    await decide.getByLabel('Wer übernimmt sie?').selectOption({ index: 1 });
    await decide.getByLabel('Erledigt bis').fill(berlinDay(14));
    await decide.getByRole('button', { name: 'Festhalten' }).click();
    await decide.getByText('Aufgabe festgehalten.').waitFor();
    await decisions.getByRole('listitem').filter({ hasText: 'Räume im Familienzentrum anfragen' }).getByText(/· offen$/).waitFor();

    const state = page.getByRole('region', { name: 'Status' });
    await state.getByRole('button', { name: 'Hat stattgefunden' }).click();
    await state.getByText('Status geändert: stattgefunden.').waitFor();
    expect(await state.getByRole('button').count()).toBe(0);
    const attendance = page.getByRole('form', { name: 'Teilnahme erfassen' });
    const counts = attendance.locator('input[id^="attendance-count-"]');
    await counts.first().fill('5');
    await attendance.getByLabel('Gäste ohne Organisation').fill('2');
    await attendance.getByRole('button', { name: 'Teilnahme speichern' }).click();
    await attendance.getByText('Die Teilnahme wurde gespeichert.').waitFor();
    await page.getByText('7 Teilnehmende: 5 aus 1 Organisation, 2 Gäste ohne Organisation.').waitFor();
    await screens(page, 'treffen');
    const detail = await api.get<MeetingDetail>(`/api/meetings/${meetingId}`);
    expect(detail.state).toBe('held');
    expect(detail.attendance.map((a) => a.headCount)).toEqual([5]);
    expect(detail.guestCount).toBe(2);
    expect(detail.agenda[0]?.needIds).toHaveLength(1);
    expect(detail.decisions.map((d) => d.kind)).toEqual(['task']);
  });

  it('starts a project draft from a decision and follows the link to the new project', async () => {
    const decide = page.getByRole('form', { name: 'Beschluss festhalten' });
    await decide.getByRole('radio', { name: 'Projektentwurf' }).check();
    await decide.getByLabel('Worum es geht').fill('Ein offener Treffpunkt für Eltern am Nachmittag.');
    await decide.getByLabel('Titel des Projekts').fill(projectTitle);
    await decide.getByRole('button', { name: 'Festhalten' }).click();
    await decide.getByText('Projektentwurf festgehalten.').waitFor();
    await page.getByRole('region', { name: 'Beschlüsse und Aufgaben' }).getByRole('link', { name: 'Zum Projekt' }).click();
    await page.getByRole('heading', { level: 1, name: projectTitle }).waitFor();
  });

  it('subscribes to the space calendar: the address works without a cookie, and not after revoking', async () => {
    await page.goto(`${base}/treffen/${meetingId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const feeds = page.getByRole('region', { name: 'Kalender abonnieren' });
    expect(await feeds.getByLabel('Welche Termine?').inputValue()).toBe(`space:${space.id}`);
    await feeds.getByRole('button', { name: 'Kalender-Adresse erzeugen' }).click();
    const url = await feeds.getByLabel(/^Adresse für/).inputValue();
    expect(url).toMatch(/\/api\/calendar\.ics\?token=/);
    await feeds.getByText('Outlook:', { exact: false }).waitFor();
    await screens(page, 'kalender');
    const token = new URL(url).searchParams.get('token') ?? '';
    // A calendar program: no cookie, just the address (the server's public address may differ from the test port).
    const calendar = await fetch(`${base}/api/calendar.ics?token=${encodeURIComponent(token)}`);
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await calendar.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${title}`);

    const feed = feeds.locator('li').filter({ hasText: `Netzwerktreffen ${space.name}` });
    await feed.getByRole('button', { name: /^Widerrufen/ }).click();
    await feed.getByText(/widerrufen am/).waitFor();
    expect((await fetch(`${base}/api/calendar.ics?token=${encodeURIComponent(token)}`)).status).not.toBe(200);
  });

  it('records a consultation without a residential provider: a named case is refused at the field, then the missing role is flagged', async () => {
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Treffen' }).click();
    await page.getByRole('navigation', { name: 'Treffen und Beratungen' }).getByRole('link', { name: 'Kollegiale Beratung' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kollegiale Beratung' }).waitFor();
    await page.getByRole('link', { name: 'Neue Beratung' }).click();
    const form = page.getByRole('form', { name: 'Neue Beratung' });
    await form.getByLabel('Sozialraum').selectOption(space.id);
    for (const role of ['ASD-Fachkraft', 'Fachbereichsleitung', 'Koordination OKJA', 'Freier Träger ambulant']) {
      await form.getByRole('checkbox', { name: new RegExp(`^${role}`) }).check();
    }
    await form.getByRole('button', { name: 'Fall hinzufügen' }).click();
    await form.getByLabel('Hilfe, die sich ergeben hat').selectOption('outpatient');
    await form.getByLabel('Niedrigschwelliges Angebot im Sozialraum gefunden').check();
    const note = form.getByLabel('Kurznotiz');
    await note.fill('Familie Müller aus der Lindenstraße 12 braucht Hilfe.');
    // The guard in the browser warns while typing ...
    await form.locator('#consultation-case-0-note-privacy').getByText('Bitte ohne persönliche Daten').waitFor();
    await screens(page, 'beratung-warnung');
    // ... and the server refuses it at the field.
    await form.getByRole('button', { name: 'Beratung speichern' }).click();
    const fieldError = form.locator('#consultation-case-0-note-error');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toContain('personenbezogene Daten');
    await form.getByRole('alert').getByRole('link', { name: /^Fall 1, Kurznotiz:/ }).waitFor();
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    const before = await api.get<CaseConsultation[]>(`/api/case-consultations?spaceId=${space.id}`);

    await note.fill(caseNote);
    await form.getByRole('button', { name: 'Beratung speichern' }).click();
    await page.getByText('Die Beratung wurde gespeichert.').waitFor();
    await page.getByText('fehlt: Freier Träger stationär').first().waitFor();
    await page.getByText(caseNote).waitFor();
    await screens(page, 'beratung');
    const after = await api.get<CaseConsultation[]>(`/api/case-consultations?spaceId=${space.id}`);
    expect(after.length).toBe(before.length + 1);
    const saved = after.find((c) => c.cases.some((x) => x.note === caseNote));
    expect(saved?.missingRoles).toContain('provider_residential');
    expect(JSON.stringify(after)).not.toContain('Müller');

    await page.getByRole('link', { name: 'Alle Beratungen' }).click();
    const table = page.getByRole('region', { name: 'Kollegiale Beratungen (neueste zuerst)' });
    await table.getByText('fehlt: Freier Träger stationär').first().waitFor();
    await screens(page, 'beratungen');

    // The space's page shows the last consultation with its missing role, and the way to the meetings.
    await page.goto(`${base}/sozialraeume/${space.id}`);
    const hub = page.getByRole('region', { name: 'Netzwerktreffen und Beratungen' });
    await hub.getByRole('heading', { name: 'Letzte Kollegiale Beratung' }).waitFor();
    await hub.getByText('fehlt: Freier Träger stationär').waitFor();
    await hub.getByRole('link', { name: 'Alle Netzwerktreffen dieses Sozialraums' }).waitFor();
    await screens(page, 'sozialraum');
  });

  it('shows the committee the figures of the consultations, but no notes and no list', async () => {
    await signIn(page, base, 'committee@demo.invalid');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Treffen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kollegiale Beratung' }).waitFor();
    await page.getByRole('list', { name: 'Zahlen der Kollegialen Beratung' }).waitFor();
    await page.getByRole('table', { name: 'Fälle nach der Hilfe, die sich ergab' }).waitFor();
    expect(await page.getByRole('link', { name: 'Neue Beratung' }).count()).toBe(0);
    expect(await page.getByRole('main').textContent()).not.toContain(caseNote);
    expect(await page.getByRole('region', { name: 'Kollegiale Beratungen (neueste zuerst)' }).count()).toBe(0);
    await screens(page, 'ausschuss');
    expect((await page.request.get(`${base}/api/case-consultations`)).status()).toBe(403);
    expect((await page.request.get(`${base}/api/meetings`)).status()).toBe(403);
  });
});
