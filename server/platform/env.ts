import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === '1' || v === 'true'));

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const settingsSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL muss mit postgres:// beginnen.' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DEMO: flag,
  PUBLIC_URL: z.url().optional().or(z.literal('').transform(() => undefined)),
  OFFICE_NAME: z.string().min(1).default('Jugendamt'),
  OFFICE_CODE: z.string().regex(/^[a-z0-9-]+$/).default('jugendamt'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: positiveInt(60),
  SESSION_MAX_HOURS: positiveInt(12),
  LOGIN_MAX_FAILURES: positiveInt(10),
  LOGIN_WINDOW_MINUTES: positiveInt(15),
  LOGIN_LOCK_MINUTES: positiveInt(15),
  BODY_LIMIT_BYTES: positiveInt(1_048_576),
  TRUST_PROXY: flag,
  /** Optional: a mail server for sending meeting invitations (smtp:// or smtps://, with credentials if needed). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: 'SMTP_URL muss mit smtp:// oder smtps:// beginnen.' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** The sender of invitations, e.g. "Jugendamt <netzwerk@example.org>"; required when SMTP_URL is set. */
  SMTP_FROM: z.string().min(3).optional().or(z.literal('').transform(() => undefined)),
});

export type Settings = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean | undefined;
  publicUrl: string;
  officeName: string;
  officeCode: string;
  logLevel: z.infer<typeof settingsSchema>['LOG_LEVEL'];
  sessionIdleMs: number;
  sessionMaxMs: number;
  loginMaxFailures: number;
  loginWindowMs: number;
  loginLockMs: number;
  bodyLimitBytes: number;
  trustProxy: boolean;
  /** Sending mail is optional: without it the app offers invitations to copy. */
  smtp: { url: string; from: string } | undefined;
};

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ungültige Einstellungen:\n${lines.join('\n')}`);
  }
  const s = parsed.data;
  if (s.SMTP_URL && !s.SMTP_FROM) throw new Error('Ungültige Einstellungen:\n  SMTP_FROM: Mit SMTP_URL bitte auch den Absender angeben.');
  const minute = 60_000;
  return {
    port: s.PORT,
    host: s.HOST,
    dataDir: path.resolve(s.DATA_DIR),
    databaseUrl: s.DATABASE_URL,
    demo: s.DEMO,
    publicUrl: (s.PUBLIC_URL ?? `http://localhost:${s.PORT}`).replace(/\/$/, ''),
    officeName: s.OFFICE_NAME,
    officeCode: s.OFFICE_CODE,
    logLevel: s.LOG_LEVEL,
    sessionIdleMs: s.SESSION_IDLE_MINUTES * minute,
    sessionMaxMs: s.SESSION_MAX_HOURS * 60 * minute,
    loginMaxFailures: s.LOGIN_MAX_FAILURES,
    loginWindowMs: s.LOGIN_WINDOW_MINUTES * minute,
    loginLockMs: s.LOGIN_LOCK_MINUTES * minute,
    bodyLimitBytes: s.BODY_LIMIT_BYTES,
    trustProxy: s.TRUST_PROXY ?? false,
    smtp: s.SMTP_URL && s.SMTP_FROM ? { url: s.SMTP_URL, from: s.SMTP_FROM } : undefined,
  };
}
