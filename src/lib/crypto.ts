import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "crypto"

/**
 * Credentials at rest: AES-256-GCM, one random 96-bit IV per value. GCM's tag makes a tampered or
 * wrongly-keyed value fail loudly instead of decrypting to garbage.
 *
 * Format v2 (written now): `v2.<salt>.<iv>.<tag>.<ciphertext>` (base64url). The value's key is
 * HKDF-SHA256 of the configured key material with a random 128-bit salt of its own (RFC 5869),
 * so no two values share a key and a short passphrase is never used as a key directly; and the
 * channel id is the GCM additional data: a ciphertext copied onto another channel's row does not
 * open there (one channel's credentials cannot be sent to another channel's platform by moving a
 * value in the database).
 *
 * Format v1 (read only, written before): `v1.<iv>.<tag>.<ciphertext>`, key = the material as is
 * (64 hex or base64 of 32 bytes) or its SHA-256, no additional data. It is still opened, and the
 * service writes it again as v2 the next time it opens or changes it.
 */

const HKDF_INFO = "medusa-plugin-social-commerce/catalog-credentials/v2"

/** The key material of the configured secret: 32 bytes given as 64 hex or base64 as is, else its UTF-8 bytes. */
export function keyMaterial(secret: string): Buffer {
  if (/^[0-9a-f]{64}$/i.test(secret)) return Buffer.from(secret, "hex")
  const b64 = Buffer.from(secret, "base64")
  if (b64.length === 32 && /^[A-Za-z0-9+/_-]{43}=?$/.test(secret)) return b64
  return Buffer.from(secret, "utf8")
}

/** The v1 key (legacy, read only): the material as is when it is 32 bytes, else SHA-256 of the secret. */
function legacyKey(secret: string) {
  const material = keyMaterial(secret)
  return material.length === 32 && material.toString("utf8") !== secret ? material : createHash("sha256").update(secret).digest()
}

function valueKey(material: Buffer, salt: Buffer) {
  return Buffer.from(hkdfSync("sha256", material, salt, HKDF_INFO, 32))
}

/** The row a value is bound to: its table (a channel by default; publishing accounts too) and id. */
function aad(channelId: string, table: string) {
  return Buffer.from(`${table}:${channelId}`, "utf8")
}

/** Seals a value for one channel (format v2), or one row of another table of sealed credentials. */
export function encryptJson(value: unknown, secret: string, channelId: string, table = "social_catalog_channel"): string {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", valueKey(keyMaterial(secret), salt), iv)
  cipher.setAAD(aad(channelId, table))
  const data = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()])
  return ["v2", salt, iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".")
}

/** The format version of a sealed value ("v1", "v2"), or null. */
export function sealedVersion(sealed: string): string | null {
  const v = sealed.split(".", 1)[0]
  return v === "v1" || v === "v2" ? v : null
}

/** Opens a v2 value of this channel, or a v1 value (no channel binding); throws otherwise. */
export function decryptJson<T = unknown>(sealed: string, secret: string, channelId: string, table = "social_catalog_channel"): T {
  const parts = sealed.split(".")
  let decipher
  let data: string | undefined
  if (parts[0] === "v2" && parts.length === 5) {
    const [, salt, iv, tag, body] = parts
    decipher = createDecipheriv("aes-256-gcm", valueKey(keyMaterial(secret), Buffer.from(salt, "base64url")), Buffer.from(iv, "base64url"))
    decipher.setAAD(aad(channelId, table))
    decipher.setAuthTag(Buffer.from(tag, "base64url"))
    data = body
  } else if (parts[0] === "v1" && parts.length === 4) {
    const [, iv, tag, body] = parts
    decipher = createDecipheriv("aes-256-gcm", legacyKey(secret), Buffer.from(iv, "base64url"))
    decipher.setAuthTag(Buffer.from(tag, "base64url"))
    data = body
  } else {
    throw new Error("social_catalog: credentials are not in a known sealed format")
  }
  const text = Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8")
  return JSON.parse(text) as T
}

/** Seals a value in the v1 format: only to test that values written before still open. */
export function encryptJsonV1(value: unknown, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", legacyKey(secret), iv)
  const data = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()])
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".")
}
