/**
 * The two HTTP pieces every OAuth-backed provider shares: a token request (RFC 6749 section 4,
 * form-encoded POST, JSON answer), and an API call that gets one renewed token and one retry
 * after a 401, never a loop.
 */
import { requestJson, type JsonResponse } from "../http"
import { TransientError } from "../retry"
import type { AccessTokenCache, TokenSource } from "./token-cache"

export type TokenAnswer = {
  access_token: string
  expires_in: number | null
  refresh_token?: string
  [k: string]: unknown
}

/** A token endpoint's refusal: its HTTP status, the OAuth `error` (or the platform's code) and its words. */
export type TokenRefusal = { status: number; error: string; description: string }

/**
 * POSTs a token request. A network failure, a 5xx or a 429 is a TransientError (the caller's
 * retries handle it); a refusal comes back as data, for the provider to word for the admin.
 */
export async function requestToken(
  fetchImpl: typeof fetch,
  url: string,
  form: Record<string, string>,
  headers: Record<string, string> = {}
): Promise<{ ok: true; answer: TokenAnswer } | { ok: false; refusal: TokenRefusal }> {
  const res = await requestJson(fetchImpl, url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json", ...headers },
    body: new URLSearchParams(form).toString(),
  })
  if (res.status === 429) {
    throw new TransientError(`${new URL(url).host} throttled the token request`, 429)
  }
  const body = res.body ?? {}
  if (res.status === 200 && typeof body.access_token === "string" && body.access_token) {
    const expiresIn = Number(body.expires_in)
    return { ok: true, answer: { ...body, expires_in: Number.isFinite(expiresIn) ? expiresIn : null } }
  }
  return {
    ok: false,
    refusal: {
      status: res.status,
      // OAuth's shape ({error, error_description}), else a platform's own ({code, message}).
      error: String(body.error ?? body.code ?? (res.status === 200 ? "no_access_token" : `http_${res.status}`)),
      description: String(body.error_description ?? body.message ?? body.raw ?? "").slice(0, 300),
    },
  }
}

/**
 * HTTP Basic credentials of an OAuth client, as Pinterest's token endpoint takes them:
 * base64 of "client_id:client_secret".
 */
export function basicAuth(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`
}

/**
 * Calls the API with the source's token. On a 401 it asks the cache for a renewed token (one
 * exchange shared by every call refused meanwhile) and calls once more; a second 401 comes back
 * to the caller, which stops there. A plain access token is not renewed: its 401 comes back at once.
 */
export async function withAccessToken(
  tokens: AccessTokenCache,
  source: TokenSource,
  now: () => number,
  call: (accessToken: string) => Promise<JsonResponse>
): Promise<JsonResponse> {
  const token = await tokens.get(source, now())
  const res = await call(token)
  if (res.status !== 401) return res
  const fresh = await tokens.renew(source, token, now())
  return fresh ? call(fresh) : res
}
