/**
 * Google Merchant API quota answers: HTTP 429 RESOURCE_EXHAUSTED whose reason (in the message or an
 * ErrorInfo detail) is `quota/request_rate_too_high` (the per-minute quota) or
 * `quota/daily_limit_exceeded` (the daily one).
 */
import { ThrottledError } from "../types"
import { msUntilNextUtcMidnight } from "../lib/time"

function reasons(body: any): string {
  const error = body?.error ?? {}
  const parts = [String(error.message ?? ""), String(error.status ?? "")]
  for (const d of error.details ?? []) {
    parts.push(String(d?.reason ?? ""))
  }
  for (const e of error.errors ?? []) {
    parts.push(String(e?.reason ?? ""))
  }
  return parts.join(" ")
}

export function googleThrottle(status: number, headers: Headers, body: any, now: number): ThrottledError | null {
  const text = reasons(body)
  if (status !== 429 && !/quota\//.test(text)) {
    return null
  }
  const retryAfter = Number(headers.get("retry-after"))
  if (/daily_limit_exceeded/.test(text)) {
    // The daily quota comes back with the next day; Google does not say when its day starts, so
    // we wait for 00:00 UTC and the backoff takes over if that was early.
    const message = `Google daily quota exceeded: ${body?.error?.message ?? ""}`.trim()
    return new ThrottledError(message, msUntilNextUtcMidnight(now), "day")
  }
  // Per-minute quota: the rest of this minute, or what Retry-After says.
  const waitMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 60_000 - (now % 60_000)
  return new ThrottledError(`Google request rate too high: ${body?.error?.message ?? ""}`.trim(), waitMs, "minute")
}
