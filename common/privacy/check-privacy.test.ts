import { describe, expect, it } from 'vitest';
import { checkPrivacy, privacyFindingKinds, privacyKindLabels, type PrivacyFindingKind } from './index';
import { privacyBlindCases, privacyCases, privacyHoldoutCases } from './privacy-cases.fixture';

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
    expect(found('Die Kitas im Stadtteil und mit Kitas und Schulen gemeinsam')).toEqual([]);
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
    // Short plain numbers after an explicit file word; after "Fall"/"Vorgang" four digits unless they read as a year.
    expect(found('Fall-Nr. 4711 besprochen')).toEqual([['case_number', '4711']]);
    expect(found('Fallnummer 815 vertagt')).toEqual([['case_number', '815']]);
    expect(found('Az. 4711')).toEqual([['case_number', '4711']]);
    expect(found('Vorgang 4711 ruht')).toEqual([['case_number', '4711']]);
    expect(found('Im Fall 2024 gab es keine Gruppe.')).toEqual([]);
    expect(found('Nr. 123 der Liste, Raum 101')).toEqual([]);
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

// The ten patterns a blind evaluation found; each with variants that are not in its set, to check they generalise.
describe('checkPrivacy: patterns from the blind evaluation', () => {
  const refused = (text: string) => expect(checkPrivacy(text).ok, text).toBe(false);
  const accepted = (text: string) => expect(found(text), text).toEqual([]);

  it('1. family surnames in the plural after die/den/bei/von/mit', () => {
    expect(found('Bei Hoffmanns gibt es große Sorgen.')).toEqual([['name', 'Hoffmanns']]);
    expect(found('Ich war gestern bei den Petrovićs.')).toEqual([['name', 'Petrovićs']]);
    refused('Mit Wagners waren wir im Park.');
    refused('Die Kowalskis suchen eine Wohnung.');
    for (const text of ['Die Grünen wollen Spielplätze.', 'von Haus zu Haus', 'bei Regen und Wind, mit Freunden', 'Die Angebots- und Beratungsstellen fehlen.']) accepted(text);
  });

  it('2. first name and surname with a typical surname ending, also when a part is not on the lists', () => {
    expect(found('Ich habe mit Stojan Dimitrov gesprochen.')).toEqual([['name', 'Stojan Dimitrov']]);
    expect(found('Gespräch mit Radu Dragomirescu über Nachhilfe.')).toEqual([['name', 'Radu Dragomirescu']]);
    refused('Heute kam Ljubica Stojanovska vorbei.');
    refused('Wir haben Vasyl Tkachuk getroffen.');
    refused('Treffen mit Emre Karaoğlu wegen Fußball.');
    refused('Arta Gashaj sucht eine Kita.');
    for (const text of ['Wir fahren nach Kiev zu Verwandten.', 'Aus Rostov kommen viele Familien.', 'Im Mai Termin beim Kinderarzt, dann Urlaub.']) accepted(text);
  });

  it('3. phone numbers typed in tiny digit groups, not ranges or times', () => {
    expect(found('Rufen Sie an: 0 1 7 6 - 12 34 56 78')).toEqual([['phone', '0 1 7 6 - 12 34 56 78']]);
    refused('Tel 0 41 93 / 55 66 77');
    refused('bitte unter +49 40 12 34 56 78 melden');
    for (const text of ['Für Kinder von 0 bis 3 und 6 - 12 Jahren', 'Öffnungszeiten 08 - 12 und 14 - 18 Uhr', 'Kinder im Alter 0 - 3, 3 - 6, 6 - 10 Jahre']) accepted(text);
  });

  it('4. a date of birth through "Geburtstag" or "wird … alt", not an event this year', () => {
    expect(found('Mein Sohn hat am 03.02.2017 Geburtstag.')).toEqual([['date_of_birth', '03.02.2017']]);
    refused('Er hat am 2. März 2015 Geburtstag.');
    refused('Geburtstag am 12.11.2014, Junge sucht Verein.');
    expect(found('Unser Kind wird am 04.05.2026 7 Jahre alt.')).toEqual([['date_of_birth', '04.05.2026']]);
    for (const text of [`Die Kita feiert am 12.05.${new Date().getFullYear()} ihren 10. Geburtstag.`, 'Am 17.06. ist Sommerfest.', 'Der Kurs wird am 03.03.2026 um 10 Uhr starten.']) accepted(text);
  });

  it('5. addresses typed in lower case and in English order, only with a home word', () => {
    expect(found('wir wohnen in der goethestraße 12')).toEqual([['address', 'goethestraße 12']]);
    expect(found('ich wohne hauptstr. 7 bei oma')).toEqual([['address', 'hauptstr. 7']]);
    expect(found('We moved to 23 Parkallee last month.')).toEqual([['address', '23 Parkallee']]);
    refused('My address is 5 Rosenstraße.');
    for (const text of ['wir wohnen seit 3 jahren hier', 'We live near 2 playgrounds.', 'wohnen mit 4 kindern auf 50 qm', 'wir wohnen im 4. stock', 'es gibt nur 1 spielplatz 2 mal die woche']) accepted(text);
  });

  it('6. identifiers under other labels and code-like shapes', () => {
    expect(found('Kundennummer Familienkasse: 215FK123456')).toEqual([['case_number', '215FK123456']]);
    expect(found('Ihr Zeichen: ASD-2024-0815')).toEqual([['case_number', 'ASD-2024-0815']]);
    expect(found('Unser Zeichen JuH-2023-117')).toEqual([['case_number', 'JuH-2023-117']]);
    refused('Versichertennummer A123456789');
    refused('Steuer-ID 12 345 678 901');
    for (const text of ['Das Förderprogramm ESF-2021-2027 läuft aus.', 'COVID-19, U18, H2O, MP3, 4K, 5G, KW 14', 'Wir brauchen 120000 Euro für das Projekt.', 'Die Linie X22 fährt nicht.']) accepted(text);
  });

  it('7. kinship words are never names on their own', () => {
    for (const text of ['Meine Mama holt mich nach der Schule ab.', 'Papa und Mama arbeiten beide.', 'Ich bin Papa von drei Kindern.', 'Mutti hat keine Zeit.', 'Opa (80) kann nicht mehr so gut laufen.', 'Anne ve baba çalışıyor, kreş yok.', 'Babam ve annem çalışıyor.']) accepted(text);
    expect(found('Meine Mama Gül arbeitet nachts.')).toEqual([['name', 'Gül']]);
    expect(found('Meine Tochter Anne braucht Hilfe.')).toEqual([['name', 'Anne']]);
  });

  it('8. Cyrillic, Turkish and Arabic sentence starters are no names', () => {
    for (const text of ['Мне нужна помощь с детским садом.', 'Мы ищем кружок для сына.', 'Мені потрібен садок.', 'Дети хотят играть в футбол.', 'Діти хочуть грати.', 'Здравствуйте, нам нужен детский сад.', 'Привіт, шукаю гурток.', 'Merhaba, çocuğum için kreş arıyorum.', 'مرحبا، نحتاج إلى روضة.']) accepted(text);
    expect(found('Меня зовут Ирина.')).toEqual([['name', 'Ирина']]);
  });

  it('9. the name of a group, course or project after "heißt" is no person', () => {
    for (const text of ['Der Kurs heißt „Starke Mütter“ und ist kostenlos.', 'Unsere Krabbelgruppe heißt Kleine Strolche.', 'Der Treff heißt „Rose“.', 'Das Projekt heißt "Sonne und Mond".', 'Kleine Engel ist der Name der Krabbelgruppe.']) accepted(text);
    expect(found('Unser Sohn heißt Mio.')).toEqual([['name', 'Mio']]);
  });

  it('10. nominalised adjectives for children before an age are no names', () => {
    for (const text of ['Unsere Kleine (3) hat keinen Kitaplatz.', 'Die Jüngste (2) braucht eine Krippe.', 'Mein Ältester (17) sucht Ausbildung.', 'Der Mittlere (9) spielt gern Fußball.', 'Die Große (12) möchte reiten.']) accepted(text);
    expect(found('Frau Großer hat angerufen.')).toEqual([['name', 'Großer']]);
  });
});

