/**
 * How the Pinterest provider gets its access token, from what the channel stores (first match):
 * 1. `client_id` + `client_secret` + `refresh_token`: `POST /v5/oauth/token` with HTTP Basic
 *    client credentials, `grant_type=refresh_token`. Pinterest's access tokens last 30 days; its
 *    continuous refresh tokens 60 days, and each refresh answers a NEW refresh token (apps made
 *    before 2025-09-25 must ask with `continuous_refresh=true`, which is sent). The new one is
 *    handed to `onRotated` at once, before the token is used: the sync seals it into the channel,
 *    so the next run (on any worker) refreshes with it. The old one is not used again, in case
 *    Pinterest no longer takes it.
 * 2. `access_token`: used as given until Pinterest refuses it.
 */
import { CredentialsError } from "../lib/http"
import { basicAuth, requestToken, type TokenRefusal } from "../lib/oauth/grant"
import { fingerprint, staticTokenSource, type TokenSource } from "../lib/oauth/token-cache"
import type { ProviderCredentials } from "../types"

/** A credential the platform replaced: the sync stores `value` where `previous` was. */
export type CredentialRotation = { key: string; previous: string; value: string }

export type PinterestAuth = { source: TokenSource; kind: "refresh_token" | "access_token" }

export function pinterestAuth(
  credentials: ProviderCredentials,
  options: { fetch: typeof fetch; tokenUrl: string; onRotated?: (rotation: CredentialRotation) => Promise<void> }
): PinterestAuth {
  if (credentials.refresh_token) return { source: new RefreshTokenSource(credentials, options), kind: "refresh_token" }
  if (credentials.access_token) return { source: staticTokenSource(credentials.access_token), kind: "access_token" }
  throw new CredentialsError(
    "pinterest",
    "the channel has no credentials to call the API: store client_id, client_secret and refresh_token, or an access_token",
    0,
    "missing_credentials"
  )
}

class RefreshTokenSource implements TokenSource {
  readonly renewable = true
  private refreshToken: string
  private readonly clientId: string
  private readonly clientSecret: string

  constructor(
    credentials: ProviderCredentials,
    private readonly options: { fetch: typeof fetch; tokenUrl: string; onRotated?: (rotation: CredentialRotation) => Promise<void> }
  ) {
    const missing = ["client_id", "client_secret"].filter((k) => !credentials[k])
    if (missing.length) {
      throw new CredentialsError(
        "pinterest",
        `the channel has a refresh_token but no ${missing.join(" and ")}: store your Pinterest app's id (client_id) and secret (client_secret)`,
        0,
        "missing_credentials"
      )
    }
    this.refreshToken = credentials.refresh_token
    this.clientId = credentials.client_id
    this.clientSecret = credentials.client_secret
  }

  get key() {
    return fingerprint("pinterest-refresh", this.options.tokenUrl, this.clientId, this.clientSecret, this.refreshToken)
  }

  async exchange() {
    const used = this.refreshToken
    const res = await requestToken(
      this.options.fetch,
      this.options.tokenUrl,
      { grant_type: "refresh_token", refresh_token: used, continuous_refresh: "true" },
      { authorization: basicAuth(this.clientId, this.clientSecret) }
    )
    if (!res.ok) throw refreshRefused(res.refusal)
    const next = res.answer.refresh_token
    if (typeof next === "string" && next && next !== used) {
      this.refreshToken = next
      try {
        await this.options.onRotated?.({ key: "refresh_token", previous: used, value: next })
      } catch (e) {
        throw new CredentialsError(
          "pinterest",
          `Pinterest issued a new refresh token that could not be stored (${(e as Error).message}); if the next ` +
            `run is refused, connect the channel again and store a new refresh_token`,
          0,
          "rotation_not_stored"
        )
      }
    }
    return { accessToken: res.answer.access_token, expiresInSeconds: res.answer.expires_in }
  }
}

const said = (r: TokenRefusal) => `${r.error}${r.description ? `: ${r.description}` : ""}`

/**
 * A refused refresh: Pinterest's code 283 ("The authorization grant is invalid") is a revoked,
 * expired (60 days unused) or already replaced refresh token; a Basic auth refusal is a wrong app.
 */
export function refreshRefused(r: TokenRefusal): CredentialsError {
  const grant = r.error === "283" || r.error === "invalid_grant" || /grant/i.test(r.description)
  const message = grant
    ? `Pinterest refused the refresh token (${said(r)}). It was revoked, went unused for 60 days, or was ` +
      `replaced: connect the channel again (authorize your app with catalogs:read and catalogs:write) and store ` +
      `the new refresh_token in the channel's credentials`
    : `Pinterest refused the app credentials (${said(r)}): check the channel's client_id (your app id) and client_secret`
  return new CredentialsError("pinterest", message, r.status, r.error)
}

/** The API refused the call itself (401 after one renewal). */
export function accessRefused(auth: PinterestAuth, status: number, body: any): CredentialsError {
  const answer = `${status}: ${body?.message ?? "no message"}`
  const message =
    auth.kind === "access_token"
      ? `Pinterest refused the access token (${answer}). Pinterest access tokens last 30 days: store client_id, ` +
        `client_secret and refresh_token so the plugin renews it`
      : `Pinterest refused an access token it had just issued (${answer}): check that the app has catalogs:write access`
  return new CredentialsError("pinterest", message, status, body?.code != null ? String(body.code) : null)
}
