/**
 * Pinterest's throttle signal: HTTP 429 with `x-ratelimit-limit` (e.g. "100, 100;w=1"),
 * `x-ratelimit-remaining` and `x-ratelimit-reset` (seconds until the window resets), sometimes a
 * Retry-After. Standard access is 100 calls a second per user and app, plus per-category limits
 * per minute.
 */
import { ThrottledError } from "../types"

type Scope = ThrottledError["scope"]

function scopeOfWindow(seconds: number): Scope {
  if (seconds <= 1) return "second"
  if (seconds <= 60) return "minute"
  if (seconds <= 3600) return "hour"
  return "day"
}

/** The window of the policy in x-ratelimit-limit ("100, 100;w=1" -> 1 s), if it says. */
export function pinterestWindowSeconds(limitHeader: string | null): number | null {
  const match = limitHeader?.match(/;\s*w=(\d+)/)
  return match ? Number(match[1]) : null
}

/** Seconds to wait from Retry-After or x-ratelimit-reset; a value like an epoch is turned into a delta. */
export function pinterestWaitMs(headers: Headers, now: number): number | null {
  for (const name of ["retry-after", "x-ratelimit-reset"]) {
    const raw = headers.get(name)
    if (raw == null || raw.trim() === "") continue
    const n = Number(raw.split(",")[0])
    if (Number.isFinite(n)) {
      if (n > 1e9) {
        return Math.max(0, n * 1000 - now)
      }
      return Math.max(0, n * 1000)
    }
    const date = Date.parse(raw)
    if (Number.isFinite(date)) {
      return Math.max(0, date - now)
    }
  }
  return null
}

export function pinterestThrottle(status: number, headers: Headers, body: any, now: number): ThrottledError | null {
  if (status !== 429) {
    return null
  }
  const windowSeconds = pinterestWindowSeconds(headers.get("x-ratelimit-limit"))
  const waitMs = pinterestWaitMs(headers, now) ?? (windowSeconds ?? 1) * 1000
  const scope = windowSeconds != null ? scopeOfWindow(windowSeconds) : "unknown"
  const message = `Pinterest throttled the call: ${body?.message ?? "429 Too Many Requests"}`
  return new ThrottledError(message, Math.max(waitMs, 1000), scope)
}
