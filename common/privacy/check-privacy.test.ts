import { describe, expect, it } from 'vitest';
import { checkPrivacy, privacyFindingKinds, privacyKindLabels, type PrivacyFindingKind } from './index';
import { privacyCases, privacyHoldoutCases } from './privacy-cases.fixture';

/** The words the guard objects to, as [kind, text] pairs. */
function found(text: string): [PrivacyFindingKind, string][] {
  return checkPrivacy(text).findings.map((f) => [f.kind, text.slice(f.start, f.end)]);
}

describe('checkPrivacy: the issue examples', () => {
  it('refuses names with a title or a kinship word, pointing at the name itself', () => {
    expect(found('Frau Yılmaz sucht eine Hausaufgabenhilfe.')).toEqual([['name', 'Yılmaz']]);
    expect(found('Der kleine Jonas braucht einen Kitaplatz.')).toEqual([['name', 'Jonas']]);
  });

  it('accepts the clean texts the issue names', () => {
    for (const text of ['ein Fußballtrainer, der mit einem autistischen Kind umgehen kann', 'Treffen mittwochs um 15 Uhr', 'für Kinder von 6 bis 12 Jahren']) {
      expect(checkPrivacy(text)).toEqual({ ok: true, findings: [] });
    }
  });

  it('treats institutions named after people as no personal data', () => {
    for (const text of ['Die Paul-Gerhardt-Schule braucht Lesepaten.', 'An der Albert-Schweitzer-Schule fehlt eine Mensa.', 'Das Geschwister-Scholl-Gymnasium und das Anne-Frank-Haus', 'Kita Sankt Martin und Kita Regenbogen']) {
      expect(found(text)).toEqual([]);
    }
  });
});

describe('checkPrivacy: every kind with exact offsets', () => {
  it('e-mail addresses, also written with (at)', () => {
    expect(found('Meine E-Mail: sandra.meier@web.de, danke.')).toEqual([['email', 'sandra.meier@web.de']]);
    expect(found('Schreibt an leonie_k[at]gmx.net bitte')).toEqual([['email', 'leonie_k[at]gmx.net']]);
  });

  it('phone numbers in German and international forms, but not times, ranges or helplines', () => {
    expect(found('Handy: 0171/1234567')).toEqual([['phone', '0171/1234567']]);
    expect(found('Kontakt über (040) 52 52 52.')).toEqual([['phone', '(040) 52 52 52']]);
    expect(found('Bitte per WhatsApp an +49 176 12345678.')).toEqual([['phone', '+49 176 12345678']]);
    expect(found('Sprechstunde 9-12 Uhr und 10:00–12:00, Bus 7, Linie 178, 20 Euro')).toEqual([]);
    expect(found('Die Nummer gegen Kummer 116 111 kennt kaum jemand.')).toEqual([]);
  });

  it('dates of birth with a birth word or next to a child, but not meeting dates', () => {
    expect(found('Mein Sohn, geb. 12.03.2015, braucht Hilfe.')).toEqual([['date_of_birth', '12.03.2015']]);
    expect(found('Tochter geboren am 3. März 2016')).toEqual([['date_of_birth', '3. März 2016']]);
    expect(found('Kind *12.03.2015 sucht einen Hortplatz')).toEqual([['date_of_birth', '12.03.2015']]);
    expect(found('Das Treffen ist am 12.03.2026 um 15 Uhr.')).toEqual([]);
  });

  it('street addresses with a house number and postcodes with a town, not streets alone', () => {
    expect(found('Wir wohnen in der Musterstraße 12.')).toEqual([['address', 'Musterstraße 12']]);
    expect(found('Hauptstr. 5a, zweiter Stock')).toEqual([['address', 'Hauptstr. 5a']]);
    expect(found('Bitte melden bei Am Markt 3')).toEqual([['address', 'Am Markt 3']]);
    expect(found('Adresse: An der Kirche 7b, 22846 Norderstedt')).toEqual([['address', 'An der Kirche 7b'], ['address', '22846 Norderstedt']]);
    expect(found('Wir wohnen Kohfurth 3.')).toEqual([['address', 'Kohfurth 3']]);
    expect(found('In der Nähe der Ulzburger Straße fehlt ein Spielplatz, Klasse 5b, Raum 12.')).toEqual([]);
  });

  it('case file numbers with and without a cue', () => {
    expect(found('Aktenzeichen 51.2-1234/23 bitte angeben')).toEqual([['case_number', '51.2-1234/23']]);
    expect(found('Fall-Nr. 2023-0417: Haushaltshilfe')).toEqual([['case_number', '2023-0417']]);
    expect(found('Bezug: ASD-2024-113')).toEqual([['case_number', 'ASD-2024-113']]);
    expect(found('Az.: 51 J 123/24 – Umgang')).toEqual([['case_number', '51 J 123/24']]);
    expect(found('Im Schuljahr 2024/25 fehlen Lehrkräfte, 24/7 erreichbar.')).toEqual([]);
  });

  it('names: pairs, ages, possessives, initials, naming words', () => {
    expect(found('Kevin Schmidt hängt am Spielplatz rum.')).toEqual([['name', 'Kevin Schmidt']]);
    expect(found('Tim (14) sucht einen Ort zum Skaten.')).toEqual([['name', 'Tim']]);
    expect(found('Aylins Bruder hat keinen Ausbildungsplatz.')).toEqual([['name', 'Aylins']]);
    expect(found('Frau K. aus der Beratung')).toEqual([['name', 'K.']]);
    expect(found('Unsere Tochter heißt Mia.')).toEqual([['name', 'Mia']]);
    expect(found('Meine Tochter Rose braucht Hilfe.')).toEqual([['name', 'Rose']]);
    expect(found('Weil die Familie Angst hat, kommt sie nicht. Mai und Juni, der Wolf im Wildpark.')).toEqual([]);
  });

  it('reports several findings sorted and without overlap', () => {
    const text = 'Jonas Weber, geb. 12.03.2015, Goethestraße 12, Tel. 0176 98765432, jonas@web.de';
    expect(found(text)).toEqual([
      ['name', 'Jonas Weber'],
      ['date_of_birth', '12.03.2015'],
      ['address', 'Goethestraße 12'],
      ['phone', '0176 98765432'],
      ['email', 'jonas@web.de'],
    ]);
  });
});

