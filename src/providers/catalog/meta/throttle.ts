/**
 * Meta's throttle signals. A throttled Graph API call answers an error object whose code is one of
 * the rate-limit codes (4 app, 17 user, 32 page, 613 calls within one hour, 80000-80099 business
 * use case limits, 80014 being catalog batch), and the `X-Business-Use-Case-Usage` header carries,
 * per business id and use case, `estimated_time_to_regain_access` in minutes.
 */
import { ThrottledError } from "../types"

const RATE_LIMIT_CODES = new Set([4, 17, 32, 613])
/** When Meta throttles without saying for how long: a rolling hour, so a few minutes is a fair first wait. */
export const META_DEFAULT_WAIT_MS = 5 * 60_000

export function isMetaRateLimitCode(code: unknown): boolean {
  const n = Number(code)
  return RATE_LIMIT_CODES.has(n) || (n >= 80000 && n <= 80099)
}

export type MetaUsage = { type: string | null; call_count: number; estimated_time_to_regain_access: number }

/** Reads `{"<business id>": [{type, call_count, total_cputime, total_time, estimated_time_to_regain_access}]}`. */
export function parseBusinessUseCaseUsage(header: string | null | undefined): MetaUsage[] {
  if (!header) {
    return []
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(header)
  } catch {
    return []
  }
  const usages: MetaUsage[] = []
  if (parsed && typeof parsed === "object") {
    for (const entries of Object.values(parsed as Record<string, unknown>)) {
      for (const entry of Array.isArray(entries) ? entries : [entries]) {
        if (entry && typeof entry === "object") {
          const e = entry as Record<string, unknown>
          usages.push({
            type: typeof e.type === "string" ? e.type : null,
            call_count: Number(e.call_count) || 0,
            estimated_time_to_regain_access: Number(e.estimated_time_to_regain_access) || 0,
          })
        }
      }
    }
  }
  return usages
}

/** The longest wait any use case asks for, in ms (0 when none asks). */
export function regainAccessMs(headers: Headers): number {
  const minutes = parseBusinessUseCaseUsage(headers.get("x-business-use-case-usage")).reduce(
    (max, u) => Math.max(max, u.estimated_time_to_regain_access),
    0
  )
  return minutes * 60_000
}

/** A ThrottledError when this answer is Meta saying "too many calls", else null. */
export function metaThrottle(status: number, headers: Headers, body: any): ThrottledError | null {
  const error = body?.error
  if (!error || !isMetaRateLimitCode(error.code)) {
    return null
  }
  const waitMs = regainAccessMs(headers) || META_DEFAULT_WAIT_MS
  const message = `Meta throttled the call (code ${error.code}, HTTP ${status}): ${error.message ?? ""}`.trim()
  return new ThrottledError(message, waitMs, "hour")
}
