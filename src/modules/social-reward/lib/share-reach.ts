/** One flushed click batch of a share link, as the share ledger stores it. */
export type VisitBatch = {
  first_click_at: Date | string
  last_click_at: Date | string
  /** Visitors first seen in this batch that are neither bots nor the sharer. */
  new_visitors: number
}

/** What the share ledger says of one link: its first click (any kind) and its visitor batches. */
export type ShareTimeline = { first_click_at: Date | string | null; batches: VisitBatch[] }

export type ShareReach = { ok: true; reached_at: Date } | { ok: false; reason: string }

/**
 * Whether a share link reached `visitors` distinct visitors (neither bots nor the sharer) within
 * `withinHours` of its first click, and when. The Nth visitor is dated by the last click of the
 * batch that brought the count to N (the click is proven no later than that), so a batch that
 * straddles the deadline does not count. Pure: the live reward path and the simulation both
 * decide with it, over the same ledger rows, and so agree.
 */
export function shareReach(timeline: ShareTimeline, visitors: number, withinHours: number): ShareReach {
  if (!timeline.first_click_at) {
    return { ok: false, reason: "no clicks" }
  }
  const first = new Date(timeline.first_click_at).getTime()
  const batches = timeline.batches
    .filter((b) => b.new_visitors > 0)
    .map((b) => ({ at: new Date(b.last_click_at).getTime(), n: b.new_visitors }))
    .sort((a, b) => a.at - b.at)
  let total = 0
  for (const b of batches) {
    total += b.n
    if (total >= visitors) {
      if (b.at - first > withinHours * 3600_000) {
        return { ok: false, reason: `not within ${withinHours} hours of the first click` }
      }
      return { ok: true, reached_at: new Date(b.at) }
    }
  }
  return { ok: false, reason: `fewer than ${visitors} distinct visitors` }
}
