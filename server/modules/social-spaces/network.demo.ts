import { eq, inArray } from 'drizzle-orm';
import type { OrganizationType, PositionKind, TeamRole } from '../../../common/social-space-terms';
import { users } from '../../platform/auth/auth.tables';
import type { DemoContext } from '../../platform/module';
import { interiorPoint } from './geometry';
import { contracts, networkModelPeriods, organizationSpaces, organizations, positionMinimums, positions, teamMemberships } from './network.tables';
import { spacesOfOffice } from './social-spaces.queries';

// The network of actors of the demo city. All organisations and people are invented; addresses are organisational.
// History follows the source: a designated networker per space 2014–2016, the whole team from 2017; family centres
// with (at least) half a position in every space from summer 2015 — except one that falls short, to show the warning.

type Org = { key: string; name: string; type: OrganizationType; spaces: string[]; street: string; website?: string; email?: string };

const orgs: Org[] = [
  { key: 'asd-nord', name: 'Jugendamt Norderstedt – ASD Team Nord', type: 'asd', spaces: ['SR1', 'SR2'], street: 'Rathausallee 50', email: 'asd-nord@demo.invalid' },
  { key: 'asd-sued', name: 'Jugendamt Norderstedt – ASD Team Süd', type: 'asd', spaces: ['SR3', 'SR4', 'SR5'], street: 'Rathausallee 50', email: 'asd-sued@demo.invalid' },
  { key: 'amb-a', name: 'Hilfen für Familien e. V.', type: 'provider_outpatient', spaces: ['SR1', 'SR2', 'SR3'], street: 'Ulzburger Straße 310', website: 'https://hilfen-fuer-familien.demo.invalid' },
  { key: 'amb-b', name: 'Ambulante Jugendhilfe Norderstedt gGmbH', type: 'provider_outpatient', spaces: ['SR3', 'SR4', 'SR5'], street: 'Ochsenzoller Straße 142', website: 'https://ajn.demo.invalid' },
  { key: 'stat-a', name: 'Kinder- und Jugendhaus am Moor gGmbH', type: 'provider_residential', spaces: ['SR1', 'SR2', 'SR5'], street: 'Moorbekstraße 21' },
  { key: 'stat-b', name: 'Wohngruppen Segeberg e. V.', type: 'provider_residential', spaces: ['SR3', 'SR4'], street: 'Kohfurth 4' },
  { key: 'fz-1', name: 'Familienzentrum Friedrichsgabe', type: 'family_centre', spaces: ['SR1'], street: 'Bahnhofstraße 36' },
  { key: 'fz-2', name: 'Familienzentrum Harksheide', type: 'family_centre', spaces: ['SR2'], street: 'Falkenbergstraße 18' },
  { key: 'fz-3', name: 'Familienzentrum Garstedt', type: 'family_centre', spaces: ['SR3'], street: 'Europaallee 12' },
  { key: 'fz-4', name: 'Familienzentrum Mitte', type: 'family_centre', spaces: ['SR4'], street: 'Rathausallee 9' },
  { key: 'fz-5', name: 'Familienzentrum Glashütte', type: 'family_centre', spaces: ['SR5'], street: 'Segeberger Chaussee 260' },
  { key: 'okja-1', name: 'Jugendzentrum Buschweg', type: 'youth_work', spaces: ['SR2'], street: 'Buschweg 54' },
  { key: 'okja-2', name: 'Jugendhaus Garstedt', type: 'youth_work', spaces: ['SR3'], street: 'Kielort 20' },
  { key: 'okja-3', name: 'Kinder- und Jugendtreff Glashütte', type: 'youth_work', spaces: ['SR5'], street: 'Tangstedter Landstraße 300' },
  { key: 'sch-1', name: 'Grundschule Friedrichsgabe', type: 'school', spaces: ['SR1'], street: 'Bahnhofstraße 60' },
  { key: 'sch-2', name: 'Schulzentrum Nord', type: 'school', spaces: ['SR2'], street: 'Fadens Tannen 28' },
  { key: 'sch-3', name: 'Gemeinschaftsschule Garstedt', type: 'school', spaces: ['SR3'], street: 'Aurikelstieg 40' },
  { key: 'sch-4', name: 'Lessing-Gymnasium', type: 'school', spaces: ['SR4'], street: 'Lütjenmoor 1' },
  { key: 'sch-5', name: 'Grundschule Glashütte', type: 'school', spaces: ['SR5'], street: 'Harckesheyde 90' },
  { key: 'sch-6', name: 'Grundschule Harkshörn', type: 'school', spaces: ['SR2'], street: 'Harkshörn 4' },
  { key: 'kita-1', name: 'Kita Sonnenblume', type: 'kita', spaces: ['SR1'], street: 'Quickborner Straße 70' },
  { key: 'kita-2', name: 'Kita Regenbogen', type: 'kita', spaces: ['SR2'], street: 'Alter Kirchenweg 33' },
  { key: 'kita-3', name: 'Ev. Kita Garstedt', type: 'kita', spaces: ['SR3'], street: 'Kirchenstraße 8' },
  { key: 'kita-4', name: 'Kita Stadtpark', type: 'kita', spaces: ['SR4'], street: 'Stormarnstraße 50' },
  { key: 'kita-5', name: 'Waldkindergarten Glashütte', type: 'kita', spaces: ['SR5'], street: 'Am Exerzierplatz 2' },
  { key: 'kita-6', name: 'Kita Kleine Strolche', type: 'kita', spaces: ['SR3'], street: 'Friedrichsgaber Weg 120' },
  { key: 'ssa-1', name: 'Schulsozialarbeit Norderstedt Nord', type: 'school_social_work', spaces: ['SR1', 'SR2'], street: 'Fadens Tannen 28' },
  { key: 'ssa-2', name: 'Schulsozialarbeit Norderstedt Süd', type: 'school_social_work', spaces: ['SR3', 'SR4', 'SR5'], street: 'Aurikelstieg 40' },
  { key: 'street', name: 'Straßensozialarbeit Norderstedt', type: 'street_social_work', spaces: ['SR3', 'SR4'], street: 'Berliner Allee 38' },
  { key: 'sv-1', name: 'SV Friedrichsgabe von 1953 e. V.', type: 'sports_club', spaces: ['SR1'], street: 'Sportplatz am Moorweg 1', website: 'https://sv-friedrichsgabe.demo.invalid' },
  { key: 'sv-2', name: 'TuS Harksheide e. V.', type: 'sports_club', spaces: ['SR2'], street: 'Exerzierplatz 10' },
  { key: 'sv-3', name: 'Garstedter SV e. V.', type: 'sports_club', spaces: ['SR3'], street: 'Am Sportplatz 3' },
  { key: 'sv-4', name: 'TSV Glashütte e. V.', type: 'sports_club', spaces: ['SR5'], street: 'Poppenbütteler Straße 200' },
  { key: 'eltern-1', name: 'Elterninitiative Kochgruppe Garstedt', type: 'parents_initiative', spaces: ['SR3'], street: 'Europaallee 12' },
  { key: 'eltern-2', name: 'Elterncafé Mitte', type: 'parents_initiative', spaces: ['SR4'], street: 'Rathausallee 9' },
  { key: 'ber-1', name: 'Erziehungsberatungsstelle Norderstedt', type: 'counselling_centre', spaces: ['SR1', 'SR2', 'SR3', 'SR4', 'SR5'], street: 'Rathausallee 35' },
  { key: 'ber-2', name: 'Suchtberatung für Jugendliche und Familien', type: 'counselling_centre', spaces: ['SR4'], street: 'Berliner Allee 40' },
  { key: 'ber-3', name: 'Familienbildungsstätte Norderstedt', type: 'counselling_centre', spaces: ['SR2', 'SR4'], street: 'Kirchenplatz 1' },
  { key: 'hospiz', name: 'Hospizverein – Trauergruppe für Kinder', type: 'other', spaces: ['SR4'], street: 'Marktplatz 6' },
  { key: 'buecherei', name: 'Stadtbücherei Norderstedt', type: 'other', spaces: ['SR1', 'SR2', 'SR3', 'SR4', 'SR5'], street: 'Rathausallee 50' },
];

