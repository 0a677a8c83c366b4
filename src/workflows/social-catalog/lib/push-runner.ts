import type { MedusaContainer } from "@medusajs/framework/types"
import { resolveCatalogProvider } from "../../../providers/catalog/registry"
import {
  ThrottledError,
  type CatalogOperation,
  type CatalogProvider,
  type ItemResult,
  type Market,
  type ProviderCredentials,
} from "../../../providers/catalog/types"
import { backoffDelayMs, MAX_ATTEMPTS } from "../../../modules/social-catalog/lib/backoff"
import { catalogService, type Channel } from "./channel"

export type PushOptions = {
  /** Longest wait for a throttle inside a run; a longer one is left to the next run. */
  maxInlineWaitMs?: number
  /** How long to poll a batch's results before leaving it to the next run. */
  maxPollMs?: number
  pollIntervalMs?: number
  sleep?: (ms: number) => Promise<void>
  now?: () => Date
  onBatch?: (done: number) => unknown
  provider?: CatalogProvider
}

export type PushResult = {
  sent: number
  upserted: number
  deleted: number
  ok: number
  failed: number
  pending: number
  throttled: boolean
  retry_at: string | null
  error: string | null
}

const sleepMs = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

/**
 * Sends a channel's dirty rows (content hash differs from the hash last sent, or to delete) to
 * its platform, in batches of the provider's size, and stores each item's outcome on its row.
 *
 * Not sending twice: a row's `last_sent_hash` is set when the platform accepts the batch, so a
 * later run skips it; rows of a batch whose results were still pending are polled again by the
 * next run, never resubmitted. A crash between the submit call and that write can resend one
 * batch; upserts and deletes by item id are idempotent on every platform.
 */
