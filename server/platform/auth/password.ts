import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id (m=19 MiB, t=2, p=1), the OWASP baseline; the hash string carries its parameters.
export const hashPassword = (password: string): Promise<string> => hash(password);

// Verifying against this when the e-mail is unknown keeps the answer time the same for known and unknown accounts.
const dummyHash = '$argon2id$v=19$m=19456,t=2,p=1$7CGOmiKZx1TxSPvfaZobcQ$CTFiJYVHYGU3q037k3+A5cniSufs3PE8PpJwH8WKWTU';

export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? dummyHash, password);
  } catch {
    return false;
  }
}

/** 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I): about 110 bits. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
