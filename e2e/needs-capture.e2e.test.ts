import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie } from './app-server';
import { openDemoInBrowser, seriousViolations, signIn, type DemoInBrowser } from './browser';

type NeedSummary = { id: string; text: string; source: string; voice: string; language: string | null; spaceName: string; ageBands: string[] };
type NeedDetail = NeedSummary & {
  topics: { id: string; name: string }[];
  knownServices: { id: string; name: string }[];
  knowsNoOffers: boolean;
  requirements: { times: string[]; freeOfCharge: boolean; inclusive: boolean; languages: string[] };
  recordedBy: { userId: string | null; organizationName: string | null };
};

// Capturing needs in the browser: the anonymous form on a phone (privacy guard, thanks, Arabic right to left, the
// server's refusals) and the fast capture on a home visit on a tablet, on the demo city.
describe('capturing needs in the browser: public form with privacy guard, home visit, full form', () => {
  let demo: DemoInBrowser;
  let base: string;
  let adminCookie: string;
  let page: Page;

  const shot = async (name: string) => {
    fs.mkdirSync(path.join('.tmp', 'screens'), { recursive: true });
    await page.screenshot({ path: path.join('.tmp', 'screens', `${name}.png`), fullPage: true });
  };
  const asAdmin = async <T>(url: string): Promise<T> => {
    const response = await fetch(`${base}${url}`, { headers: { cookie: adminCookie } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as T;
  };
  const pendingNeeds = () => asAdmin<{ items: NeedSummary[]; total: number }>('/api/needs?review=pending&limit=200');
  const publicForm = () => page.getByRole('form', { name: 'Was fehlt Ihnen in Ihrem Stadtteil?' });
  const textArea = () => page.getByRole('textbox', { name: 'Was fehlt Ihnen hier?' });
  const warning = () => page.locator('#public-need-text-privacy');

  /** Types like a person pasting and sending at once: the text is set and the form submitted in one go. */
  const pasteAndSend = (text: string) =>
    page.evaluate((value) => {
      const area = document.querySelector<HTMLTextAreaElement>('#public-need-text');
      const form = area?.closest('form');
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      if (!area || !form || !setter) throw new Error('Formular nicht gefunden');
      setter.call(area, value);
      area.dispatchEvent(new Event('input', { bubbles: true }));
      form.requestSubmit();
    }, text);

  beforeAll(async () => {
    demo = await openDemoInBrowser('needs-capture');
    ({ base, page } = demo);
    adminCookie = await sessionCookie(base, 'admin@demo.invalid');
  });

  afterAll(async () => {
    await demo?.close();
  });

  it('warns about a name and a phone number while typing on a phone and does not send the text', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/bedarf`);
    await page.getByRole('heading', { level: 1, name: 'Was fehlt Ihnen in Ihrem Stadtteil?' }).waitFor();
    expect(await page.getByText('Schreiben Sie bitte keine Namen, keine Adressen und keine Telefonnummern.').count()).toBe(1);
    // The space on the map: a tap on a shape chooses it in the list as well.
    const shapes = page.locator('.app-public-need__map .leaflet-interactive');
    await shapes.first().waitFor();
    expect(await shapes.count()).toBe(5);
    await shapes.nth(1).dispatchEvent('click');
    const spaces = page.getByRole('group', { name: 'Um welchen Stadtteil geht es?' });
    await expect.poll(() => spaces.getByRole('radio', { checked: true }).count()).toBe(1);
    const chosen = await spaces.getByRole('radio', { checked: true }).getAttribute('id');
    const chosenName = await page.locator(`label[for="${chosen ?? ''}"]`).textContent();
    expect(await page.locator('.app-public-need__chosen').textContent()).toBe(`Gewählt: ${chosenName ?? ''}`);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('public-need-de-390');

    const before = (await pendingNeeds()).total;
    await textArea().fill('Frau Yılmaz sucht einen Elterntreff am Nachmittag, Rückruf unter 0171 2345678.');
    await expect.poll(() => warning().textContent()).toContain('Telefonnummer');
    const warned = (await warning().textContent()) ?? '';
    expect(warned).toContain('Yılmaz“ – Personenname');
    expect(warned).toContain('„0171 2345678“ – Telefonnummer');
    expect(await textArea().getAttribute('aria-invalid')).toBe('true');
    expect(await textArea().getAttribute('aria-describedby')).toContain('public-need-text-privacy');
    expect(await seriousViolations(page)).toEqual([]);
    await shot('public-need-de-warning-390');

    await publicForm().getByRole('button', { name: 'Absenden' }).click();
    const problems = page.getByRole('alert');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Bitte entfernen Sie zuerst die persönlichen Angaben aus Ihrem Text.');
    expect((await pendingNeeds()).total).toBe(before);
  });

  it('shows the server refusing personal data that was sent before the check in the browser ran', async () => {
    const before = (await pendingNeeds()).total;
    await textArea().fill('');
    await pasteAndSend('Familie Nowak braucht dringend Hilfe, Mail an nowak@example.org');
    const problems = page.getByRole('alert');
    await expect.poll(() => problems.textContent()).toContain('Enthält vermutlich personenbezogene Daten');
    expect(await problems.textContent()).toContain('nowak@example.org');
    // The guard in the browser names the same words a moment later.
    await expect.poll(() => warning().textContent()).toContain('E-Mail-Adresse');
    expect((await pendingNeeds()).total).toBe(before);
  });

  it('sends a clean text with age and what would help, and thanks the family', async () => {
    const before = (await pendingNeeds()).total;
    const text = 'Ein Treffpunkt für Eltern mit kleinen Kindern, wo man einfach vorbeikommen kann.';
    await textArea().fill(text);
    await expect.poll(() => warning().textContent()).toBe('');
    await page.getByRole('group', { name: /Für wen wäre das Angebot\?/ }).getByRole('checkbox', { name: '0–2 Jahre' }).click();
    await page.getByRole('group', { name: /Was wäre wichtig, damit Sie hingehen\?/ }).getByRole('checkbox', { name: 'nachmittags' }).click();
    await page.getByRole('group', { name: /Was wäre wichtig, damit Sie hingehen\?/ }).getByRole('checkbox', { name: 'kostenlos' }).click();
    const chosen = (await page.locator('.app-public-need__chosen').textContent())?.replace('Gewählt: ', '') ?? '';
    await publicForm().getByRole('button', { name: 'Absenden' }).click();
    const thanks = page.getByRole('heading', { level: 2, name: 'Vielen Dank!' });
    await thanks.waitFor();
    expect(await thanks.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.app-public-need__thanks').textContent()).toContain(`Das Team im Stadtteil ${chosen} liest ihn`);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('public-need-de-thanks-390');

    const pending = await pendingNeeds();
    expect(pending.total).toBe(before + 1);
    const stored = pending.items.find((n) => n.text === text);
    expect(stored).toMatchObject({ source: 'public_form', voice: 'affected', language: 'de', spaceName: chosen, ageBands: ['0-2'] });
    const detail = await asAdmin<NeedDetail>(`/api/needs/${stored?.id ?? ''}`);
    expect(detail.requirements).toMatchObject({ times: ['afternoon'], freeOfCharge: true });
    expect(detail.recordedBy).toMatchObject({ userId: null, organizationName: null });
  });

  it('switches to Arabic: the form is right to left and warns in Arabic', async () => {
    await page.getByRole('button', { name: 'Noch etwas melden' }).click();
    await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'العربية' }).click();
    await page.getByRole('heading', { level: 1, name: 'ما الذي ينقصك في حيّك؟' }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
    const container = page.locator('.app-public-need');
    expect(await container.getAttribute('dir')).toBe('rtl');
    expect(await container.getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.getByRole('form', { name: 'ما الذي ينقصك في حيّك؟' }).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.locator('.app-public-need__map .leaflet-interactive').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot('public-need-ar-390');

    await page.getByRole('textbox', { name: 'ما الذي ينقصك هنا؟' }).fill('Frau Yılmaz braucht Hilfe.');
    await expect.poll(() => warning().textContent()).toContain('اسم شخص');
    expect(await warning().textContent()).toContain('«');
    await shot('public-need-ar-warning-390');
    await page.getByRole('button', { name: 'إرسال' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('من فضلك احذف المعلومات الشخصية من النص أولًا.');
  });

  it('shows the rate limit of the public form in the chosen language', async () => {
    await page.goto(`${base}/bedarf?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'What is missing in your neighbourhood?' }).waitFor();
    const spaces = (await (await fetch(`${base}/api/social-spaces`)).json()) as { id: string; name: string }[];
    const space = spaces[0];
    if (!space) throw new Error('Keine Sozialräume in den Demodaten.');
    // Ten entries in ten minutes from one client are allowed (one was sent above); fill up the window.
    let status = 201;
    while (status === 201) {
      const response = await fetch(`${base}/api/public/needs`, {
        method: 'POST',
        headers: { origin: base, 'content-type': 'application/json' },
        body: JSON.stringify({ spaceId: space.id, text: 'Mehr Spielplätze im Viertel.' }),
      });
      status = response.status;
    }
    expect(status).toBe(429);
    await page.getByRole('group', { name: 'Which neighbourhood is it about?' }).getByRole('radio', { name: space.name, exact: true }).click();
    await page.getByRole('textbox', { name: 'What is missing for you here?' }).fill('A youth club that is open in the evening.');
    await expect.poll(() => warning().textContent()).toBe('');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('A lot of entries were sent just now.');
  });

  it('records a need on a home visit on a tablet in the three questions, and it is saved', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await signIn(page, base, 'team_member@demo.invalid');
    await page.goto(`${base}/bedarfe/hausbesuch`);
    await page.getByRole('heading', { level: 1, name: 'Bedarf beim Hausbesuch' }).waitFor();
    // The team member's only space is chosen already.
    const space = page.getByRole('group', { name: 'Sozialraum' });
    await space.getByRole('radio', { name: 'Garstedt', checked: true }).waitFor();
    expect(await space.getByRole('radio').count()).toBe(1);
    for (const question of ['1. Welche Angebote hier im Stadtteil kennen Sie?', '2. Was fehlt Ihnen hier?', '3. Wie müsste ein Angebot sein, damit Sie hingehen?']) {
      await page.getByRole('heading', { level: 2, name: question }).waitFor();
    }
    expect(await seriousViolations(page)).toEqual([]);
    await shot('home-visit-1024');

    // 1: the family names an offer; a word finds it among the space's offers.
    await page.getByRole('textbox', { name: 'Angebot suchen' }).fill('Familie');
    const offers = page.getByRole('group', { name: 'Genannte Angebote antippen' });
    await expect.poll(() => page.locator('.app-need-offers__status').textContent(), { timeout: 15_000 }).toMatch(/^\d+ Angebot(e)? zur Auswahl\.$/);
    const firstOffer = offers.getByRole('checkbox').first();
    const offerId = ((await firstOffer.getAttribute('id')) ?? '').replace('visit-known-', '');
    await firstOffer.click();
    expect(await firstOffer.isChecked()).toBe(true);

    // 2: in the family's words, then the topic and the age.
    const text = 'Ein Sportverein, in dem auch Kinder im Rollstuhl mitmachen können.';
    await page.getByRole('textbox', { name: 'Was fehlt? In den Worten der Familie' }).fill(text);
    const topics = page.getByRole('group', { name: 'Worum geht es?' });
    await topics.getByRole('checkbox', { name: 'Freizeit und Sport', exact: true }).click();
    await page.getByRole('group', { name: 'Genauer: Freizeit und Sport' }).getByRole('checkbox', { name: 'Sport', exact: true }).click();
    await page.getByRole('group', { name: /Für wen\?/ }).getByRole('checkbox', { name: '6–9 Jahre' }).click();

    // 3: what an offer would have to be like.
    await page.getByRole('group', { name: 'Wann hätten Sie Zeit?' }).getByRole('checkbox', { name: 'nachmittags' }).click();
    await page.getByRole('group', { name: 'Was muss sein, damit es klappt?' }).getByRole('checkbox', { name: 'kostenlos' }).click();
    await page.getByRole('group', { name: 'Was muss sein, damit es klappt?' }).getByRole('checkbox', { name: 'inklusiv, auch für Kinder mit Behinderung' }).click();
    await page.getByRole('button', { name: 'Bedarf speichern' }).click();

    const done = page.getByRole('heading', { level: 2, name: 'Bedarf gespeichert' });
    await done.waitFor();
    expect(await done.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('home-visit-saved-1024');
    const href = (await page.getByRole('link', { name: 'Gespeicherten Bedarf ansehen' }).getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/bedarfe\/[0-9a-f-]{36}$/);
    const response = await page.request.get(`${base}/api${href.replace('/bedarfe/', '/needs/')}`);
    expect(response.status()).toBe(200);
    const need = (await response.json()) as NeedDetail;
    expect(need).toMatchObject({ text, source: 'home_visit', voice: 'affected', spaceName: 'Garstedt', ageBands: ['6-9'], knowsNoOffers: false });
    expect(need.topics.map((t) => t.name).sort()).toEqual(['Freizeit und Sport', 'Sport']);
    expect(need.knownServices.map((s) => s.id)).toEqual([offerId]);
    expect(need.requirements).toMatchObject({ times: ['afternoon'], freeOfCharge: true, inclusive: true });
    expect(need.recordedBy.userId).not.toBeNull();

    // The next need: the same space, everything else empty.
    await page.getByRole('button', { name: 'Nächsten Bedarf erfassen' }).click();
    await page.getByRole('group', { name: 'Sozialraum' }).getByRole('radio', { name: 'Garstedt', checked: true }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Was fehlt? In den Worten der Familie' }).inputValue()).toBe('');
    expect(await page.getByRole('group', { name: 'Worum geht es?' }).getByRole('checkbox', { checked: true }).count()).toBe(0);
  });

  it('refuses a home visit text with a name in the browser and names it', async () => {
    const area = page.getByRole('textbox', { name: 'Was fehlt? In den Worten der Familie' });
    await area.fill('Herr Öztürk wünscht sich einen Jugendtreff.');
    await expect.poll(() => page.locator('#visit-text-privacy').textContent()).toContain('– Personenname');
    await page.getByRole('group', { name: 'Worum geht es?' }).getByRole('checkbox', { name: 'Offene Kinder- und Jugendarbeit', exact: true }).click();
    await page.getByRole('button', { name: 'Bedarf speichern' }).click();
    const problems = page.getByRole('alert');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Was fehlt: Bitte zuerst die markierten persönlichen Angaben entfernen.');
    expect(await page.getByRole('heading', { name: 'Bedarf gespeichert' }).count()).toBe(0);
  });

  it('offers every field on the full form, the case closure questions for a case closure, and checks before sending', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/bedarfe/neu`);
    await page.getByRole('heading', { level: 1, name: 'Neuer Bedarf' }).waitFor();
    await page.getByRole('button', { name: 'Bedarf speichern' }).waitFor();
    expect(await page.getByLabel('Sozialraum', { exact: true }).inputValue()).not.toBe('');
    expect(await page.getByRole('heading', { name: 'Nach dem Fallabschluss' }).count()).toBe(0);
    await page.getByLabel('Quelle', { exact: true }).selectOption({ label: 'Fallabschluss' });
    await page.getByRole('heading', { level: 2, name: 'Nach dem Fallabschluss' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot('new-need-1280');
    await page.getByRole('button', { name: 'Bedarf speichern' }).click();
    const problems = page.getByRole('alert');
    await problems.waitFor();
    const listed = (await problems.textContent()) ?? '';
    expect(listed).toContain('Themen: Bitte mindestens ein Thema wählen.');
    expect(listed).toContain('Stimme: Bitte angeben, wessen Stimme das ist.');
    expect(listed).toContain('Was fehlt: Bitte beschreiben, was fehlt');
    // A link in the list leads to its field.
    await problems.getByRole('link', { name: /^Stimme:/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('need-voice-affected');
  });
});
