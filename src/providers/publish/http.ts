import { ThrottledError } from "../catalog/types"
import { requestJson, platformText, type JsonResponse } from "../catalog/lib/http"
import { RefusedError } from "./types"

export { requestJson }

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
    throw new RefusedError(`${network}: ${text}`, "the token was refused: connect the account again")
  }
  throw new RefusedError(`${network}: ${text}`)
}
