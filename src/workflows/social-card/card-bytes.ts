import { SizedLru } from "../../modules/social-card/lib/lru"

export type CardBytes = { bytes: Buffer; mime: string }

// Recent card bytes (64 MB at most) so that cached hits answer without the database or the
// File module; a miss reads the record and the file.
const recent = new SizedLru<CardBytes>(64 * 1024 * 1024)

export function rememberBytes(hash: string, card: CardBytes) {
  recent.set(hash, card, card.bytes.length)
}

export function recentBytes(hash: string) {
  return recent.get(hash)
}

/**
 * Forgets a deleted card in this process. Other processes may serve it from memory until it
 * falls out of their cache: it is old content under its own URL, never wrong content.
 */
export function forgetBytes(hash: string) {
  recent.delete(hash)
}
