import { randomInt } from "node:crypto";

// No 0/O or 1/l/I: the password is read aloud or copied by hand.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A one-time password shown once to the admin; the user must replace it at first sign-in. */
export function temporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}
