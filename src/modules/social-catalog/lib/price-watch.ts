import type { Watermark } from "../types"

/**
 * How far before its watermark a scan reads again. A row's `updated_at` is set when the write is
 * made (by the writing process' clock, or PostgreSQL's transaction start for inserts), but the
 * row becomes visible only when its transaction commits: a scan that read exactly from the last
 * watermark would miss a write made before it and committed after it, and a server whose clock
 * is behind the worker's. Two minutes covers Medusa's workflows; a longer transaction or a clock
 * further off is left to the daily full catalog run.
 */
export const PRICE_WATCH_OVERLAP_MS = 2 * 60_000

/**
 * A scheduled tick may fire a little before the interval has fully passed since the last scan
 * (cron ticks on the minute, the scan starts some milliseconds after it): without this slack a
 * five-minute interval would scan every six minutes.
 */
export const PRICE_WATCH_TICK_SLACK_MS = 30_000

/** Something a scan read: a written row, or a price list whose start or end passed. */
export type WatchedChange = { key: string; at: string | Date }

/** One change's identity: the same write read again has the same key, a new write a new one. */
export function changeKey(kind: string, id: string, at: string | Date) {
  return `${kind}:${id}@${new Date(at).getTime()}`
}

/** The latest of a row's write and deletion times (a soft delete leaves `updated_at` as it was). */
export function lastTouched(row: { updated_at?: string | Date | null; deleted_at?: string | Date | null }): Date {
  const times = [row.updated_at, row.deleted_at].filter(Boolean).map((t) => new Date(t as string | Date).getTime())
  return new Date(Math.max(0, ...times))
}

/**
 * Whether a scan is due: always before the first one, when no interval is asked for, or when the
 * clock went back (another process' clock, a corrected clock); else once the interval has passed.
 */
export function priceWatchDue(mark: Watermark | null, now: Date, minIntervalMs: number) {
  if (!mark || minIntervalMs <= 0) return true
  const elapsed = now.getTime() - Date.parse(mark.watched_at)
  return elapsed < 0 || elapsed >= minIntervalMs - PRICE_WATCH_TICK_SLACK_MS
}

/**
 * Where a scan reads from: its watermark less the overlap. The first run has no watermark and
 * reads nothing: it only records where watching starts (catalog channels begin with a full run
 * and cards are hashed on request, so there is nothing older to catch up); its successor reads
 * back the overlap from there.
 */
export function scanFrom(mark: Watermark | null, overlapMs = PRICE_WATCH_OVERLAP_MS): Date | null {
  return mark ? new Date(Date.parse(mark.watched_at) - overlapMs) : null
}

/**
 * Splits what a scan read into the changes not handled yet and the watermark to store next. The
 * next scan reads back to `now - overlap`, so the keys of what was read from there on are kept as
 * `seen`: read again, they are not handled twice. Older keys are dropped (never read again), which
 * bounds `seen` by the changes of one overlap window.
 */
export function settleChanges<T extends WatchedChange>(
  read: T[],
  mark: Watermark | null,
  now: Date,
  overlapMs = PRICE_WATCH_OVERLAP_MS
): { fresh: T[]; next: Watermark } {
  const seen = new Set(mark?.seen ?? [])
  const fresh: T[] = []
  const taken = new Set<string>()
  const keep = new Set<string>()
  const keepFrom = now.getTime() - overlapMs
  for (const change of read) {
    if (!seen.has(change.key) && !taken.has(change.key)) {
      taken.add(change.key)
      fresh.push(change)
    }
    if (new Date(change.at).getTime() >= keepFrom) {
      keep.add(change.key)
    }
  }
  return { fresh, next: { watched_at: now.toISOString(), seen: [...keep].sort() } }
}
