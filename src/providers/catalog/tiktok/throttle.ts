/**
 * TikTok's throttle signal: HTTP 200 with `code: 40100` in the body and no Retry-After. The
 * message names the window that was exceeded: a per-second limit waits to the next second, a
 * per-minute limit 5 minutes, a daily limit until 00:00 UTC (PLATFORMS.md).
 */
import { ThrottledError } from "../types"
import { msUntilNextSecond, msUntilNextUtcMidnight } from "../lib/time"

export const TIKTOK_THROTTLE_CODE = 40100
export const TIKTOK_QPM_WAIT_MS = 5 * 60_000

/** `status` is the HTTP status: a gateway in front of the API may still answer a plain 429. */
export function tiktokThrottle(body: any, now: number, status = 200): ThrottledError | null {
  if (Number(body?.code) !== TIKTOK_THROTTLE_CODE && status !== 429) {
    return null
  }
  const message = String(body?.message ?? "")
  if (/\bQPD\b|per day|daily/i.test(message)) {
    return new ThrottledError(`TikTok daily limit reached: ${message}`, msUntilNextUtcMidnight(now), "day")
  }
  if (/\bQPM\b|per minute/i.test(message)) {
    return new ThrottledError(`TikTok per-minute limit reached: ${message}`, TIKTOK_QPM_WAIT_MS, "minute")
  }
  // QPS, or a message that names no window: the smallest window is the safest first guess.
  return new ThrottledError(`TikTok per-second limit reached: ${message}`, msUntilNextSecond(now), "second")
}
