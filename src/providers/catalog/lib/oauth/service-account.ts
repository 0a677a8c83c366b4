/**
 * Google service account keys and the JWT bearer grant (RFC 7523) Google's OAuth 2.0 server takes
 * for them: the key file's `private_key` signs a short-lived JWT (RS256) naming the account
 * (`iss`), the scope and the token endpoint (`aud`); the token endpoint answers an access token
 * of about an hour. Google's guide: "Using OAuth 2.0 for Server to Server Applications".
 *
 * Pure: the clock is passed in; signing uses node's crypto, no JWT library.
 */
import { createPrivateKey, sign, type KeyObject } from "crypto"

export const GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
export const JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
/** Google refuses an assertion whose `exp` is more than an hour after its `iat`. */
export const MAX_ASSERTION_SECONDS = 3600

export type ServiceAccountKey = {
  client_email: string
  private_key: string
  token_uri: string
  private_key_id: string | null
}

export type ParsedKey = { ok: true; key: ServiceAccountKey; privateKey: KeyObject } | { ok: false; message: string }

/**
 * Reads the content of a service account's JSON key file. The message of a refusal says what is
 * wrong in words an admin can act on, and never quotes the key.
 */
export function parseServiceAccountKey(text: string): ParsedKey {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, message: "is not JSON: paste the whole content of the key file Google Cloud downloaded" }
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) {
    return { ok: false, message: "must be the JSON object of a service account key file" }
  }
  const o = json as Record<string, unknown>
  // An OAuth client file ({"installed": {...}} or {"web": {...}}) is the usual wrong paste.
  if (o.installed || o.web) {
    return { ok: false, message: "is an OAuth client file, not a service account key: use client_id, client_secret and refresh_token for it" }
  }
  if (o.type !== undefined && o.type !== "service_account") {
    return { ok: false, message: `has type "${String(o.type).slice(0, 40)}"; a service account key has type "service_account"` }
  }
  if (typeof o.client_email !== "string" || !/^[^@\s]+@[^@\s]+$/.test(o.client_email)) {
    return { ok: false, message: "has no client_email (the service account's address)" }
  }
  if (typeof o.private_key !== "string" || !o.private_key.includes("PRIVATE KEY")) {
    return { ok: false, message: "has no private_key (a PEM private key)" }
  }
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey(o.private_key)
  } catch {
    return { ok: false, message: "has a private_key that is not a readable PEM private key" }
  }
  if (privateKey.asymmetricKeyType !== "rsa") {
    return { ok: false, message: "has a private_key that is not an RSA key (Google signs with RS256)" }
  }
  // Google's key files always carry token_uri; a file without one gets Google's endpoint.
  const tokenUri = o.token_uri === undefined ? GOOGLE_TOKEN_URL : o.token_uri
  if (typeof tokenUri !== "string" || !/^https?:\/\/[^\s]+$/.test(tokenUri)) {
    return { ok: false, message: "has a token_uri that is not an http(s) URL" }
  }
  const keyId = typeof o.private_key_id === "string" && o.private_key_id ? o.private_key_id : null
  return {
    ok: true,
    key: { client_email: o.client_email, private_key: o.private_key, token_uri: tokenUri, private_key_id: keyId },
    privateKey,
  }
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url")

/**
 * The signed JWT a service account presents to the token endpoint: header `{alg: RS256, typ: JWT,
 * kid}` (kid = private_key_id, so Google picks the right public key at once), claims `iss` (the
 * account), `scope`, `aud` (the token endpoint), `iat` and `exp` one hour later at most.
 */
export function buildServiceAccountAssertion(
  key: ServiceAccountKey,
  options: { scope: string; nowMs: number; lifetimeSeconds?: number; privateKey?: KeyObject }
): string {
  const iat = Math.floor(options.nowMs / 1000)
  const lifetime = Math.min(options.lifetimeSeconds ?? MAX_ASSERTION_SECONDS, MAX_ASSERTION_SECONDS)
  const header = { alg: "RS256", typ: "JWT", ...(key.private_key_id ? { kid: key.private_key_id } : {}) }
  const claims = { iss: key.client_email, scope: options.scope, aud: key.token_uri, iat, exp: iat + lifetime }
  const input = `${b64url(header)}.${b64url(claims)}`
  const signature = sign("RSA-SHA256", Buffer.from(input), options.privateKey ?? key.private_key)
  return `${input}.${signature.toString("base64url")}`
}
