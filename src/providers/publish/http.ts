import { ThrottledError } from "../catalog/types"
import { requestJson, platformText, type JsonResponse } from "../catalog/lib/http"
import { basicAuth, requestToken } from "../catalog/lib/oauth/grant"
import { RefusedError, TokenRefusedError, type PublishContext, type TokenGrant } from "./types"

export { basicAuth, platformText, requestJson }
export type { JsonResponse }

/** Seconds or an HTTP date in Retry-After, as milliseconds (null when absent). */
export function retryAfterMs(headers: Headers, now = Date.now()): number | null {
  const value = headers.get("retry-after")
  if (!value) return null
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const at = Date.parse(value)
  return Number.isFinite(at) ? Math.max(0, at - now) : null
}

/**
 * The common refusals: 429 (throttled: wait what the platform says), 401 (a token that no longer
 * works: connect the account again), 403 (a permission or policy). The platform's message is
 * trimmed to one short line for the admin.
 */
export function refuse(network: string, res: JsonResponse, message: unknown, waitMs: number | null = null): never {
  const text = platformText(message) || `HTTP ${res.status}`
  if (res.status === 429) {
    throw new ThrottledError(`${network}: ${text}`, waitMs ?? retryAfterMs(res.headers) ?? 15 * 60_000)
  }
  if (res.status === 401) {
    throw new TokenRefusedError(`${network}: ${text}`)
  }
  throw new RefusedError(`${network}: ${text}`)
}

/**
 * Asks a platform's OAuth token endpoint for a new access token with the stored refresh token
 * (RFC 6749 section 6). A refusal (revoked, expired or already used refresh token, wrong app) is a
 * RefusedError saying what to do: the account is marked refused and its posts fail with it. A
 * throttled or failing token endpoint is a TransientError (the post is tried again later).
 */
export async function refreshAccessToken(
  ctx: PublishContext,
  network: string,
  url: string,
  form: Record<string, string>,
  headers: Record<string, string> = {}
): Promise<TokenGrant> {
  const res = await requestToken(ctx.fetch, url, { grant_type: "refresh_token", refresh_token: ctx.credentials.refresh_token, ...form }, headers)
  if (!res.ok) {
    const said = platformText(`${res.refusal.error}${res.refusal.description ? `: ${res.refusal.description}` : ""}`)
    throw new TokenRefusedError(`${network}: the refresh token was refused (${said})`, "connect the account again and store its new refresh_token")
  }
  const next = res.answer.refresh_token
  return { access_token: res.answer.access_token, refresh_token: typeof next === "string" && next ? next : undefined, expires_in: res.answer.expires_in }
}

/** The credentials a refresh needs besides the refresh token, or a refusal naming the missing ones. */
export function requireForRefresh(ctx: PublishContext, network: string, keys: string[]) {
  const missing = keys.filter((k) => !ctx.credentials[k])
  if (missing.length) {
    throw new TokenRefusedError(`${network}: the access token needs renewing but the account has no ${missing.join(" and ")}`, `store the app's ${missing.join(" and ")} in the account's credentials`)
  }
}
