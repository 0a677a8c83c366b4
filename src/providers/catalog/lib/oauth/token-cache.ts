/**
 * Access tokens obtained from long-lived credentials (a service account key, a refresh token),
 * kept until shortly before they expire and shared by every call that needs one: the parallel
 * calls of a run wait for ONE exchange instead of each starting its own, and later runs of the
 * same channel in this process reuse the token while it is good.
 *
 * Keyed by a fingerprint of the credentials (a SHA-256, never the secret itself), so a channel
 * whose credentials change gets a new token, and two channels with the same key share one.
 */
import { createHash } from "crypto"

/** What a token endpoint gave: the token and its lifetime in seconds (null: not said). */
export type TokenGrant = { accessToken: string; expiresInSeconds: number | null }

/** Where a provider's access token comes from. */
export interface TokenSource {
  /** The cache key: a fingerprint of the credentials that identify the grant. May change when a platform rotates one (Pinterest's refresh token). */
  readonly key: string
  /** False for a plain access token: when the platform refuses it there is nothing to ask for. */
  readonly renewable: boolean
  /** Asks the platform for a new access token. */
  exchange(nowMs: number): Promise<TokenGrant>
}

/** A SHA-256 of the parts, for cache keys: the secrets themselves are never kept as keys. */
export function fingerprint(...parts: (string | null | undefined)[]): string {
  const hash = createHash("sha256")
  for (const p of parts) hash.update(`${p ?? ""}\u0000`)
  return hash.digest("base64url")
}

/** The most a token is used before its end: five minutes, or a tenth of a short lifetime. */
const MAX_MARGIN_MS = 5 * 60_000

/**
 * When a token obtained at `obtainedAtMs` stops being used: `expires_in` less a margin (at most
 * five minutes, a tenth of a short lifetime), so a call never starts with a token about to lapse.
 * A grant without `expires_in` is kept until the platform refuses it.
 */
export function tokenExpiresAt(obtainedAtMs: number, expiresInSeconds: number | null | undefined): number {
  if (expiresInSeconds == null || !Number.isFinite(expiresInSeconds)) return Number.POSITIVE_INFINITY
  const lifetimeMs = Math.max(0, expiresInSeconds) * 1000
  return obtainedAtMs + lifetimeMs - Math.min(MAX_MARGIN_MS, lifetimeMs / 10)
}

type Entry = { accessToken: string; expiresAt: number }

export class AccessTokenCache {
  private readonly entries = new Map<string, Entry>()
  private readonly inflight = new Map<string, Promise<Entry>>()

  /** A token that is still good, or the result of one exchange shared by every caller asking meanwhile. */
  async get(source: TokenSource, nowMs: number): Promise<string> {
    const entry = this.entries.get(source.key)
    if (entry && nowMs < entry.expiresAt) return entry.accessToken
    return (await this.exchange(source, nowMs)).accessToken
  }

  /**
   * The platform refused `stale` (a 401): a token other than it. When another call already
   * renewed it, that token; otherwise one exchange for all the callers refused meanwhile. Null
   * when the source cannot renew (a plain access token).
   */
  async renew(source: TokenSource, stale: string, nowMs: number): Promise<string | null> {
    if (!source.renewable) return null
    const entry = this.entries.get(source.key)
    if (entry && entry.accessToken !== stale && nowMs < entry.expiresAt) return entry.accessToken
    if (entry?.accessToken === stale) this.entries.delete(source.key)
    return (await this.exchange(source, nowMs)).accessToken
  }

  /** Forgets every token (tests; a process that must not reuse them). */
  clear() {
    this.entries.clear()
  }

  private exchange(source: TokenSource, nowMs: number): Promise<Entry> {
    const key = source.key
    const pending = this.inflight.get(key)
    if (pending) return pending
    const promise = source
      .exchange(nowMs)
      .then((grant) => {
        const entry = { accessToken: grant.accessToken, expiresAt: tokenExpiresAt(nowMs, grant.expiresInSeconds) }
        this.prune(nowMs)
        this.entries.set(key, entry)
        // The exchange rotated a credential: the next run opens the channel with the new one.
        if (source.key !== key) this.entries.set(source.key, entry)
        return entry
      })
      .finally(() => this.inflight.delete(key))
    this.inflight.set(key, promise)
    return promise
  }

  private prune(nowMs: number) {
    for (const [k, e] of this.entries) if (e.expiresAt <= nowMs) this.entries.delete(k)
  }
}

// On globalThis, as the provider registry: a host app or a test may load this file through
// another module instance than the workflows, and must still share the tokens.
const CACHE_KEY = Symbol.for("medusa-plugin-social-commerce.catalog-access-tokens")
/** The process's tokens, shared by every provider instance (each run resolves its own). */
export const sharedTokenCache: AccessTokenCache = ((globalThis as any)[CACHE_KEY] ??= new AccessTokenCache())

/** A plain access token as given: used until the platform refuses it, never renewed. */
export function staticTokenSource(accessToken: string): TokenSource {
  return {
    key: fingerprint("static", accessToken),
    renewable: false,
    exchange: async () => ({ accessToken, expiresInSeconds: null }),
  }
}
