import { generateKeyPairSync, verify } from "crypto"
import { buildServiceAccountAssertion, parseServiceAccountKey } from "./service-account"
import { AccessTokenCache, fingerprint, tokenExpiresAt, type TokenSource } from "./token-cache"
import { makeServiceAccount } from "../../../../../integration-tests/contract-servers/_keys"

const TOKEN_URI = "https://oauth2.example/token"
const account = makeServiceAccount()
const keyFile = account.keyFile(TOKEN_URI)
const decode = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8"))

describe("service account key", () => {
  it("reads a key file and refuses what is not one, saying what is wrong and never quoting the key", () => {
    const parsed = parseServiceAccountKey(keyFile)
    expect(parsed).toMatchObject({ ok: true, key: { client_email: account.clientEmail, token_uri: TOKEN_URI } })
    const file = JSON.parse(keyFile)
    const cases: [string, RegExp][] = [
      ["{not json", /not JSON/],
      ["[1,2]", /JSON object/],
      [JSON.stringify({ installed: { client_id: "x" } }), /OAuth client file/],
      [JSON.stringify({ ...file, type: "authorized_user" }), /type "authorized_user"/],
      [JSON.stringify({ ...file, client_email: undefined }), /client_email/],
      [JSON.stringify({ ...file, private_key: "hello" }), /no private_key/],
      [JSON.stringify({ ...file, private_key: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n" }), /not a readable PEM/],
      [JSON.stringify({ ...file, token_uri: "ftp://x" }), /token_uri/],
    ]
    for (const [text, message] of cases) {
      const result = parseServiceAccountKey(text)
      expect(result.ok).toBe(false)
      expect(!result.ok && result.message).toMatch(message)
      expect(!result.ok && result.message).not.toContain("PRIVATE KEY")
    }
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString()
    expect(parseServiceAccountKey(JSON.stringify({ ...file, private_key: ec }))).toMatchObject({ ok: false, message: expect.stringMatching(/RSA/) })
    // Google's files carry token_uri; one without gets Google's endpoint.
    expect(parseServiceAccountKey(JSON.stringify({ ...file, token_uri: undefined }))).toMatchObject({ ok: true, key: { token_uri: "https://oauth2.googleapis.com/token" } })
  })

  it("builds the JWT Google's token endpoint takes: RS256 with the key id, iss/scope/aud, exp an hour after iat, signed by the key", () => {
    const parsed = parseServiceAccountKey(keyFile)
    if (!parsed.ok) throw new Error(parsed.message)
    const now = Date.parse("2026-12-01T10:00:00.400Z")
    const jwt = buildServiceAccountAssertion(parsed.key, { scope: "https://www.googleapis.com/auth/content", nowMs: now })
    const [header, claims, signature] = jwt.split(".")
    expect(decode(header)).toEqual({ alg: "RS256", typ: "JWT", kid: JSON.parse(keyFile).private_key_id })
    expect(decode(claims)).toEqual({
      iss: account.clientEmail,
      scope: "https://www.googleapis.com/auth/content",
      aud: TOKEN_URI,
      iat: 1796119200,
      exp: 1796119200 + 3600,
    })
    expect(verify("RSA-SHA256", Buffer.from(`${header}.${claims}`), account.publicKey, Buffer.from(signature, "base64url"))).toBe(true)
    // Another key's public half does not verify it: the server can tell a wrong key.
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey
    expect(verify("RSA-SHA256", Buffer.from(`${header}.${claims}`), other, Buffer.from(signature, "base64url"))).toBe(false)
    // Never longer than Google's hour, whatever is asked.
    const long = buildServiceAccountAssertion(parsed.key, { scope: "s", nowMs: now, lifetimeSeconds: 7200 })
    const c = decode(long.split(".")[1])
    expect(c.exp - c.iat).toBe(3600)
  })
})

describe("access token expiry", () => {
  it("stops using a token shortly before expires_in: five minutes before, or a tenth of a short lifetime", () => {
    const t = 1_000_000
    expect(tokenExpiresAt(t, 3599)).toBe(t + 3_299_000) // Google's hour: renewed after 55 minutes
    expect(tokenExpiresAt(t, 30 * 86_400)).toBe(t + 30 * 86_400_000 - 300_000) // Pinterest's 30 days
    expect(tokenExpiresAt(t, 60)).toBe(t + 54_000)
    expect(tokenExpiresAt(t, 0)).toBe(t)
    expect(tokenExpiresAt(t, null)).toBe(Number.POSITIVE_INFINITY)
  })
})

describe("token cache", () => {
  function source(renewable = true) {
    let n = 0
    let release: () => void = () => {}
    const s: TokenSource & { exchanges: () => number; hold: () => void } = {
      key: fingerprint("test", "creds"),
      renewable,
      exchange: async () => {
        n++
        await new Promise<void>((r) => (release = r))
        return { accessToken: `token-${n}`, expiresInSeconds: 3600 }
      },
      exchanges: () => n,
      hold: () => release(),
    }
    return s
  }

  it("shares one exchange among the calls asking at once, and keeps the token until shortly before its end", async () => {
    const cache = new AccessTokenCache()
    const s = source()
    const asks = Array.from({ length: 8 }, () => cache.get(s, 0))
    await new Promise((r) => setImmediate(r))
    s.hold()
    expect(await Promise.all(asks)).toEqual(Array(8).fill("token-1"))
    expect(s.exchanges()).toBe(1)
    expect(await cache.get(s, 3_299_999)).toBe("token-1")
    const later = cache.get(s, 3_300_000)
    await new Promise((r) => setImmediate(r))
    s.hold()
    expect(await later).toBe("token-2")
    expect(s.exchanges()).toBe(2)
  })

  it("renews a refused token once for every call it refused, and never a plain access token", async () => {
    const cache = new AccessTokenCache()
    const s = source()
    const first = cache.get(s, 0)
    await new Promise((r) => setImmediate(r))
    s.hold()
    const stale = await first
    const renewals = [cache.renew(s, stale, 10), cache.renew(s, stale, 10), cache.renew(s, stale, 10)]
    await new Promise((r) => setImmediate(r))
    s.hold()
    expect(await Promise.all(renewals)).toEqual(["token-2", "token-2", "token-2"])
    // A call refused with the old token after the renewal gets the new one, without an exchange.
    expect(await cache.renew(s, stale, 20)).toBe("token-2")
    expect(s.exchanges()).toBe(2)
    expect(await cache.renew(source(false), "x", 0)).toBeNull()
  })

  it("forgets a failed exchange: the next call asks again", async () => {
    const cache = new AccessTokenCache()
    let calls = 0
    const s: TokenSource = {
      key: "k",
      renewable: true,
      exchange: async () => {
        calls++
        if (calls === 1) throw new Error("refused")
        return { accessToken: "ok", expiresInSeconds: 60 }
      },
    }
    await expect(cache.get(s, 0)).rejects.toThrow("refused")
    expect(await cache.get(s, 0)).toBe("ok")
  })
})