describe('checkPrivacy: the labelled fixture', () => {
  const all = [...privacyCases, ...privacyHoldoutCases, ...privacyBlindCases];

  it('has enough cases of both sorts', () => {
    expect(privacyCases.filter((c) => c.personal).length).toBeGreaterThanOrEqual(150);
    expect(privacyCases.filter((c) => !c.personal).length).toBeGreaterThanOrEqual(150);
  });

  it('refuses at least 97% of personal texts and at most 3% of clean ones', () => {
    const personal = all.filter((c) => c.personal);
    const clean = all.filter((c) => !c.personal);
    const recall = personal.filter((c) => !checkPrivacy(c.text).ok).length / personal.length;
    const falseRefusals = clean.filter((c) => !checkPrivacy(c.text).ok).length / clean.length;
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(falseRefusals).toBeLessThanOrEqual(0.03);
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

  // Found by a second blind evaluation: "نیاز" (need) is also the first name Niaz, and stands in most Persian needs.
  it('accepts Persian texts about a need and still finds a Persian name after its cue', () => {
    expect(checkPrivacy('او به کلاس زبان آلمانی با مراقبت از کودک نیاز دارد').ok).toBe(true);
    expect(checkPrivacy('ما برای بچه‌ها نیاز به کلاس شنا داریم').ok).toBe(true);
    const text = 'نامم زهرا است و دنبال کلاس هستم';
    const [finding] = checkPrivacy(text).findings;
    expect(finding?.kind).toBe('name');
    expect(finding ? text.slice(finding.start, finding.end) : '').toBe('زهرا');
  });
});
