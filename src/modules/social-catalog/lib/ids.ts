import { randomBytes } from "crypto"

// Crockford's base32, as ULIDs use it.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/**
 * `count` ids in the form of Medusa's `generateEntityId` (`prefix_` + a 26-character ULID: 10
 * characters of time, 16 of randomness), drawing the randomness with ONE read for the batch.
 * `generateEntityId` reads the system's random source once per character (the ulid package's
 * default): for a snapshot of 100,000 rows that was 1.6 million reads, about 10% of the build.
 */
export function entityIds(prefix: string, count: number, now = Date.now()): string[] {
  let time = ""
  for (let t = now, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = ALPHABET[t % 32] + time
  const bytes = randomBytes(count * 10)
  const out: string[] = new Array(count)
  for (let n = 0; n < count; n++) {
    let id = `${prefix}_${time}`
    // 10 bytes = 80 bits = 16 characters of 5 bits.
    for (let c = 0; c < 16; c++) {
      const bit = c * 5
      const byte = n * 10 + (bit >> 3)
      const word = (bytes[byte] << 8) | (byte + 1 < (n + 1) * 10 ? bytes[byte + 1] : 0)
      id += ALPHABET[(word >> (11 - (bit & 7))) & 31]
    }
    out[n] = id
  }
  return out
}