export async function pushChanges(container: MedusaContainer, channel: Channel, opts: PushOptions = {}): Promise<PushResult> {
  const service = catalogService(container)
  const credentials = await service.openCredentials(channel.id)
  const provider = opts.provider ?? resolveCatalogProvider(channel.destination, { baseUrl: credentials.api_base_url })
  const market: Market = { country: channel.country.toUpperCase(), language: channel.language, currency_code: channel.currency_code.toUpperCase() }
  const sleep = opts.sleep ?? sleepMs
  const now = opts.now ?? (() => new Date())
  const maxInlineWaitMs = opts.maxInlineWaitMs ?? 60_000
  const result: PushResult = { sent: 0, upserted: 0, deleted: 0, ok: 0, failed: 0, pending: 0, throttled: false, retry_at: null, error: null }

  // Batches left pending by an earlier run (or a crash): ask for their results first.
  const leftover = await service.listSocialCatalogItems(
    { channel_id: channel.id, status: "pending" } as any,
    { select: ["id", "batch_handle"], take: 10_000 } as any
  )
  for (const handle of new Set(leftover.map((r: any) => r.batch_handle).filter(Boolean))) {
    const rows = await service.listSocialCatalogItems({ channel_id: channel.id, batch_handle: handle } as any, { select: ["id", "variant_id", "attempts", "to_delete"] } as any)
    await pollAndApply(provider, handle as string, credentials, rows as any[], opts, sleep, now, result)
  }

  let after: string | null = null
  for (;;) {
    const rows = await service.pageItems(channel.id, after, provider.maxBatchSize, { dueForPush: now() })
    if (!rows.length) break
    after = rows[rows.length - 1].id
    const ops: CatalogOperation[] = rows.map((r) =>
      r.to_delete ? { method: "delete", id: r.variant_id } : { method: "upsert", item: { id: r.variant_id, payload: r.payload } }
    )
    const ids = rows.map((r) => r.id)
    await service.updateItemsById(ids, { status: "sending" })

    let batch: Awaited<ReturnType<CatalogProvider["submit"]>> | null = null
    for (let attempt = 1; !batch; attempt++) {
      try {
        batch = await provider.submit(ops, market, credentials as ProviderCredentials)
      } catch (e) {
        const throttled = e instanceof ThrottledError
        const wait = throttled ? backoffDelayMs(attempt, { baseMs: 1000, minMs: e.retryAfterMs }) : backoffDelayMs(attempt, { baseMs: 1000 })
        if (attempt < 5 && wait <= maxInlineWaitMs) {
          await sleep(wait)
          continue
        }
        // Give up for this run: the rows wait until the platform's time (or a backoff) has passed.
        const retryAt = new Date(now().getTime() + Math.max(wait, throttled ? e.retryAfterMs : 0))
        await service.updateItemsById(ids, { status: throttled ? "not_sent" : "error", next_attempt_at: retryAt, ...(throttled ? {} : { error_code: "submit_failed", errors: JSON.stringify([{ code: "submit_failed", field: "", message: String((e as Error).message).slice(0, 500) }]) }) })
        result.throttled = throttled
        result.retry_at = retryAt.toISOString()
        result.error = String((e as Error).message)
        return result
      }
    }

    result.sent += ops.length
    for (const op of ops) op.method === "delete" ? result.deleted++ : result.upserted++
    // Accepted: this content is now the platform's; rows stay "pending" until results come.
    const knexUpdate = { dirty: false, status: "pending", batch_handle: batch.handle, sent_at: now(), next_attempt_at: null }
    await service.updateItemsById(ids, knexUpdate)
    await service.markSent(ids)
    const immediate = batch.handle
      ? batch.results
      : // A synchronous platform that answered without a per-item result accepted the item.
        [...batch.results, ...rows.filter((r) => !batch!.results.some((x) => x.id === r.variant_id)).map((r) => ({ id: r.variant_id, status: "ok" as const }))]
    await applyResults(rows, immediate, now, result)
    if (batch.handle) {
      const known = new Set(batch.results.map((r) => r.id))
      const waiting = rows.filter((r) => !known.has(r.variant_id))
      if (waiting.length) await pollAndApply(provider, batch.handle, credentials, waiting, opts, sleep, now, result)
    }
    await opts.onBatch?.(result.sent)
    if (rows.length < provider.maxBatchSize) break
  }
  return result

  async function applyResults(rows: any[], results: ItemResult[], nowFn: () => Date, res: PushResult) {
    const byVariant = new Map(rows.map((r) => [r.variant_id, r]))
    const ok: string[] = []
    const deleted: string[] = []
    for (const r of results) {
      const row = byVariant.get(r.id)
      if (!row) continue
      if (r.status === "pending") {
        res.pending++
        continue
      }
      if (r.status === "ok") {
        res.ok++
        ;(row.to_delete ? deleted : ok).push(row.id)
        continue
      }
      res.failed++
      const attempts = Number(row.attempts ?? 0) + 1
      const failing = attempts >= MAX_ATTEMPTS
      const errors = (r.errors ?? []).map((e) => ({ code: e.code, field: "", message: e.message, source: "platform" }))
      await service.updateItemsById([row.id], {
        status: failing ? "failing" : "error",
        attempts,
        error_code: errors[0]?.code ?? "platform_error",
        errors: JSON.stringify(errors),
        warnings: JSON.stringify((r.warnings ?? []).map((w) => ({ ...w, field: "", source: "platform" }))),
        remote_status: "rejected",
        // Retried with backoff (the platform may have had a passing problem) until it keeps failing.
        dirty: !failing,
        last_sent_hash: null,
        next_attempt_at: failing ? null : new Date(nowFn().getTime() + backoffDelayMs(attempts)),
        batch_handle: null,
      })
    }
    await service.updateItemsById(ok, { status: "synced", attempts: 0, error_code: null, errors: JSON.stringify([]), remote_status: "ok", batch_handle: null, remote_id: null })
    await service.purgeItems({ ids: deleted })
  }

  async function pollAndApply(
    p: CatalogProvider,
    handle: string,
    creds: Record<string, string>,
    rows: any[],
    o: PushOptions,
    sleepFn: (ms: number) => Promise<void>,
    nowFn: () => Date,
    res: PushResult
  ) {
    const deadline = Date.now() + (o.maxPollMs ?? 120_000)
    let interval = o.pollIntervalMs ?? 1000
    for (;;) {
      let results: ItemResult[] | null = null
      try {
        results = await p.pollResults(handle, creds as ProviderCredentials)
      } catch (e) {
        if (!(e instanceof ThrottledError)) throw e
        await sleepFn(Math.max(interval, e.retryAfterMs))
        continue
      }
      if (results) {
        await applyResults(rows, results, nowFn, res)
        return
      }
      if (Date.now() + interval > deadline) {
        res.pending += rows.length
        return
      }
      await sleepFn(interval)
      interval = Math.min(interval * 2, 30_000)
    }
  }
}
