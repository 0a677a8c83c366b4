import { randomBytes } from "crypto"

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
/** 10 base62 characters: about 59.5 bits, so guessing a live code is hopeless. */
export const SHARE_CODE_LENGTH = 10
/** What /s/:code accepts; anything else is a 404 without a database read. */
export const SHARE_CODE_PATTERN = /^[A-Za-z0-9]{8,32}$/

/**
 * A random share code from the CSPRNG. Bytes >= 248 are rejected so that every character of the
 * 62-letter alphabet is equally likely (248 = 4 * 62).
 */
export function generateShareCode(length = SHARE_CODE_LENGTH): string {
  let out = ""
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) {
        out += ALPHABET[byte % 62]
      }
    }
  }
  return out
}

export function isShareCode(value: unknown): value is string {
  return typeof value === "string" && SHARE_CODE_PATTERN.test(value)
}
