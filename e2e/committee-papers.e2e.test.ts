import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consultationRoleLabels, consultationRoles, type Committee, type CommitteeMeeting, type Paper, type PaperContent, type PaperSummary } from '../common/api/committee-papers';
import { formatEuroProse } from '../common/budget-terms';
import { openDemoInBrowser, seriousViolations, signIn, type DemoInBrowser } from './browser';

const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(new Date()));

/** An instant as Berlin's "2026-03-05 17:00". */
const berlinClock = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/** axe at the desktop and the phone width, and screenshots of both to look at. */
async function screens(page: Page, name: string): Promise<void> {
  const dir = path.join('.tmp', 'screens');
  fs.mkdirSync(dir, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    expect(await seriousViolations(page), `${name} at ${width}`).toEqual([]);
    await page.screenshot({ path: path.join(dir, `committee-papers-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// Committee papers (Vorlagen) in the browser: the head of department opens the demo's draft report paper and finds the
// Beschlussvorschlag and the Finanzielle Auswirkung computed from the budget (21.840 € per space); changes a role in
// the Beratungsfolge; plans a committee meeting in Berlin time; creates a paper whose reference is taken (the German
// message at the field), then with a free one, and publishes it; deletes a draft. The committee reads everything
// without a way to change it. Expected figures come from the API.
describe('committee papers (Vorlagen) in the browser', () => {
  let demo: DemoInBrowser;
  let base: string;
  let page: Page;
  let draft: Paper;
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    demo = await openDemoInBrowser('committee-papers');
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
  const post = (url: string, data: unknown) => page.request.post(`${base}${url}`, { data, headers: { origin: base } });

  it('opens the demo’s draft paper from the list, with the amounts from the budget', async () => {
    await signIn(page, base, 'head_of_department@demo.invalid');
    const papers = await get<PaperSummary[]>('/api/papers');
    const drafts = papers.filter((p) => p.publishedAt === null);
    expect(drafts.length, 'the demo has a draft paper').toBeGreaterThan(0);
    draft = await get<Paper>(`/api/papers/${drafts[0]?.id}`);

    await page.goto(`${base}/`);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Vorlagen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Vorlagen' }).waitFor();
    const list = page.getByRole('table', { name: 'Vorlagen, die neueste zuerst' });
    const row = list.getByRole('row', { name: new RegExp(`^${draft.reference.replace(/[/]/g, '\\/')} `) });
    // The list is loaded once the draft's row is there; only then are its rows counted.
    await row.getByText('Entwurf').waitFor();
    expect(await list.getByRole('row').count()).toBe(papers.length + 1);
    await screens(page, 'liste');
    await row.getByRole('link', { name: draft.reference }).click();

    await page.getByRole('heading', { level: 1, name: draft.name }).waitFor();
    const content = await get<PaperContent>(`/api/papers/${draft.id}/content`);
    // The demo city plans 21.840 € in every space (issue 8); the page must show what the budget lines add up to.
    expect(content.financialImpact.perSpaceCents).toBe(2_184_000);
    const resolution = page.getByRole('region', { name: 'Beschlussvorschlag' });
    await resolution.getByText(/jährlich 21\.840 € pro Sozialraum/).waitFor();
    const resolutionText = await resolution.innerText();
    expect(resolutionText).toContain('21.840');
    expect(resolutionText).toContain('pro Sozialraum');
    expect(resolutionText).toContain(content.resolutionProposal);

    const impact = page.getByRole('region', { name: 'Finanzielle Auswirkung' });
    const perSpace = impact.getByRole('table', { name: 'Mittel je Sozialraum und Jahr' });
    expect(content.financialImpact.spaces.length).toBeGreaterThan(1);
    for (const space of content.financialImpact.spaces) {
      expect(formatEuroProse(space.plannedCents)).toBe('21.840 €');
      await perSpace.getByRole('row', { name: new RegExp(`^${space.name} `) }).getByRole('cell', { name: formatEuroProse(space.plannedCents), exact: true }).waitFor();
    }
    await perSpace.getByRole('row', { name: /^Summe/ }).getByRole('cell', { name: formatEuroProse(content.financialImpact.totalCents), exact: true }).waitFor();
    for (const code of content.financialImpact.accountCodes) await impact.getByText(code).first().waitFor();

    // The head of the paper and the Beratungsfolge as the council system shows them.
    await page.getByText(draft.responsibleUnitName, { exact: true }).first().waitFor();
    const consultations = page.getByRole('table', { name: 'Beratungsfolge' });
    expect(await consultations.getByRole('row').count()).toBe(draft.consultations.length + 1);
    for (const c of draft.consultations) {
      await consultations.getByRole('row', { name: new RegExp(`^${c.committeeName} .*${consultationRoleLabels[c.role]}$`) }).waitFor();
    }
    // The Anlage links the report page of the paper's year and its downloads; the paper's own downloads.
    const attachment = page.getByRole('region', { name: 'Anlage' });
    const reportLink = await attachment.getByRole('link', { name: /im Browser ansehen$/ }).getAttribute('href');
    expect(reportLink).toBe(`/bericht?jahr=${draft.year}${draft.spaceId ? `&spaceId=${draft.spaceId}` : ''}`);
    expect(await attachment.getByRole('link', { name: 'Bericht als PDF' }).getAttribute('href')).toBe(`/api/annual-report/${draft.year}/export?format=pdf${draft.spaceId ? `&spaceId=${draft.spaceId}` : ''}`);
    const downloads = page.getByRole('region', { name: 'Herunterladen' });
    for (const [label, format] of [['PDF', 'pdf'], ['Word (DOCX)', 'docx'], ['HTML', 'html'], ['OParl (JSON)', 'oparl']]) {
      const href = await downloads.getByRole('link', { name: `Vorlage als ${label}` }).getAttribute('href');
      expect(href).toBe(`/api/papers/${draft.id}/export?format=${format}`);
    }
    const pdf = await page.request.get(`${base}/api/papers/${draft.id}/export?format=pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await screens(page, 'vorlage');
    // The report page of that year leads back to its paper.
    await page.goto(`${base}${reportLink}`);
    await page.getByRole('link', { name: `Vorlage ${draft.reference} zu diesem Bericht` }).click();
    await page.getByRole('heading', { level: 1, name: draft.name }).waitFor();
  });

  it('changes the role of a committee in the Beratungsfolge of the draft', async () => {
    await page.getByRole('link', { name: 'Bearbeiten', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `${draft.reference} bearbeiten` }).waitFor();
    expect(await page.getByLabel('Drucksachennummer').inputValue()).toBe(draft.reference);
    const first = page.getByRole('group', { name: 'Beratung 1' });
    const role = first.getByLabel('Rolle');
    expect(await role.inputValue()).toBe(draft.consultations[0]?.role);
    const newRole = consultationRoles.find((r) => r !== draft.consultations[0]?.role) ?? 'preliminary';
    await role.selectOption({ label: consultationRoleLabels[newRole] });
    await screens(page, 'bearbeiten');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();

    await page.getByRole('status').filter({ hasText: 'Die Änderungen wurden gespeichert.' }).waitFor();
    const committee = draft.consultations[0]?.committeeName ?? '';
    await page.getByRole('table', { name: 'Beratungsfolge' }).getByRole('row', { name: new RegExp(`^${committee} .*${consultationRoleLabels[newRole]}$`) }).waitFor();
    const saved = await get<Paper>(`/api/papers/${draft.id}`);
    expect(saved.consultations.map((c) => [c.committeeId, c.role])).toEqual(draft.consultations.map((c, i) => [c.committeeId, i === 0 ? newRole : c.role]));
    expect(saved.consultations[0]?.authoritative).toBe(newRole === 'decision');
    draft = saved;
  });

  it('plans a committee meeting in Berlin time', async () => {
    await page.goto(`${base}/gremien`);
    await page.getByRole('heading', { level: 1, name: 'Gremien und Sitzungen' }).waitFor();
    const committees = await get<Committee[]>('/api/committees');
    const jha = committees.find((c) => c.kind === 'committee' && c.name === 'Jugendhilfeausschuss');
    expect(jha, 'the demo has the Jugendhilfeausschuss').toBeDefined();
    const table = page.getByRole('table', { name: 'Gremien und Verwaltungsbereiche' });
    for (const c of committees) await table.getByRole('row', { name: new RegExp(`^${c.name} `) }).waitFor();
    // The committee that meets most is shown first: in the demo the Jugendhilfeausschuss.
    expect(await page.getByLabel('Sitzungen von').inputValue()).toBe(jha?.id);
    expect(await page.getByLabel('Jahr', { exact: true }).inputValue()).toBe(String(thisYear));
    await page.getByLabel('Jahr', { exact: true }).selectOption({ label: String(thisYear - 1) });
    const lastYear = page.getByRole('table', { name: `Sitzungen: ${jha?.name}, ${thisYear - 1}, die neueste zuerst` });
    const heldLastYear = (await get<CommitteeMeeting[]>(`/api/committee-meetings?committeeId=${jha?.id}`)).filter((m) => berlinClock(m.startsAt).startsWith(`${thisYear - 1}-`));
    expect(heldLastYear.length, `the demo's ${jha?.name} met in ${thisYear - 1}`).toBeGreaterThan(0);
    await lastYear.getByRole('row').nth(heldLastYear.length).waitFor();
    expect(await lastYear.getByRole('row').count()).toBe(heldLastYear.length + 1);
    await screens(page, 'gremien');

    await page.getByRole('button', { name: 'Sitzung anlegen' }).click();
    const form = page.getByRole('form', { name: 'Sitzung anlegen' });
    const name = `Sondersitzung ${stamp}`;
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Datum').fill(`${thisYear + 1}-03-04`);
    await form.getByLabel('Beginn').fill('17:00');
    await form.getByLabel('Ende').fill('19:30');
    await form.getByLabel('Ort').fill('Rathaus, Sitzungsraum 2');
    await screens(page, 'sitzung-formular');
    await form.getByRole('button', { name: 'Sitzung anlegen' }).click();
    await page.getByRole('status').filter({ hasText: `Die Sitzung „${name}“ wurde angelegt.` }).waitFor();
    const row = page.getByRole('table', { name: `Sitzungen: ${jha?.name}, ${thisYear + 1}, die neueste zuerst` }).getByRole('row', { name: new RegExp(`^${name} `) });
    await row.getByText(`04.03.${thisYear + 1}, 17:00–19:30 Uhr`).waitFor();
    const meetings = await get<CommitteeMeeting[]>(`/api/committee-meetings?committeeId=${jha?.id}`);
    const meeting = meetings.find((m) => m.name === name);
    expect(meeting?.startsAt && berlinClock(meeting.startsAt)).toBe(`${thisYear + 1}-03-04 17:00`);
    expect(meeting?.endsAt && berlinClock(meeting.endsAt)).toBe(`${thisYear + 1}-03-04 19:30`);
  });

  it('refuses a reference that is taken, at the field and in German, and creates and publishes the paper with a free one', async () => {
    const before = await get<PaperSummary[]>('/api/papers');
    await page.goto(`${base}/vorlagen`);
    await page.getByRole('link', { name: 'Neue Vorlage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neue Vorlage' }).waitFor();
    const year = thisYear - 1;
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe(`Bericht zur Sozialraumorientierung ${year}`);
    expect(await page.getByLabel('Art der Vorlage').inputValue()).toBe('Berichtsvorlage');
    expect(await page.getByLabel('Berichtsjahr').inputValue()).toBe(String(year));
    // Last year's report paper is preselected as related paper.
    const previous = before.filter((p) => p.year === year - 1).sort((a, b) => b.date.localeCompare(a.date))[0];
    expect(previous, `the demo has a paper for ${year - 1}`).toBeDefined();
    const related = page.getByRole('group', { name: 'Bezug auf andere Vorlagen' });
    expect(await related.getByRole('checkbox', { name: new RegExp(`^${previous?.reference.replace(/[/]/g, '\\/')} `) }).isChecked()).toBe(true);
    expect(await related.getByRole('checkbox', { checked: true }).count()).toBe(1);

    await page.getByLabel('Drucksachennummer').fill(draft.reference);
    // Zuständig is the unit of the newest paper.
    expect(before[0]?.id).toBe(draft.id);
    expect(await page.getByLabel('Zuständig').inputValue()).toBe(draft.responsibleUnitId);
    // The Beratungsfolge: the JHA decides; the Sozialausschuss, added after it, is heard first.
    await page.getByRole('button', { name: 'Gremium hinzufügen' }).click();
    const first = page.getByRole('group', { name: 'Beratung 1' });
    await first.getByLabel('Gremium').selectOption({ label: 'Jugendhilfeausschuss' });
    expect(await first.getByLabel('Rolle').inputValue()).toBe('decision');
    await page.getByRole('button', { name: 'Gremium hinzufügen' }).click();
    const second = page.getByRole('group', { name: 'Beratung 2' });
    expect(await second.getByLabel('Gremium').evaluate((el) => el === document.activeElement)).toBe(true);
    await second.getByLabel('Gremium').selectOption({ label: 'Sozialausschuss' });
    expect(await second.getByLabel('Rolle').inputValue()).toBe('preliminary');
    await second.getByLabel('Rolle').selectOption({ label: 'Anhörung' });
    await second.getByRole('button', { name: 'Beratung 2: Nach oben' }).click();
    expect(await first.getByLabel('Gremium').inputValue()).toBe((await get<Committee[]>('/api/committees')).find((c) => c.name === 'Sozialausschuss')?.id);
    // The moved row's other button keeps the focus (its own is gone at the top).
    expect(await first.getByRole('button', { name: 'Beratung 1: Nach unten' }).evaluate((el) => el === document.activeElement)).toBe(true);
    // A placeholder is put where the caret is.
    const template = page.getByLabel('Beschlussvorschlag (Vorlage)');
    await template.fill('Der Ausschuss beschließt für  die Mittel.');
    await template.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(29, 29));
    await page.getByRole('button', { name: 'Platzhalter {folgejahr} einfügen' }).click();
    expect(await template.inputValue()).toBe('Der Ausschuss beschließt für {folgejahr} die Mittel.');
    await screens(page, 'neu');
    await page.getByRole('button', { name: 'Vorlage anlegen' }).click();

    const field = page.getByLabel('Drucksachennummer');
    await page.locator('#paper-reference-error').getByText(`Die Drucksachennummer „${draft.reference}“ ist schon vergeben`).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toContain('paper-reference-error');
    await page.getByRole('alert').getByRole('link', { name: /^Drucksachennummer: Die Drucksachennummer/ }).waitFor();
    expect((await get<PaperSummary[]>('/api/papers')).length).toBe(before.length);
    await screens(page, 'neu-fehler');

    const reference = `B ${String(thisYear).slice(2)}/9${stamp.slice(-3)}`;
    await field.fill(reference);
    await page.getByRole('button', { name: 'Vorlage anlegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Die Vorlage wurde angelegt.' }).waitFor();
    await page.getByRole('heading', { level: 1, name: `Bericht zur Sozialraumorientierung ${year}` }).waitFor();
    const created = (await get<PaperSummary[]>('/api/papers')).find((p) => p.reference === reference);
    expect(created).toBeDefined();
    const paper = await get<Paper>(`/api/papers/${created?.id}`);
    expect(paper.relatedPapers.map((r) => r.id)).toEqual([previous?.id]);
    expect(paper.resolutionTemplate).toBe('Der Ausschuss beschließt für {folgejahr} die Mittel.');
    expect(paper.consultations.map((c) => [c.committeeName, c.role, c.authoritative])).toEqual([
      ['Sozialausschuss', 'hearing', false],
      ['Jugendhilfeausschuss', 'decision', true],
    ]);
    await page.getByRole('region', { name: 'Beschlussvorschlag' }).getByText(`Der Ausschuss beschließt für ${year + 1} die Mittel.`).waitFor();

    await page.getByRole('button', { name: 'Veröffentlichen …' }).click();
    await page.getByRole('group', { name: `Vorlage ${reference} jetzt veröffentlichen?` }).waitFor();
    await page.getByRole('button', { name: 'Endgültig veröffentlichen' }).click();
    await page.getByRole('status').filter({ hasText: `Die Vorlage ${reference} ist veröffentlicht.` }).waitFor();
    expect(await page.getByRole('link', { name: `Vorlage ${reference} in OParl` }).getAttribute('href')).toBe(`/oparl/paper/${paper.id}`);
    expect(await page.getByRole('link', { name: 'Bearbeiten', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Veröffentlichen|Löschen) …$/ }).count()).toBe(0);
    expect((await get<Paper>(`/api/papers/${paper.id}`)).publishedAt).not.toBeNull();
  });

  it('deletes a draft after asking', async () => {
    const reference = `B ${String(thisYear).slice(2)}/8${stamp.slice(-3)}`;
    const response = await post('/api/papers', { reference, name: `Entwurf ${stamp}`, paperType: 'Mitteilungsvorlage', date: `${thisYear}-01-15`, year: thisYear - 1, responsibleUnitId: draft.responsibleUnitId });
    expect(response.status(), await response.text()).toBe(201);
    const created = (await response.json()) as Paper;
    await page.goto(`${base}/vorlagen/${created.id}`);
    await page.getByRole('heading', { level: 1, name: `Entwurf ${stamp}` }).waitFor();
    await page.getByRole('button', { name: 'Löschen …' }).click();
    await page.getByRole('button', { name: 'Endgültig löschen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vorlagen' }).waitFor();
    await page.getByRole('status').filter({ hasText: `Der Entwurf ${reference} wurde gelöscht.` }).waitFor();
    expect((await page.request.get(`${base}/api/papers/${created.id}`)).status()).toBe(404);
  });

  it('lets the committee read papers and committees without any way to change them', async () => {
    await signIn(page, base, 'committee@demo.invalid');
    await page.goto(`${base}/vorlagen`);
    await page.getByRole('table', { name: 'Vorlagen, die neueste zuerst' }).waitFor();
    expect(await page.getByRole('link', { name: 'Neue Vorlage' }).count()).toBe(0);
    await screens(page, 'ausschuss-liste');

    await page.getByRole('link', { name: draft.reference, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: draft.name }).waitFor();
    await page.getByRole('region', { name: 'Beschlussvorschlag' }).getByText(/pro Sozialraum/).waitFor();
    expect(await page.getByRole('link', { name: 'Bearbeiten', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button').filter({ hasText: /Bearbeiten|Veröffentlichen|Löschen/ }).count()).toBe(0);
    await screens(page, 'ausschuss-vorlage');

    await page.goto(`${base}/vorlagen/${draft.id}/bearbeiten`);
    await page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' }).waitFor();
    const refused = await post(`/api/papers/${draft.id}/publish`, {});
    expect(refused.status()).toBe(403);

    await page.goto(`${base}/gremien`);
    await page.getByRole('table', { name: 'Gremien und Verwaltungsbereiche' }).waitFor();
    await page.getByRole('table', { name: /^Sitzungen: / }).waitFor();
    expect(await page.getByRole('button').filter({ hasText: /Bearbeiten|anlegen/ }).count()).toBe(0);
    await screens(page, 'ausschuss-gremien');
  });
});
