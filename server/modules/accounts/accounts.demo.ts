import { accountRoles, type AccountRole } from '../../../common/roles';
import type { DemoContext } from '../../platform/module';
import { createUser } from './create-user';
import { backdateUser, updateUserRow } from './accounts.queries';

export const DEMO_PASSWORD = 'sozialraum-demo';

// One account per role (documented in the README), plus the people of a living office. All names are invented;
// the .invalid domain can never receive mail.
const staff: { email: string; displayName: string; roles: AccountRole[]; since: number; active?: boolean }[] = [
  { email: 'h.petersen@demo.invalid', displayName: 'Hanna Petersen', roles: ['head_of_department'], since: 2014 },
  { email: 'm.krueger@demo.invalid', displayName: 'Mehmet Krüger', roles: ['team_member'], since: 2015 },
  { email: 's.wendt@demo.invalid', displayName: 'Sabine Wendt', roles: ['team_member'], since: 2016 },
  { email: 'j.lorenzen@demo.invalid', displayName: 'Jonas Lorenzen', roles: ['team_member'], since: 2018 },
  { email: 'a.nowak@demo.invalid', displayName: 'Agnieszka Nowak', roles: ['provider_editor'], since: 2017 },
  { email: 'k.brandt@demo.invalid', displayName: 'Kerstin Brandt', roles: ['provider_editor'], since: 2019 },
  { email: 'f.ahmadi@demo.invalid', displayName: 'Farid Ahmadi', roles: ['committee'], since: 2020 },
  { email: 't.jensen@demo.invalid', displayName: 'Thomas Jensen', roles: ['team_member'], since: 2015, active: false },
  { email: 'it@demo.invalid', displayName: 'IT-Administration Stadt', roles: ['admin'], since: 2015 },
];

const roleNames: Record<AccountRole, string> = {
  admin: 'Demo Administration',
  head_of_department: 'Demo Fachbereichsleitung',
  team_member: 'Demo Sozialraumteam',
  provider_editor: 'Demo Träger-Redaktion',
  committee: 'Demo Jugendhilfeausschuss',
};

export async function seedAccounts(ctx: DemoContext): Promise<void> {
  for (const role of accountRoles) {
    await createUser(ctx, {
      officeId: ctx.officeId,
      email: `${role}@demo.invalid`,
      displayName: roleNames[role],
      roles: [role],
      password: DEMO_PASSWORD,
    });
  }
  for (const person of staff) {
    const { user } = await createUser(ctx, {
      officeId: ctx.officeId,
      email: person.email,
      displayName: person.displayName,
      roles: person.roles,
      password: `${DEMO_PASSWORD}-${person.since}`,
    });
    await backdateUser(ctx.tx, user.id, new Date(`${Math.max(person.since, ctx.firstYear)}-03-01T08:00:00Z`));
    if (person.active === false) await updateUserRow(ctx.tx, user.id, { active: false });
  }
  ctx.log(`Demo-Konten (Passwort "${DEMO_PASSWORD}"): ${accountRoles.map((r) => `${r}@demo.invalid`).join(', ')}`);
}