type Member = { space: string; name: string; role: TeamRole; org?: string; from: string; to?: string; fte?: number; user?: string };

const spaceCodes = ['SR1', 'SR2', 'SR3', 'SR4', 'SR5'];
const networkerNames = ['Ole Sievers', 'Birte Claußen', 'Nadine Yıldız', 'Torben Möller', 'Svenja Kühl'];
const members: Member[] = [
  ...spaceCodes.map((space) => ({ space, name: 'Hanna Petersen', role: 'head_of_department' as const, from: '2014-01-01', user: 'h.petersen@demo.invalid' })),
  { space: 'SR1', name: 'Mehmet Krüger', role: 'asd', org: 'asd-nord', from: '2015-01-01', fte: 0.8, user: 'm.krueger@demo.invalid' },
  { space: 'SR2', name: 'Mehmet Krüger', role: 'asd', org: 'asd-nord', from: '2015-01-01', fte: 0.2, user: 'm.krueger@demo.invalid' },
  { space: 'SR2', name: 'Thomas Jensen', role: 'asd', org: 'asd-nord', from: '2014-01-01', to: '2019-06-30', fte: 1, user: 't.jensen@demo.invalid' },
  { space: 'SR2', name: 'Lea Hansen', role: 'asd', org: 'asd-nord', from: '2019-07-01', fte: 1 },
  { space: 'SR3', name: 'Demo Sozialraumteam', role: 'asd', org: 'asd-sued', from: '2015-01-01', fte: 1, user: 'team_member@demo.invalid' },
  { space: 'SR4', name: 'Sabine Wendt', role: 'asd', org: 'asd-sued', from: '2016-01-01', fte: 1, user: 's.wendt@demo.invalid' },
  { space: 'SR5', name: 'Jonas Lorenzen', role: 'asd', org: 'asd-sued', from: '2018-01-01', fte: 0.75, user: 'j.lorenzen@demo.invalid' },
  { space: 'SR3', name: 'Demo Träger-Redaktion', role: 'provider_outpatient', org: 'amb-b', from: '2017-01-01', fte: 0.5, user: 'provider_editor@demo.invalid' },
  { space: 'SR3', name: 'Agnieszka Nowak', role: 'provider_outpatient', org: 'amb-a', from: '2014-01-01', to: '2016-12-31', fte: 0.5, user: 'a.nowak@demo.invalid' },
  { space: 'SR1', name: 'Agnieszka Nowak', role: 'provider_outpatient', org: 'amb-a', from: '2014-01-01', fte: 0.5, user: 'a.nowak@demo.invalid' },
  { space: 'SR2', name: 'Rainer Voß', role: 'provider_outpatient', org: 'amb-a', from: '2014-01-01', fte: 0.5 },
  { space: 'SR4', name: 'Kerstin Brandt', role: 'provider_outpatient', org: 'amb-b', from: '2014-01-01', fte: 0.5, user: 'k.brandt@demo.invalid' },
  { space: 'SR5', name: 'Kerstin Brandt', role: 'provider_outpatient', org: 'amb-b', from: '2014-01-01', fte: 0.3, user: 'k.brandt@demo.invalid' },
  ...['SR1', 'SR2', 'SR5'].map((space) => ({ space, name: 'Dirk Bahr', role: 'provider_residential' as const, org: 'stat-a', from: '2014-01-01', fte: 0.2 })),
  ...['SR3', 'SR4'].map((space) => ({ space, name: 'Maren Ehlers', role: 'provider_residential' as const, org: 'stat-b', from: '2014-01-01', fte: 0.2 })),
  ...spaceCodes.map((space, i) => ({ space, name: networkerNames[i] ?? 'N. N.', role: 'networker' as const, org: i % 2 === 0 ? 'amb-a' : 'amb-b', from: '2014-01-01', to: '2016-12-31', fte: 0.5 })),
  { space: 'SR2', name: 'Kai Ramm', role: 'youth_work_coordinator', org: 'okja-1', from: '2014-01-01', fte: 1 },
  { space: 'SR3', name: 'Aylin Demir', role: 'youth_work_coordinator', org: 'okja-2', from: '2014-01-01', fte: 1 },
  { space: 'SR5', name: 'Jan Petersen', role: 'youth_work_coordinator', org: 'okja-3', from: '2016-04-01', fte: 0.5 },
  ...spaceCodes.map((space, i) => ({ space, name: ['Frauke Lüth', 'Inga Holst', 'Maria Santos', 'Petra Kock', 'Julia Brandt'][i] ?? 'N. N.', role: 'family_centre_coordinator' as const, org: `fz-${i + 1}`, from: '2015-08-01', fte: i === 4 ? 0.25 : 0.5 })),
  { space: 'SR2', name: 'Henrik Schulz', role: 'school_social_worker', org: 'ssa-1', from: '2014-01-01', fte: 1 },
  { space: 'SR3', name: 'Derya Aksoy', role: 'school_social_worker', org: 'ssa-2', from: '2014-01-01', fte: 1 },
  { space: 'SR4', name: 'Malte Rehder', role: 'street_social_worker', org: 'street', from: '2016-01-01', fte: 1 },
  { space: 'SR3', name: 'Gül Arslan', role: 'key_person', org: 'eltern-1', from: '2016-04-01' },
];

