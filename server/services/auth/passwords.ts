// argon2id with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane): memory-hard, and about
// 50 ms a hash here. The PHC string keeps its parameters, so raising them later still verifies old hashes.
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, which isolated modules cannot read)
export const ARGON2_PARAMS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), ARGON2_PARAMS);
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize('NFKC'));
  } catch {
    return false; // a malformed stored hash never matches
  }
}

export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}
