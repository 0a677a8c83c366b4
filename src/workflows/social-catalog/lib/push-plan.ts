/**
 * Pure decisions of the push: which rows go out now, and what each platform answer means for
 * each row. No database, no clock of its own: the push runner does the writes.
 */
import type { CatalogOperation, ItemResult } from "../../../providers/catalog/types"
import { msUntilNextUtcMidnight, utcDay } from "../../../providers/catalog/lib/time"
import { platformText } from "../../../providers/catalog/lib/http"

const DAY_MS = 86_400_000

/** The part of a snapshot row the push needs. */
export type PushRow = {
  id: string
  variant_id: string
  payload?: any
  to_delete: boolean
  /** The row's status (a batch on its way does not change it: see social_catalog_sending). */
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

/** Why an upsert waits under a platform's daily cap, and until when (ISO time). */
export type Held<R> = { row: R; retryAt: string; reason: "daily_limit" | "spread" }

/**
 * Splits a page of due rows by a platform's cap on updates per item and UTC day (Google: 2,
 * "spread over the day"). The k-th update of an item in a day (from 0) goes no earlier than k/cap
 * of the way through it: with 2, one from 00:00 and one from 12:00 UTC. An item edited twice in
 * the morning then keeps an update for the afternoon, instead of having used both by noon and
 * showing a stale price until midnight. An upsert that must wait is `held` with the time it may
 * go and why; deletes are never held. Without a cap every row is sent.
 */
export function splitByDailyCap<R extends PushRow>(rows: R[], cap: number | null | undefined, now: number) {
  const day = utcDay(now)
  const held: Held<R>[] = []
  if (!cap) return { send: rows, held, day }
  const dayStart = Date.parse(`${day}T00:00:00.000Z`)
  const send: R[] = []
  for (const r of rows) {
    const used = r.quota_day === day ? Number(r.quota_used ?? 0) : 0
    if (r.to_delete) send.push(r)
    else if (used >= cap) held.push({ row: r, retryAt: nextUtcDay(now).toISOString(), reason: "daily_limit" })
    else if (now < dayStart + (used * DAY_MS) / cap) held.push({ row: r, retryAt: new Date(dayStart + (used * DAY_MS) / cap).toISOString(), reason: "spread" })
    else send.push(r)
  }
  return { send, held, day }
}

/** The warning a held item shows the admin: why it waits and until when. */
export function heldWarning(destination: string, cap: number, reason: Held<unknown>["reason"], retryAt: string) {
  return reason === "daily_limit"
    ? { code: "daily_update_limit", message: `not sent: ${destination} allows ${cap} updates of an item a day and this one had them today; deferred until ${retryAt}` }
    : {
        code: "daily_update_spread",
        message: `not sent yet: ${destination} allows ${cap} updates of an item a day, spread over the day; this one was updated today, so its next update goes at ${retryAt}`,
      }
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
  return (list ?? []).map((e) => ({
    code: platformText(e.code, 100),
    field: "",
    message: platformText(e.message) || "no message",
    source: "platform",
  }))
}