type ContractSeed = { org: string; space: string; kind: 'outpatient' | 'residential'; from: string; to?: string };
const contractSeeds: ContractSeed[] = [
  // 2014–2016: the first contract period, with a networker of a provider in every space.
  ...['SR1', 'SR2', 'SR3'].map((space) => ({ org: 'amb-a', space, kind: 'outpatient' as const, from: '2014-01-01', to: '2016-12-31' })),
  ...['SR4', 'SR5'].map((space) => ({ org: 'amb-b', space, kind: 'outpatient' as const, from: '2014-01-01', to: '2016-12-31' })),
  ...['SR1', 'SR2', 'SR5'].map((space) => ({ org: 'stat-a', space, kind: 'residential' as const, from: '2014-01-01', to: '2016-12-31' })),
  ...['SR3', 'SR4'].map((space) => ({ org: 'stat-b', space, kind: 'residential' as const, from: '2014-01-01', to: '2016-12-31' })),
  // From 2017: the new contract period; Garstedt changes its outpatient provider.
  ...['SR1', 'SR2'].map((space) => ({ org: 'amb-a', space, kind: 'outpatient' as const, from: '2017-01-01' })),
  ...['SR3', 'SR4', 'SR5'].map((space) => ({ org: 'amb-b', space, kind: 'outpatient' as const, from: '2017-01-01' })),
  ...['SR1', 'SR2', 'SR5'].map((space) => ({ org: 'stat-a', space, kind: 'residential' as const, from: '2017-01-01' })),
  ...['SR3', 'SR4'].map((space) => ({ org: 'stat-b', space, kind: 'residential' as const, from: '2017-01-01' })),
];

