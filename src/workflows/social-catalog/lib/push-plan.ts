/**
 * Pure decisions of the push: which rows go out now, and what each platform answer means for
 * each row. No database, no clock of its own: the push runner does the writes.
 */
import type { CatalogOperation, ItemResult } from "../../../providers/catalog/types"
import { msUntilNextUtcMidnight, utcDay } from "../../../providers/catalog/lib/time"

/** The part of a snapshot row the push needs. */
export type PushRow = {
  id: string
  variant_id: string
  payload?: any
  to_delete: boolean
  /** The row's status before this push marked it "sending". */
  status?: string | null
  attempts?: number | null
  last_sent_hash?: string | null
  quota_day?: string | null
  quota_used?: number | null
}

export function toOperation(row: PushRow): CatalogOperation {
  return row.to_delete ? { method: "delete", id: row.variant_id } : { method: "upsert", item: { id: row.variant_id, payload: row.payload } }
}

/** 00:00 UTC of the day after `now`: when a per-day quota starts again. */
export function nextUtcDay(now: number): Date {
  return new Date(now + msUntilNextUtcMidnight(now))
}

/**
 * Splits a page of due rows by a platform's cap on updates per item and UTC day (Google: 2).
 * An upsert whose row already used the cap today is `capped`: it waits for the next UTC day
 * without a call. Deletes are never capped. Without a cap every row is sent.
 */
export function splitByDailyCap<R extends PushRow>(rows: R[], cap: number | null | undefined, now: number) {
  const day = utcDay(now)
  if (!cap) return { send: rows, capped: [] as R[], day }
  const over = (r: R) => !r.to_delete && r.quota_day === day && Number(r.quota_used ?? 0) >= cap
  return { send: rows.filter((r) => !over(r)), capped: rows.filter(over), day }
}

export type SortedResults<R> = {
  ok: { row: R; result: ItemResult }[]
  failed: { row: R; result: ItemResult }[]
  /** Not sent by the provider: with `retryAt` when it said when (a quota, one failed call), else null. */
  deferred: { row: R; result: ItemResult; retryAt: string | null }[]
  /** Rows the answer does not mention. */
  unanswered: R[]
}

/**
 * Matches a platform's per-item results to the rows that were sent (by variant id, the item id
 * every platform uses). What `unanswered` means is the caller's: accepted for a complete answer
 * (a synchronous platform, a finished batch), not reached for the results a throttle handed back.
 */
export function sortResults<R extends PushRow>(rows: R[], results: ItemResult[]): SortedResults<R> {
  const byVariant = new Map(rows.map((r) => [r.variant_id, r]))
  const out: SortedResults<R> = { ok: [], failed: [], deferred: [], unanswered: [] }
  const answered = new Set<string>()
  for (const result of results) {
    const row = byVariant.get(result.id)
    if (!row || answered.has(result.id)) continue
    answered.add(result.id)
    if (result.status === "ok") out.ok.push({ row, result })
    else if (result.status === "error") out.failed.push({ row, result })
    else out.deferred.push({ row, result, retryAt: validTime(result.retryAt) })
  }
  out.unanswered = rows.filter((r) => !answered.has(r.variant_id))
  return out
}

function validTime(value: string | undefined): string | null {
  if (!value) return null
  const t = Date.parse(value)
  return Number.isFinite(t) ? new Date(t).toISOString() : null
}

/** Platform messages as the snapshot stores them (the admin lists them with the item). */
export function platformIssues(list: { code: string; message: string }[] | undefined) {
  return (list ?? []).map((e) => ({ code: e.code, field: "", message: e.message, source: "platform" }))
}
