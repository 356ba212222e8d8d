import { z } from 'zod';
import { accountRoles } from '../roles';

export const accountRole = z.enum(accountRoles);

export const email = z.string().trim().toLowerCase().pipe(z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben.' })).meta({ example: 'admin@demo.invalid' });

export const password = z
  .string()
  .min(12, { error: 'Das Passwort muss mindestens 12 Zeichen lang sein.' })
  .max(200, { error: 'Das Passwort darf höchstens 200 Zeichen lang sein.' });

export const loginBody = z.strictObject({
  email,
  password: z.string().min(1, { error: 'Bitte das Passwort angeben.' }).max(200),
});

export const office = z.object({ id: z.uuid(), code: z.string(), name: z.string() }).meta({ id: 'Office' });

export const user = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    roles: z.array(accountRole),
    active: z.boolean(),
    officeId: z.uuid(),
    organizationId: z.uuid().nullable().describe('Organisation, für die eine Träger-Redaktion arbeitet'),
    createdAt: z.iso.datetime({ offset: true }),
    lastLoginAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof user>;

export const me = z
  .object({ user, office, sessionExpiresAt: z.iso.datetime({ offset: true }) })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof me>;

const displayName = z
  .string()
  .trim()
  .min(1, { error: 'Bitte einen Namen angeben.' })
  .max(120, { error: 'Der Name darf höchstens 120 Zeichen lang sein.' });

const roles = z.array(accountRole).min(1, { error: 'Bitte mindestens eine Rolle wählen.' }).max(accountRoles.length);

export const createUserBody = z.strictObject({
  email,
  displayName,
  roles,
  password: password.optional().describe('Ohne Angabe wird ein Passwort erzeugt und einmalig zurückgegeben.'),
  organizationId: z.uuid().nullable().optional(),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const createdUser = z.object({ user, generatedPassword: z.string().nullable() }).meta({ id: 'CreatedUser' });

export const updateUserBody = z.strictObject({
  displayName: displayName.optional(),
  roles: roles.optional(),
  active: z.boolean().optional(),
  organizationId: z.uuid().nullable().optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, { error: 'Bitte das bisherige Passwort angeben.' }).max(200),
  newPassword: password,
});

export const resetPasswordResult = z.object({ generatedPassword: z.string() });

export const userListQuery = z.strictObject({
  q: z.string().max(200).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});
