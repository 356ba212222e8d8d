// Offers for the browser tests of the public map, created through the API as the demo admin — the same path an
// office's editors take. The demo city has organisations and topics; these offers refer to them by name and code.

import { sessionCookie } from './app-server';

type OfferSeed = {
  name: string;
  organization: string;
  description: string;
  topics: string[];
  point: [number, number];
  street: string;
  postalCode: string;
  traits?: string[];
  targetGroups?: string[];
  languages?: string[];
  minimumAge?: number;
  maximumAge?: number;
  schedules?: { days: string[]; opensAt: string; closesAt: string; description?: string }[];
  phones?: { number: string; description: string | null }[];
  email?: string;
  url?: string;
  feesDescription?: string;
  applicationProcess?: string;
  eligibilityDescription?: string;
  alert?: string;
};

export const footballOffer = 'Fußball für alle Kinder';

export const offerSeeds: OfferSeed[] = [
  {
    name: footballOffer,
    organization: 'SV Friedrichsgabe von 1953 e. V.',
    description:
      'Offenes Fußballtraining für Kinder von 6 bis 12 Jahren. Unser Trainer ist für inklusives Training ausgebildet: Kinder mit Autismus oder anderen Beeinträchtigungen spielen selbstverständlich mit.',
    topics: ['sport', 'inklusion'],
    point: [9.962, 53.731],
    street: 'Moorbekstraße 12',
    postalCode: '22850',
    traits: ['free_of_charge', 'no_registration', 'inclusive'],
    targetGroups: ['children'],
    languages: ['de', 'en'],
    minimumAge: 6,
    maximumAge: 12,
    schedules: [
      { days: ['TU', 'TH'], opensAt: '16:00', closesAt: '17:30' },
      { days: ['SA'], opensAt: '10:00', closesAt: '12:00', description: 'nur in der Schulzeit' },
    ],
    phones: [{ number: '040 523 11 22', description: 'Geschäftsstelle' }],
    email: 'jugend@sv-friedrichsgabe.example',
    url: 'https://sv-friedrichsgabe.example/fussball',
    feesDescription: 'Kostenlos. Sportschuhe können ausgeliehen werden.',
    applicationProcess: 'Einfach vorbeikommen; eine Anmeldung ist nicht nötig.',
  },
  {
    name: 'Trauergruppe für Kinder „Regenbogen“',
    organization: 'Hospizverein – Trauergruppe für Kinder',
    description: 'Begleitete Gruppe für Kinder, die einen nahen Menschen verloren haben. Spielen, Malen, Erinnern und Reden.',
    topics: ['trauer', 'psychische-gesundheit'],
    point: [10.004, 53.699],
    street: 'Rathausallee 40',
    postalCode: '22846',
    traits: ['free_of_charge'],
    targetGroups: ['children'],
    languages: ['de'],
    minimumAge: 6,
    maximumAge: 13,
    schedules: [{ days: ['WE'], opensAt: '15:00', closesAt: '16:30', description: 'alle zwei Wochen' }],
    phones: [{ number: '040 525 00 10', description: null }],
    applicationProcess: 'Bitte vorher anrufen: wir laden zu einem Kennenlerngespräch ein.',
  },
  {
    name: 'Kochgruppe mit Eltern',
    organization: 'Elterninitiative Kochgruppe Garstedt',
    description: 'Eltern kochen mit ihren Kindern gesunde, günstige Gerichte und essen gemeinsam. Rezepte zum Mitnehmen.',
    topics: ['eltern-familie', 'gesundheit'],
    point: [9.968, 53.684],
    street: 'Ochsenzoller Straße 85',
    postalCode: '22848',
    traits: ['free_of_charge', 'childcare', 'evenings_weekends'],
    targetGroups: ['parents', 'families'],
    languages: ['de', 'tr', 'ar'],
    schedules: [{ days: ['FR'], opensAt: '17:00', closesAt: '19:30' }],
  },
  {
    name: 'Offener Treff im Jugendhaus Garstedt',
    organization: 'Jugendhaus Garstedt',
    description: 'Billard, Musik, Hausaufgabenhilfe und Beratung für Jugendliche. Einfach vorbeikommen.',
    topics: ['jugendtreff'],
    point: [9.972, 53.69],
    street: 'Europaallee 5',
    postalCode: '22848',
    traits: ['free_of_charge', 'no_registration', 'evenings_weekends'],
    targetGroups: ['youth'],
    languages: ['de', 'en', 'tr'],
    minimumAge: 12,
    maximumAge: 21,
    schedules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '14:00', closesAt: '20:00' }],
  },
  {
    name: 'Erziehungsberatung für Eltern und Jugendliche',
    organization: 'Erziehungsberatungsstelle Norderstedt',
    description: 'Vertrauliche, kostenlose Beratung bei Fragen zur Erziehung, bei Konflikten in der Familie, bei Trennung und Scheidung.',
    topics: ['erziehungsberatung', 'trennung'],
    point: [10.01, 53.705],
    street: 'Europaallee 22',
    postalCode: '22850',
    traits: ['free_of_charge', 'barrier_free'],
    targetGroups: ['parents', 'youth', 'families'],
    languages: ['de', 'en', 'ru', 'uk'],
    schedules: [
      { days: ['MO', 'TU', 'WE', 'TH'], opensAt: '09:00', closesAt: '17:00' },
      { days: ['FR'], opensAt: '09:00', closesAt: '13:00' },
    ],
    phones: [{ number: '040 535 95 400', description: 'Anmeldung' }],
    email: 'eb@norderstedt.example',
    eligibilityDescription: 'Für Familien aus Norderstedt; Jugendliche können auch ohne ihre Eltern kommen.',
  },
  {
    name: 'Straßensozialarbeit: Streetwork Mitte',
    organization: 'Straßensozialarbeit Norderstedt',
    description: 'Streetworkerinnen und Streetworker sind an Treffpunkten junger Menschen unterwegs und helfen bei Problemen mit Wohnung, Geld, Schule oder Polizei.',
    topics: ['streetwork'],
    point: [10.0, 53.708],
    street: 'Rathausallee 1',
    postalCode: '22846',
    traits: ['free_of_charge', 'no_registration', 'evenings_weekends'],
    targetGroups: ['youth', 'young_adults'],
    languages: ['de', 'ar', 'fa'],
    minimumAge: 14,
    maximumAge: 27,
    schedules: [{ days: ['TU', 'TH', 'FR'], opensAt: '16:00', closesAt: '22:00' }],
  },
  {
    name: 'Schulsozialarbeit am Schulzentrum Nord',
    organization: 'Schulsozialarbeit Norderstedt Nord',
    description: 'Ansprechpartner in der Schule für Schülerinnen, Schüler und Eltern bei Sorgen, Streit und Mobbing.',
    topics: ['schulsozialarbeit'],
    point: [10.02, 53.742],
    street: 'Aurikelstieg 20',
    postalCode: '22844',
    traits: ['free_of_charge'],
    targetGroups: ['children', 'youth', 'parents'],
    languages: ['de'],
    minimumAge: 10,
    maximumAge: 18,
    schedules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '08:00', closesAt: '14:00' }],
  },
  {
    name: 'Eltern-Kind-Café im Familienzentrum Harksheide',
    organization: 'Familienzentrum Harksheide',
    description: 'Frühstück für Eltern mit Babys und Kleinkindern, mit Hebamme und Familienbildung. Kinderwagen können mit hinein.',
    topics: ['fruehe-hilfen', 'familienbildung'],
    point: [10.018, 53.731],
    street: 'Falkenbergstraße 7',
    postalCode: '22844',
    traits: ['free_of_charge', 'no_registration', 'barrier_free'],
    targetGroups: ['parents', 'expectant_parents'],
    languages: ['de', 'pl'],
    maximumAge: 3,
    schedules: [{ days: ['WE'], opensAt: '09:30', closesAt: '11:30' }],
  },
  {
    name: 'Deutsch lernen mit Kinderbetreuung',
    organization: 'Familienzentrum Glashütte',
    description: 'Sprachkurs für Mütter und Väter, während die Kinder nebenan betreut werden.',
    topics: ['sprache-integration'],
    point: [10.055, 53.69],
    street: 'Glashütter Damm 250',
    postalCode: '22851',
    traits: ['free_of_charge', 'childcare'],
    targetGroups: ['parents', 'newcomers'],
    languages: ['de', 'ar', 'uk', 'fa'],
    schedules: [{ days: ['MO', 'WE'], opensAt: '09:00', closesAt: '11:00' }],
    alert: 'In den Sommerferien findet der Kurs nicht statt.',
  },
  {
    name: 'Hausaufgabenhilfe in der Stadtbücherei',
    organization: 'Stadtbücherei Norderstedt',
    description: 'Ehrenamtliche helfen Schulkindern bei den Hausaufgaben und beim Lesen lernen.',
    topics: ['hausaufgaben'],
    point: [10.006, 53.703],
    street: 'Rathausallee 50',
    postalCode: '22846',
    traits: ['free_of_charge', 'no_registration', 'barrier_free'],
    targetGroups: ['children'],
    languages: ['de'],
    minimumAge: 6,
    maximumAge: 14,
    schedules: [{ days: ['TU', 'TH'], opensAt: '14:30', closesAt: '16:30' }],
  },
  {
    name: 'Suchtberatung für Jugendliche',
    organization: 'Suchtberatung für Jugendliche und Familien',
    description: 'Beratung zu Alkohol, Cannabis, Glücksspiel und Medien, auch anonym und für Angehörige.',
    topics: ['sucht'],
    point: [9.99, 53.7],
    street: 'Ulzburger Straße 3',
    postalCode: '22850',
    traits: ['free_of_charge'],
    targetGroups: ['youth', 'young_adults', 'parents'],
    languages: ['de', 'en'],
    minimumAge: 12,
    maximumAge: 27,
    schedules: [{ days: ['MO', 'WE'], opensAt: '13:00', closesAt: '18:00' }],
  },
  {
    name: 'Kinderturnen beim TSV Glashütte',
    organization: 'TSV Glashütte e. V.',
    description: 'Bewegung, Spiel und Turnen für Kinder ab drei Jahren in der Sporthalle am Poppenbütteler Weg.',
    topics: ['sport'],
    point: [10.062, 53.7],
    street: 'Poppenbütteler Weg 10',
    postalCode: '22851',
    traits: ['inclusive'],
    targetGroups: ['children'],
    languages: ['de'],
    minimumAge: 3,
    maximumAge: 8,
    schedules: [{ days: ['MO'], opensAt: '15:00', closesAt: '16:00' }],
    feesDescription: 'Vereinsbeitrag 8 € im Monat; Bildung und Teilhabe wird angenommen.',
  },
];

