/**
 * How the Google provider gets its access token, from what the channel stores (first match):
 * 1. `service_account_json`: a service account key, exchanged with the JWT bearer grant;
 * 2. `client_id` + `client_secret` + `refresh_token`: an OAuth client's refresh grant;
 * 3. `access_token`: used as given (Google ends it after an hour; nothing renews it).
 * Both exchanges give a token of about an hour (`expires_in`), which the token cache renews
 * shortly before its end. Refusals become CredentialsErrors that say what the admin has to do.
 */
import { CredentialsError } from "../lib/http"
import { requestToken, type TokenRefusal } from "../lib/oauth/grant"
import { buildServiceAccountAssertion, GOOGLE_TOKEN_URL, JWT_BEARER_GRANT, parseServiceAccountKey } from "../lib/oauth/service-account"
import { fingerprint, staticTokenSource, type TokenSource } from "../lib/oauth/token-cache"
import type { ProviderCredentials } from "../types"

/** The Merchant API's scope (Google's Merchant API authorization guide). */
export const GOOGLE_CONTENT_SCOPE = "https://www.googleapis.com/auth/content"

export type GoogleAuth = {
  source: TokenSource
  kind: "service_account" | "refresh_token" | "access_token"
  /** Who calls, in the admin's words: the service account's address, or null. */
  principal: string | null
}

export function googleAuth(credentials: ProviderCredentials, options: { fetch: typeof fetch; tokenUrl?: string }): GoogleAuth {
  if (credentials.service_account_json) return serviceAccount(credentials.service_account_json, options.fetch)
  if (credentials.refresh_token) return refreshToken(credentials, options)
  if (credentials.access_token) return { source: staticTokenSource(credentials.access_token), kind: "access_token", principal: null }
  throw new CredentialsError(
    "google",
    "the channel has no credentials to call the Merchant API: store a service account key (service_account_json), " +
      "or client_id, client_secret and refresh_token, or an access_token",
    0,
    "missing_credentials"
  )
}

function serviceAccount(json: string, fetchImpl: typeof fetch): GoogleAuth {
  const parsed = parseServiceAccountKey(json)
  if (!parsed.ok) {
    throw new CredentialsError("google", `the channel's service_account_json ${parsed.message}`, 0, "invalid_service_account_json")
  }
  const { key, privateKey } = parsed
  return {
    kind: "service_account",
    principal: key.client_email,
    source: {
      key: fingerprint("google-service-account", key.client_email, key.private_key, key.token_uri, GOOGLE_CONTENT_SCOPE),
      renewable: true,
      async exchange(nowMs) {
        const assertion = buildServiceAccountAssertion(key, { scope: GOOGLE_CONTENT_SCOPE, nowMs, privateKey })
        const res = await requestToken(fetchImpl, key.token_uri, { grant_type: JWT_BEARER_GRANT, assertion })
        if (!res.ok) throw serviceAccountRefused(key.client_email, res.refusal)
        return { accessToken: res.answer.access_token, expiresInSeconds: res.answer.expires_in }
      },
    },
  }
}

function refreshToken(credentials: ProviderCredentials, options: { fetch: typeof fetch; tokenUrl?: string }): GoogleAuth {
  const missing = ["client_id", "client_secret"].filter((k) => !credentials[k])
  if (missing.length) {
    throw new CredentialsError(
      "google",
      `the channel has a refresh_token but no ${missing.join(" and ")}: store the OAuth client's client_id and client_secret that obtained it`,
      0,
      "missing_credentials"
    )
  }
  const { client_id, client_secret, refresh_token } = credentials
  const tokenUrl = credentials.token_uri || options.tokenUrl || GOOGLE_TOKEN_URL
  return {
    kind: "refresh_token",
    principal: null,
    source: {
      key: fingerprint("google-refresh", tokenUrl, client_id, client_secret, refresh_token),
      renewable: true,
      async exchange() {
        const res = await requestToken(options.fetch, tokenUrl, { grant_type: "refresh_token", refresh_token, client_id, client_secret })
        if (!res.ok) throw refreshRefused(res.refusal)
        return { accessToken: res.answer.access_token, expiresInSeconds: res.answer.expires_in }
      },
    },
  }
}

const said = (r: TokenRefusal) => `${r.error}${r.description ? `: ${r.description}` : ""}`

/** A refused assertion: invalid_grant is a deleted or disabled key or account, or a clock far off. */
export function serviceAccountRefused(email: string, r: TokenRefusal): CredentialsError {
  const message =
    r.error === "invalid_grant"
      ? `Google refused the service account key of ${email} (${said(r)}). The key or the account was deleted or ` +
        `disabled, or this server's clock is off: create a new JSON key for the service account (Google Cloud ` +
        `console, IAM & Admin > Service accounts > Keys) and store it as the channel's service_account_json`
      : `Google refused the service account ${email} (${said(r)}): check the key stored as the channel's service_account_json`
  return new CredentialsError("google", message, r.status, r.error)
}

/** A refused refresh grant: invalid_grant is a revoked or expired refresh token, invalid_client a wrong client. */
export function refreshRefused(r: TokenRefusal): CredentialsError {
  const message =
    r.error === "invalid_client" || r.error === "unauthorized_client"
      ? `Google does not accept the OAuth client (${said(r)}): check the channel's client_id and client_secret`
      : `Google refused the refresh token (${said(r)}). It was revoked, expired, or belongs to another OAuth ` +
        `client: authorize the app again with the scope ${GOOGLE_CONTENT_SCOPE} and store the new refresh_token ` +
        `in the channel's credentials`
  return new CredentialsError("google", message, r.status, r.error)
}

/**
 * The Merchant API refused the call itself (401 after one renewal, or 403): what the admin can do
 * depends on how the channel signs in.
 */
export function accessRefused(auth: GoogleAuth, status: number, body: any, merchantId: string): CredentialsError {
  const error = body?.error ?? {}
  const answer = `${status}${error.status ? ` ${error.status}` : ""}: ${error.message ?? "no message"}`
  let message: string
  if (status === 401 && auth.kind === "access_token") {
    message =
      `Google refused the access token (${answer}). An access token lasts one hour: store a service account key ` +
      `(service_account_json), or client_id, client_secret and refresh_token, so the plugin renews it`
  } else if (status === 401) {
    message = `Google refused an access token it had just issued (${answer}): check the channel's credentials`
  } else {
    const who = auth.principal ?? "the Google account the credentials belong to"
    message =
      `Google refused access to Merchant Center account ${merchantId} (${answer}): add ${who} as a user of that ` +
      `account (Merchant Center, Settings > People and access), and check merchant_id and data_source_id`
  }
  return new CredentialsError("google", message, status, error.status ?? null)
}
