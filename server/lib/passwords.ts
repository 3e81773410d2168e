/**
 * Passwords: argon2id with OWASP's recommended cost (19 MiB, 2 passes). A dummy hash
 * lets sign-in spend the same time on an unknown user as on a wrong password.
 */
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id is a const enum (2), which isolated modules cannot read.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID as never, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** A hash of nothing anyone knows, verified when the user does not exist. */
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  return dummyHash;
}