/** Signs in as the demo admin and creates the offers; returns their ids by name. */
export async function createTestOffers(base: string, seeds: OfferSeed[] = offerSeeds): Promise<Map<string, string>> {
  const headers = { origin: base, 'content-type': 'application/json' };
  const cookie = await sessionCookie(base, 'admin@demo.invalid');
  const organizations = (await (await fetch(`${base}/api/organizations`)).json()) as { id: string; name: string }[];
  const topics = (await (await fetch(`${base}/api/topics`)).json()) as { id: string; code: string | null }[];
  const orgId = (name: string) => {
    const found = organizations.find((o) => o.name === name);
    if (!found) throw new Error(`Organisation fehlt in den Demodaten: ${name}`);
    return found.id;
  };
  const ids = new Map<string, string>();
  for (const seed of seeds) {
    const body = {
      organizationId: orgId(seed.organization),
      name: seed.name,
      description: seed.description,
      topicIds: seed.topics.map((code) => topics.find((t) => t.code === code)?.id).filter(Boolean),
      traits: seed.traits ?? [],
      targetGroups: seed.targetGroups ?? [],
      languages: seed.languages ?? [],
      minimumAge: seed.minimumAge ?? null,
      maximumAge: seed.maximumAge ?? null,
      schedules: seed.schedules ?? [],
      phones: seed.phones ?? [],
      email: seed.email ?? null,
      url: seed.url ?? null,
      feesDescription: seed.feesDescription ?? null,
      applicationProcess: seed.applicationProcess ?? null,
      eligibilityDescription: seed.eligibilityDescription ?? null,
      alert: seed.alert ?? null,
      locations: [{ name: null, street: seed.street, postalCode: seed.postalCode, city: 'Norderstedt', point: seed.point }],
    };
    const response = await fetch(`${base}/api/services`, { method: 'POST', headers: { ...headers, cookie }, body: JSON.stringify(body) });
    if (response.status !== 201) throw new Error(`Angebot „${seed.name}“ nicht angelegt: ${response.status} ${await response.text()}`);
    const created = (await response.json()) as { id: string };
    ids.set(seed.name, created.id);
    const verified = await fetch(`${base}/api/services/${created.id}/verify`, { method: 'POST', headers: { origin: base, cookie } });
    if (!verified.ok) throw new Error(`Angebot „${seed.name}“ nicht bestätigt: ${verified.status}`);
  }
  return ids;
}
