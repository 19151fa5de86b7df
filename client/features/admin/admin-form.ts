/** Refusals the server sends about one field, put next to that field rather than above the form. */
export const ADMIN_FIELD_OF_KEY: Readonly<Record<string, string>> = {
  'user.usernameTaken': 'username',
  'unit.codeTaken': 'code',
  'unit.nameTaken': 'name',
};

/** A random temporary password an administrator can read out or paste (no look-alike characters). */
export function generatePassword(length = 14): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}