describe('checkPrivacy: the languages of the public form', () => {
  it.each([
    ['en', 'My son Ali needs help with homework.', 'Ali', 'My son needs help with his homework.'],
    ['tr', 'Oğlum Emir okuldan sonra yalnız kalıyor.', 'Emir', 'Oğlum 8 yaşında ve yüzme kursu arıyoruz.'],
    ['ar', 'ابني محمد يحتاج إلى دروس تقوية.', 'محمد', 'ابني يحتاج إلى مساعدة في الواجبات المدرسية.'],
    ['ru', 'Мой сын Артём ищет секцию.', 'Артём', 'Мой сын хочет заниматься футболом.'],
    ['uk', 'Пані Шевченко потрібна допомога.', 'Шевченко', 'Мій син хоче грати у футбол.'],
  ])('%s: a name is refused, the same need without it is accepted', (_language, personal, name, clean) => {
    expect(found(personal)).toEqual([['name', name]]);
    expect(found(clean)).toEqual([]);
  });

  it('finds Russian names in other grammatical cases and Arabic names after "and"', () => {
    expect(found('Мы пришли с Артёмом и Наташей.')).toEqual([['name', 'Артёмом'], ['name', 'Наташей']]);
    expect(found('ذهبت مع أحمد وفاطمة إلى المدرسة.')).toEqual([['name', 'أحمد'], ['name', 'وفاطمة']]);
  });

  it('reads phone numbers in Arabic-Indic digits', () => {
    expect(found('رقم هاتفي ٠١٧٦١٢٣٤٥٦٧٨')).toEqual([['phone', '٠١٧٦١٢٣٤٥٦٧٨']]);
  });
});

describe('checkPrivacy: the labelled fixture', () => {
  const all = [...privacyCases, ...privacyHoldoutCases];

  it('has enough cases of both sorts', () => {
    expect(privacyCases.filter((c) => c.personal).length).toBeGreaterThanOrEqual(150);
    expect(privacyCases.filter((c) => !c.personal).length).toBeGreaterThanOrEqual(150);
  });

  it('refuses at least 95% of personal texts and at most 5% of clean ones', () => {
    const personal = all.filter((c) => c.personal);
    const clean = all.filter((c) => !c.personal);
    const recall = personal.filter((c) => !checkPrivacy(c.text).ok).length / personal.length;
    const falseRefusals = clean.filter((c) => !checkPrivacy(c.text).ok).length / clean.length;
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falseRefusals).toBeLessThanOrEqual(0.05);
  });

  it('returns findings sorted, non-overlapping, inside the text, with a German label', () => {
    for (const { text } of all) {
      const { ok, findings } = checkPrivacy(text);
      expect(ok).toBe(findings.length === 0);
      findings.forEach((f, i) => {
        expect(privacyFindingKinds).toContain(f.kind);
        expect(privacyKindLabels[f.kind]).toMatch(/\p{L}/u);
        expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true);
        if (i > 0) expect(f.start).toBeGreaterThanOrEqual(findings[i - 1]?.end ?? 0);
      });
    }
  });

  it('checks a 2,000-character text in a few milliseconds', () => {
    let text = '';
    for (let i = 0; text.length < 2000; i++) text += `${all[i % all.length]?.text ?? ''} `;
    text = text.slice(0, 2000);
    checkPrivacy(text);
    const started = performance.now();
    for (let i = 0; i < 50; i++) checkPrivacy(text);
    // Generous for a busy CI machine; the bench reports the real figure.
    expect((performance.now() - started) / 50).toBeLessThan(25);
  });
});
