import { randomInt } from "crypto"

// No 0/O, 1/I/L: codes are read aloud and typed from emails.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

/** A random code such as `RW-7K3M-Q9XF`; 8 characters of 31 give about 8.5e11 codes. */
export function randomCode(prefix: string, length = 8): string {
  let s = ""
  for (let i = 0; i < length; i++) {
    s += ALPHABET[randomInt(ALPHABET.length)]
  }
  return `${prefix}-${s.slice(0, 4)}-${s.slice(4)}`
}
