const DAY_MS = 86_400_000

/** Milliseconds from now to the next 00:00 UTC (TikTok's daily quota, Google's update day). */
export function msUntilNextUtcMidnight(now: number): number {
  return DAY_MS - (now % DAY_MS)
}

/** Milliseconds to the start of the next second (TikTok's QPS window). At least 1. */
export function msUntilNextSecond(now: number): number {
  return 1000 - (now % 1000) || 1000
}

/** "2026-11-22": the UTC day a timestamp falls in. */
export function utcDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10)
}