const positionSeeds: { org: string; space: string; kind: PositionKind; fte: number; from: string; to?: string }[] = [
  ...spaceCodes.map((space, i) => ({ org: i % 2 === 0 ? 'amb-a' : 'amb-b', space, kind: 'networker' as const, fte: 0.5, from: '2014-01-01', to: '2016-12-31' })),
  ...spaceCodes.map((space, i) => ({ org: `fz-${i + 1}`, space, kind: 'family_centre' as const, fte: i === 4 ? 0.25 : 0.5, from: '2015-08-01' })),
  { org: 'ssa-1', space: 'SR2', kind: 'school_social_work', fte: 1, from: '2014-01-01' },
  { org: 'ssa-2', space: 'SR3', kind: 'school_social_work', fte: 1, from: '2014-01-01' },
  { org: 'street', space: 'SR4', kind: 'street_social_work', fte: 1, from: '2016-01-01' },
];

export async function seedNetwork(ctx: DemoContext): Promise<void> {
  const spaces = new Map((await spacesOfOffice(ctx.tx, ctx.officeId)).map((s) => [s.code, s]));
  const spaceId = (code: string) => {
    const space = spaces.get(code);
    if (!space) throw new Error(`demo space ${code} missing`);
    return space.id;
  };
  const orgIds = new Map<string, string>();
  let n = 0;
  for (const org of orgs) {
    const home = spaces.get(org.spaces[0] ?? 'SR4');
    const [lon, lat] = home ? interiorPoint(home.boundary) : [10.0, 53.7];
    n++;
    const rows = await ctx.tx
      .insert(organizations)
      .values({
        officeId: ctx.officeId,
        name: org.name,
        type: org.type,
        street: org.street,
        postalCode: '22846',
        city: 'Norderstedt',
        email: org.email ?? null,
        website: org.website ?? null,
        // Spread the points a little around the space's centre, deterministically.
        lon: lon + (((n * 37) % 11) - 5) * 0.0012,
        lat: lat + (((n * 53) % 9) - 4) * 0.0009,
      })
      .returning({ id: organizations.id });
    const id = rows[0]?.id;
    if (!id) throw new Error('insert failed');
    orgIds.set(org.key, id);
    await ctx.tx.insert(organizationSpaces).values(org.spaces.map((code) => ({ organizationId: id, spaceId: spaceId(code) })));
  }
  const orgId = (key: string) => orgIds.get(key) ?? null;

  const emails = [...new Set(members.flatMap((m) => (m.user ? [m.user] : [])))];
  const userRows = await ctx.tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
  const userIds = new Map(userRows.map((u) => [u.email, u.id]));
  await ctx.tx.insert(teamMemberships).values(
    members.map((m) => ({
      officeId: ctx.officeId,
      spaceId: spaceId(m.space),
      organizationId: m.org ? orgId(m.org) : null,
      userId: m.user ? (userIds.get(m.user) ?? null) : null,
      personName: m.name,
      teamRole: m.role,
      validFrom: m.from,
      validTo: m.to ?? null,
      ftePercent: m.fte ? Math.round(m.fte * 100) : null,
    })),
  );
  // Provider editors edit their own organisation.
  await ctx.tx.update(users).set({ organizationId: orgId('amb-b') }).where(inArray(users.email, ['provider_editor@demo.invalid', 'k.brandt@demo.invalid']));
  await ctx.tx.update(users).set({ organizationId: orgId('amb-a') }).where(eq(users.email, 'a.nowak@demo.invalid'));

  await ctx.tx.insert(contracts).values(
    contractSeeds.map((c) => ({ officeId: ctx.officeId, organizationId: orgId(c.org) ?? '', spaceId: spaceId(c.space), kind: c.kind, validFrom: c.from, validTo: c.to ?? null })),
  );
  await ctx.tx.insert(positions).values(
    positionSeeds.map((p) => ({ officeId: ctx.officeId, organizationId: orgId(p.org) ?? '', spaceId: spaceId(p.space), kind: p.kind, ftePercent: Math.round(p.fte * 100), validFrom: p.from, validTo: p.to ?? null })),
  );
  await ctx.tx.insert(networkModelPeriods).values([
    { officeId: ctx.officeId, model: 'networker', validFrom: '2014-01-01', note: 'Start der Sozialraumorientierung: je Sozialraum eine Netzwerkerin oder ein Netzwerker eines freien Trägers.' },
    { officeId: ctx.officeId, model: 'team', validFrom: '2017-01-01', note: 'Beschluss des Jugendhilfeausschusses vom 26.05.2016: Netzwerkarbeit auf mehreren Schultern, beim ganzen Sozialraumteam.' },
  ]);
  await ctx.tx.insert(positionMinimums).values({ officeId: ctx.officeId, kind: 'family_centre', minimumPercent: 50 });
  ctx.log(`Demo: ${orgs.length} Organisationen, ${members.length} Teammitgliedschaften, ${contractSeeds.length} Verträge.`);
}
