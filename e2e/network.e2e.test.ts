import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoInBrowser, screenshot, seriousViolations, signIn, type DemoInBrowser } from './browser';

const teamNote = 'Team und Verträge sehen die Leitung und das Team dieses Sozialraums.';

// The network of actors on the demo city: who sees a space's team, a refused contract, the check of the model.
describe('network of actors in the browser: team visibility, contract conflict, network model check', () => {
  let demo: DemoInBrowser;
  let base: string;
  let page: Page;
  const spaceIds = new Map<string, string>();

  beforeAll(async () => {
    demo = await openDemoInBrowser('network');
    ({ base, page } = demo);
    const spaces = (await (await fetch(`${base}/api/social-spaces`)).json()) as { id: string; name: string }[];
    for (const space of spaces) spaceIds.set(space.name, space.id);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await demo?.close();
  });

  const spacePage = async (name: string) => {
    await page.goto(`${base}/sozialraeume/${spaceIds.get(name) ?? ''}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    // The organisations are public and come last of what everyone sees: once they are there, the page has settled.
    await page.getByRole('table', { name: `Organisationen in ${name}` }).waitFor();
  };

  it('shows the public no team and no contracts of a space, only its organisations', async () => {
    await spacePage('Garstedt');
    const organizations = page.getByRole('table', { name: 'Organisationen in Garstedt' });
    await organizations.getByRole('link', { name: 'Familienzentrum Garstedt', exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: 'Team', exact: true }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Verträge und Stellen' }).count()).toBe(0);
    expect(await page.getByText(teamNote).count()).toBe(0);
    expect(await page.getByText('Demo Sozialraumteam').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows a team member the team of their own space, and elsewhere only a note', async () => {
    await signIn(page, base, 'team_member@demo.invalid');
    await spacePage('Garstedt');
    await page.getByRole('heading', { level: 2, name: 'Team', exact: true }).waitFor();
    const team = page.getByRole('table', { name: 'Team von Garstedt heute' });
    await team.getByRole('rowheader', { name: 'Demo Sozialraumteam' }).waitFor();
    expect(await team.getByRole('row').filter({ hasText: 'Demo Sozialraumteam' }).textContent()).toContain('ASD-Fachkraft');
    await page.getByRole('table', { name: 'Verträge für Garstedt' }).waitFor();
    // Reading is not managing: no forms, no buttons to end or delete.
    expect(await page.getByRole('form', { name: 'Person aufnehmen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Beenden/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'netzwerk-team-garstedt');

    await spacePage('Harksheide');
    await page.getByText(teamNote).waitFor();
    expect(await page.getByText(teamNote).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Team', exact: true }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Verträge und Stellen' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses a second outpatient provider for a space with the German conflict message at the start date', async () => {
    await signIn(page, base, 'head_of_department@demo.invalid');
    await spacePage('Garstedt');
    const form = page.getByRole('form', { name: 'Vertrag anlegen' });
    await form.getByLabel('Organisation').selectOption({ label: 'Hilfen für Familien e. V.' });
    await form.getByLabel('Art', { exact: true }).selectOption({ label: 'ambulant' });
    // "Von" starts as today, when Ambulante Jugendhilfe Norderstedt holds the outpatient contract.
    await form.getByRole('button', { name: 'Vertrag anlegen' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Für diesen Sozialraum gibt es schon einen ambulanten Träger: Ambulante Jugendhilfe Norderstedt gGmbH');
    const from = form.getByLabel('Von');
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#contract-add-from-error').textContent()).toContain('schon einen ambulanten Träger');
    // Nothing was added.
    expect(await page.getByRole('table', { name: 'Verträge für Garstedt' }).getByRole('row').filter({ hasText: 'Hilfen für Familien' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'netzwerk-vertrag-konflikt');
  });

  it('shows on /netzwerk that Glashütte is below the family-centre minimum today, and the networker model in 2016', async () => {
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Netzwerk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisationsmodell' }).waitFor();
    const glashuette = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Glashütte' }) });
    await glashuette.waitFor();
    const text = await glashuette.textContent();
    expect(text).toContain('Hinweis');
    expect(text).toContain('Familienzentrum: 0,25 Stellen, mindestens 0,5 vorgesehen.');
    expect(await page.getByRole('status').filter({ hasText: /Am .* gilt/ }).textContent()).toContain('Netzwerkarbeit durch das ganze Sozialraumteam');
    await page.getByRole('table', { name: /^Kennzahlen je Sozialraum/ }).getByRole('rowheader', { name: 'Glashütte' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'netzwerk-heute');

    await page.getByLabel('Stichtag', { exact: true }).fill('2016-06-01');
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByText('Am 01.06.2016 galt').waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Am 01.06.2016 galt' }).textContent()).toContain('Netzwerker/in je Sozialraum');
    expect(await glashuette.textContent()).toContain('Keine ASD-Fachkraft im Team.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'netzwerk-2016-360');
  });
});
