/**
 * The most common passwords that pass the length rule: breach corpora are dominated by a handful of
 * words and keyboard walks padded with digits or punctuation to reach a length requirement.
 */
const COMMON_BASES = new Set([
  "password", "passw0rd", "p@ssword", "p@ssw0rd", "qwerty", "qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertyui",
  "letmein", "welcome", "iloveyou", "admin", "administrator", "abc", "abcdef", "abcdefgh", "monkey", "dragon",
  "sunshine", "princess", "football", "baseball", "superman", "batman", "trustno1", "master", "shadow", "starwars",
  "whatever", "changeme", "default", "secret", "login", "access", "computer", "internet", "hello", "freedom",
  "summer", "winter", "spring", "autumn", "january", "december", "michael", "jennifer", "charlie", "jordan",
  "medical", "medicalassistant", "doctor", "nurse", "clinic", "hospital", "patient", "health", "healthcare",
  "cleared", "letmeinplease", "passwordpassword", "qazwsx", "qazwsxedc", "1q2w3e4r", "1qaz2wsx", "zaq12wsx",
]);

const COMMON_EXACT = new Set([
  "123456789012", "1234567890123", "12345678901234", "123456789123", "1234567890qwerty", "qwerty123456",
  "111111111111", "000000000000", "123123123123", "121212121212", "987654321098", "147258369147",
  "1q2w3e4r5t6y", "1q2w3e4r5t6y7u", "q1w2e3r4t5y6", "zaq1zaq1zaq1", "qwertyuiop12", "qwertyuiop123",
  "asdfghjkl123", "iloveyou1234", "password1234", "password12345", "password123!", "abcd1234abcd",
  "abc123abc123", "aaaaaaaaaaaa", "correcthorsebatterystaple", "correct horse battery staple",
]);

export function isCommonPassword(password: string): boolean {
  const normalized = password.toLowerCase().trim();
  if (COMMON_EXACT.has(normalized)) return true;
  if (new Set(normalized).size <= 2) return true; // "aaaaaaaaaaaa", "abababababab"
  if (isSequence(normalized)) return true;
  // A common word (possibly repeated) padded with digits, punctuation or spaces.
  const core = normalized.replace(/^[\d\W_]+|[\d\W_]+$/g, "");
  if (core === "") return true;
  for (const base of COMMON_BASES) {
    if (core === base || (core.length % base.length === 0 && core === base.repeat(core.length / base.length))) return true;
  }
  return false;
}

function isSequence(value: string): boolean {
  const codes = [...value].map((c) => c.codePointAt(0) ?? 0);
  const steps = new Set(codes.slice(1).map((code, i) => code - (codes[i] ?? 0)));
  return steps.size === 1 && [1, -1].includes([...steps][0] ?? 0);
}
