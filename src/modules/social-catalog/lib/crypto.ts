import { createCipheriv, createDecipheriv, createHash, randomBytes } from "crypto"

/**
 * Credentials at rest: AES-256-GCM with a random 96-bit IV per value, stored as
 * `v1.<iv>.<tag>.<ciphertext>` (base64url). GCM's tag makes a tampered or wrongly-keyed value
 * fail loudly instead of decrypting to garbage.
 */

/** A 32-byte key from the configured secret: a 64-hex or base64 32-byte key as is, else SHA-256 of it. */
export function deriveKey(secret: string): Buffer {
  if (/^[0-9a-f]{64}$/i.test(secret)) return Buffer.from(secret, "hex")
  const b64 = Buffer.from(secret, "base64")
  if (b64.length === 32 && /^[A-Za-z0-9+/_-]{43}=?$/.test(secret)) return b64
  return createHash("sha256").update(secret).digest()
}

export function encryptJson(value: unknown, key: Buffer): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", key, iv)
  const data = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()])
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".")
}

export function decryptJson<T = unknown>(sealed: string, key: Buffer): T {
  const [version, iv, tag, data] = sealed.split(".")
  if (version !== "v1" || !iv || !tag || data === undefined) {
    throw new Error("social_catalog: credentials are not in a known sealed format")
  }
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"))
  decipher.setAuthTag(Buffer.from(tag, "base64url"))
  const text = Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8")
  return JSON.parse(text) as T
}
