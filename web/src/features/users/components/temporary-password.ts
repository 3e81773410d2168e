/** A temporary password that meets the rule (≥10, letters and digits) and is easy to read aloud. */
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

export function generateTemporaryPassword(length = 12): string {
  const alphabet = LETTERS + DIGITS;
  const random = new Uint32Array(length);
  for (;;) {
    crypto.getRandomValues(random);
    const password = Array.from(random, (n) => alphabet[n % alphabet.length]).join('');
    if (/[a-zA-Z]/.test(password) && /\d/.test(password)) return password;
  }
}
