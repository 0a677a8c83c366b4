import type { MedusaContainer } from "@medusajs/framework/types"
import { ThrottledError, type CatalogProvider, type ItemResult, type Market, type ProviderCredentials, type SubmittedBatch } from "../../../providers/catalog/types"
import { BatchFailedError, CredentialsError } from "../../../providers/catalog/lib/http"
import { isRetryable, retryDelay, TransientError } from "../../../providers/catalog/lib/retry"
import { backoffDelayMs, MAX_ATTEMPTS } from "../../../modules/social-catalog/lib/backoff"
import { randomUUID } from "crypto"
import { catalogService, type Channel } from "./channel"
import type { RunLease } from "./lease"
import { channelProvider } from "./provider"
import { heldWarning, platformIssues, sortResults, splitByDailyCap, toOperation, type PushRow, type SortedResults } from "./push-plan"

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
  /** The run's lease: checked before each batch goes out (a run taken over stops sending). */
  lease?: RunLease
  /**
   * Called after the platform accepted a batch and before anything about it is stored: where a
   * worker's death leaves the batch in doubt. Tests throw here to stand for that death.
   */
  afterSubmit?: (batch: SubmittedBatch) => unknown
}

export type PushResult = {
  /** Operations the platform received (accepted or refused). */
  sent: number
  upserted: number
  deleted: number
  ok: number
  failed: number
  /** Sent, results not known yet (a batch still processing): polled by the next run. */
  pending: number
  /**
   * Rows of batches an earlier worker left in doubt (it died during the call) sent again first,
   * as the same batch with the same item ids: every platform upserts by item id.
   */
  resent_in_doubt: number
  /**
   * Not sent, waiting for a time the platform set (a per-item quota, one failed call, a throttle
   * the run did not wait out: the rows it left unsent): sent by a later run after that time.
   */
  deferred: number
  throttled: boolean
  retry_at: string | null
  error: string | null
}

const sleepMs = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))
const INLINE_ATTEMPTS = 5

/**
 * Sends a channel's dirty rows that are due (content hash differs from the hash last sent, or to
 * delete) to its platform, in batches of the provider's size, and stores each item's outcome on
 * its row.
 *
 * What the platform says is honoured: a throttle waits at least its retry-after (with jitter on
 * top) and the operations it answered before throttling are applied, not sent again; an item the
 * provider deferred (Google's two updates a day, one call that failed on the way) stays dirty
 * with `next_attempt_at` = the time it gave, its `last_sent_hash` unchanged, status `deferred`;
 * a platform's per-item daily cap is counted on the rows and checked before any call.
 *
 * Not sending twice: before a call, its rows are marked "sending" under the batch's key (rows of
 * their own, social_catalog_sending: the 2 KB item rows are not rewritten for it); an
 * asynchronous platform's rows are marked sent with their batch handle as soon as the batch is
 * accepted (one statement), so a later run polls them instead of resubmitting. A worker that dies
 * between the call and that write leaves the batch "sending": the next push (on any worker, once
 * the run's lease expired) sends exactly those rows again first, as one batch with the same item
 * ids. No platform offers a way to find a batch handle by anything but the handle (Meta's
 * `check_batch_request_status`, Pinterest's `GET /catalogs/items/batch/{id}`), and every one
 * upserts by item id (Meta UPDATE with allow_upsert, Pinterest UPSERT, Google's insert, TikTok's
 * upload by sku_id), so the platform ends with each item once, with its latest content.
 *
 * Credentials the platform refuses (`CredentialsError`: a deleted service account key, a revoked
 * refresh token) throw out of here and fail the run with the provider's message: the rows keep
 * their state and wait for the admin's fix, instead of each being marked failed.
 */
export async function pushChanges(container: MedusaContainer, channel: Channel, opts: PushOptions = {}): Promise<PushResult> {
  const service = catalogService(container)
  const credentials = (await service.openCredentials(channel.id)) as ProviderCredentials
  const provider = opts.provider ?? channelProvider(container, channel, credentials)
  const market: Market = { country: channel.country.toUpperCase(), language: channel.language, currency_code: channel.currency_code.toUpperCase() }
  const sleep = opts.sleep ?? sleepMs
  const now = opts.now ?? (() => new Date())
  const maxInlineWaitMs = opts.maxInlineWaitMs ?? 60_000
  const cap = provider.maxUpdatesPerItemPerDay ?? null
  const result: PushResult = { sent: 0, upserted: 0, deleted: 0, ok: 0, failed: 0, pending: 0, resent_in_doubt: 0, deferred: 0, throttled: false, retry_at: null, error: null }

  // Sign in before any row is touched: refused credentials fail the run here.
  await provider.authorize?.(credentials)

  // A synchronous answer's outcomes, still being stored while the next batch is marked and sent
  // (they are other rows): one store in flight, awaited before the next one starts and before
  // the stage returns, so a failed store still fails the run.
  let storing: Promise<unknown> = Promise.resolve()
  let next: Promise<PushRow[]> | null = null
  try {
    await sendDue()
  } finally {
    // Nothing of this stage still running once it ends, whichever way it ends.
    await Promise.allSettled([next, storing])
  }
  await storing
  return result

  async function sendDue() {
    // Batches left pending by an earlier run (or a crash): ask for their results first.
    for (const [handle, rows] of await service.listPendingBatches(channel.id)) {
      await pollAndApply(handle, rows, { fresh: false })
    }
    // Batches a dead worker left in doubt: the same rows again, as one batch each, before the rest.
    for (const [, ids] of await service.listInDoubtBatches(channel.id)) {
      const rows = await service.listPushRows(ids)
      result.resent_in_doubt += rows.length
      if (await pushPage(rows)) return
    }
    // Those rows may be anywhere in the walk below: their outcome is stored before it reads them.
    await storing

    let after: string | null = null
    let handled = 0
    const readPage = (afterId: string | null) => service.pageItems(channel.id, afterId, provider.maxBatchSize, { dueForPush: now() }) as Promise<PushRow[]>
    // The next page is read while this one is sent and its outcome stored (its rows all come after
    // this page's last id, which nothing here writes to). A page read ahead of a stop is only
    // dropped: reading marks nothing.
    next = readPage(null)
    while (next) {
      const rows: PushRow[] = await next
      if (!rows.length) break
      after = rows[rows.length - 1].id
      next = rows.length < provider.maxBatchSize ? null : readPage(after)
      next?.catch(() => undefined)
      const stopped = await pushPage(rows, after)
      handled += rows.length
      await opts.onBatch?.(handled)
      // A throttle or a failure the run cannot wait out: the rest waits for the next run.
      if (stopped) return
    }
  }

  /**
   * Sends one page of due rows; true when the run must stop (throttled or failing). `after`: the
   * walk's position (the last id of this page), where a throttle defers the rest from.
   */
  async function pushPage(rows: PushRow[], after: string | null = null): Promise<boolean> {
    const { send, held, day } = splitByDailyCap(rows, cap, now().getTime())
    await defer(held.map(({ row, retryAt, reason }) => ({ row, retryAt, warnings: [heldWarning(provider.destination, cap!, reason, retryAt)] })))
    if (!send.length) return false
    opts.lease?.assertHeld()
    // Recorded before the call: which rows this batch is, should this worker die during it.
    await service.markItemsSending(
      send.map((r) => r.id),
      randomUUID()
    )
    // Counted before the call: a crash after it must not let a third update through tomorrow's count.
    if (cap) await service.reserveDailyUpdates(upsertIds(send), day)

    let remaining = send
    for (let attempt = 1; remaining.length; attempt++) {
      let batch: SubmittedBatch
      try {
        batch = await provider.submit(remaining.map(toOperation), market, credentials)
      } catch (e) {
        let wait: number
        // What decides whether to wait inside the run: the platform's own time, not our jitter.
        let floor: number
        if (e instanceof ThrottledError) {
          // Google and TikTok call once per item (or per chunk): what was answered before the
          // throttle stands, only the rest is sent again.
          if (e.results.length) remaining = await applyAnswer(remaining, e.results, { complete: false, day })
          // Never sooner than the platform asked, plus jitter so released workers spread out.
          wait = retryDelay(attempt - 1, e.retryAfterMs)
          floor = e.retryAfterMs
        } else {
          wait = floor = backoffDelayMs(attempt, { baseMs: 1000 })
        }
        if (e instanceof CredentialsError) {
          // Refused mid-run (a token revoked meanwhile): the unsent rows go back as they were.
          await putBack(remaining, day)
          throw e
        }
        if (!remaining.length) break
        if (isRetryable(e) && attempt < INLINE_ATTEMPTS && floor <= maxInlineWaitMs) {
          await sleep(wait)
          continue
        }
        await giveUp(remaining, e as Error, wait, day, after)
        return true
      }
      await opts.afterSubmit?.(batch)
      if (batch.handle) {
        await acceptBatch(remaining, batch)
      } else {
        await storing
        storing = applyAnswer(remaining, batch.results, { complete: true, day })
        storing.catch(() => undefined)
      }
      remaining = []
    }
    return false
  }

  function upsertIds(rows: PushRow[]) {
    return rows.filter((r) => !r.to_delete).map((r) => r.id)
  }

  /** Rows marked "sending" that were not sent: their mark removed, their daily update not spent. */
  async function putBack(rows: PushRow[], day: string) {
    if (cap) await service.releaseDailyUpdates(upsertIds(rows), day)
    // The rows themselves were not changed by the mark: only the mark goes.
    await service.putItemsBack(rows.map((r) => r.id))
  }

  /**
   * The run stops here: these rows wait for the platform's time (or a backoff). A throttle holds
   * for the whole account (Meta's catalog, Google's Merchant Center, Pinterest's app, TikTok's
   * app), so every row still due after this page waits for the same time: all of them are
   * deferred, counted and listed with the platform's reason, and no run asks before that time.
   */
  async function giveUp(rows: PushRow[], e: Error, wait: number, day: string, after: string | null) {
    const throttled = e instanceof ThrottledError
    const retryAt = new Date(now().getTime() + (throttled ? Math.max(wait, e.retryAfterMs) : wait))
    if (cap) await service.releaseDailyUpdates(upsertIds(rows), day)
    const message = String(e.message).slice(0, 500)
    if (throttled) {
      const warnings = [{ code: "throttled", message: `not sent: ${message}; deferred until ${retryAt.toISOString()}` }]
      await defer(rows.map((row) => ({ row, retryAt: retryAt.toISOString(), warnings })))
      const dueBy = now()
      result.deferred += await service.deferDueItems(channel.id, { afterId: after, dueBy, until: retryAt, warnings: platformIssues(warnings) })
    } else {
      await service.markItemsSubmitFailed(
        rows.map((r) => r.id),
        { until: retryAt, message }
      )
    }
    result.throttled = throttled
    result.retry_at = retryAt.toISOString()
    result.error = String(e.message)
  }

  /**
   * A synchronous answer (or the part of one a throttle handed back): each row gets its outcome.
   * `complete`: a row the answer does not mention was accepted; otherwise it was not reached and
   * is returned to be sent again.
   */
  async function applyAnswer(rows: PushRow[], results: ItemResult[], o: { complete: boolean; day: string }): Promise<PushRow[]> {
    const sorted = sortResults(rows, results)
    const ok = o.complete ? [...sorted.ok, ...sorted.unanswered.map((row) => ({ row, result: { id: row.variant_id, status: "ok" as const } }))] : sorted.ok
    for (const { row } of [...ok, ...sorted.failed]) {
      result.sent++
      row.to_delete ? result.deleted++ : result.upserted++
    }
    await markOk(ok, { markSent: true })
    await markFailed(sorted.failed)
    await defer(sorted.deferred.map((d) => ({ row: d.row, retryAt: d.retryAt ?? backoffAt(d.row), warnings: d.result.warnings })))
    // The provider did not send these: their update is not spent.
    if (cap) await service.releaseDailyUpdates(upsertIds(sorted.deferred.map((d) => d.row)), o.day)
    return o.complete ? [] : sorted.unanswered
  }

  /** An asynchronous platform accepted the batch: rows wait for its results under the handle. */
  async function acceptBatch(rows: PushRow[], batch: SubmittedBatch) {
    await service.markItemsAccepted(
      rows.map((r) => r.id),
      batch.handle!,
      now()
    )
    for (const row of rows) {
      result.sent++
      row.to_delete ? result.deleted++ : result.upserted++
    }
    const sorted = sortResults(rows, batch.results)
    await applyFinished({ ...sorted, unanswered: [] }, { fresh: true })
    if (sorted.unanswered.length) await pollAndApply(batch.handle!, sorted.unanswered, { fresh: true })
  }

  /**
   * Results of a batch that was accepted: outcomes land on the rows (they were marked sent
   * already). `fresh`: the rows were read by this run, with the hash they had before the send.
   */
  async function applyFinished(sorted: SortedResults<PushRow>, o: { fresh: boolean }) {
    // Not `dirty` nor the hash: they were set when the batch was accepted, and a snapshot built
    // since (results polled by a later run) may have changed the content, which must still go.
    await markOk([...sorted.ok, ...sorted.unanswered.map((row) => ({ row, result: { id: row.variant_id, status: "ok" as const } }))], { markSent: false })
    await markFailed(sorted.failed)
    const deferred = sorted.deferred.filter((d) => d.retryAt)
    // "pending" without a time in a batch's answer: the platform is still on it; poll next run.
    result.pending += sorted.deferred.length - deferred.length
    await defer(
      deferred.map((d) => ({ row: d.row, retryAt: d.retryAt!, warnings: d.result.warnings })),
      { restoreHash: o.fresh }
    )
  }

  async function pollAndApply(handle: string, rows: PushRow[], o: { fresh: boolean }) {
    const maxPollMs = opts.maxPollMs ?? 120_000
    let interval = opts.pollIntervalMs ?? 1000
    // Time spent waiting, counted by the sleeps themselves (an injected sleep does not move the clock).
    let waited = 0
    for (;;) {
      let results: ItemResult[] | null = null
      let wait = interval
      try {
        results = await provider.pollResults(handle, credentials)
      } catch (e) {
        if (e instanceof BatchFailedError) {
          await resend(rows, e)
          return
        }
        if (e instanceof TransientError) {
          // The platform could not be asked now; the rows stay pending and the next run asks again.
          result.pending += rows.length
          return
        }
        if (!(e instanceof ThrottledError)) throw e
        wait = Math.max(interval, retryDelay(0, e.retryAfterMs))
      }
      if (results) {
        await applyFinished(sortResults(rows, results), o)
        return
      }
      if (waited + wait > maxPollMs) {
        result.pending += rows.length
        return
      }
      await sleep(wait)
      waited += wait
      interval = Math.min(interval * 2, 30_000)
    }
  }

  /**
   * The platform gave up on a batch it had accepted: every item of it goes again, after a backoff.
   * Its `last_sent_hash` stays (part of the batch may have been applied); `dirty` sends it.
   */
  async function resend(rows: PushRow[], e: BatchFailedError) {
    await service.markItemsResent(
      rows.map((row) => ({ id: row.id, next_attempt_at: new Date(backoffAt(row)) })),
      platformIssues([{ code: e.code ?? "batch_failed", message: e.message.slice(0, 500) }])
    )
    result.deferred += rows.length
  }

  function backoffAt(row: PushRow): string {
    return new Date(now().getTime() + backoffDelayMs(Number(row.attempts ?? 0) + 1)).toISOString()
  }

  /**
   * Accepted: a delete's row goes for good; an upsert is synced (`markSent`: and this content is
   * now the platform's, for a synchronous answer).
   */
  async function markOk(entries: { row: PushRow; result: ItemResult }[], o: { markSent: boolean }) {
    if (!entries.length) return
    result.ok += entries.length
    const deleted = entries.filter((e) => e.row.to_delete).map((e) => e.row.id)
    // One write per distinct set of warnings (almost always one: none).
    const byWarnings = new Map<string, string[]>()
    for (const { row, result: r } of entries) {
      if (row.to_delete) continue
      const key = r.warnings?.length ? JSON.stringify(platformIssues(r.warnings)) : "[]"
      const ids = byWarnings.get(key)
      if (ids) ids.push(row.id)
      else byWarnings.set(key, [row.id])
    }
    for (const [warnings, ids] of byWarnings) {
      await service.markItemsSynced(ids, { warnings: JSON.parse(warnings), markSent: o.markSent, at: now() })
    }
    if (deleted.length) await service.purgeItems({ ids: deleted })
  }

  /** Refused by the platform: its message goes on the row; retried with backoff until it keeps failing. */
  async function markFailed(entries: { row: PushRow; result: ItemResult }[]) {
    result.failed += entries.length
    // One statement for the page: each row with its own messages and backoff.
    await service.markItemsFailed(
      entries.map(({ row, result: r }) => {
        const attempts = Number(row.attempts ?? 0) + 1
        const failing = attempts >= MAX_ATTEMPTS
        const errors = platformIssues(r.errors)
        return {
          id: row.id,
          attempts,
          failing,
          error_code: errors[0]?.code ?? "platform_error",
          errors,
          warnings: platformIssues(r.warnings),
          // Retried with backoff (the platform may have had a passing problem) until it keeps failing.
          next_attempt_at: failing ? null : new Date(now().getTime() + backoffDelayMs(attempts)),
        }
      }),
      now()
    )
  }

  /**
   * Not sent: the row stays dirty and waits until `retryAt`, with the provider's reason as a
   * warning; its `last_sent_hash` is what the platform holds. `restoreHash`: the row had been
   * marked sent with its batch, so the hash read before the send is put back.
   */
  async function defer(entries: { row: PushRow; retryAt: string; warnings?: { code: string; message: string }[] }[], o: { restoreHash?: boolean } = {}) {
    if (!entries.length) return
    result.deferred += entries.length
    const groups = new Map<string, string[]>()
    for (const { row, retryAt, warnings } of entries) {
      const restore = o.restoreHash ? { last_sent_hash: row.last_sent_hash ?? null } : {}
      const key = JSON.stringify({ retryAt, warnings: platformIssues(warnings), ...restore })
      const ids = groups.get(key)
      if (ids) ids.push(row.id)
      else groups.set(key, [row.id])
    }
    for (const [key, ids] of groups) {
      const { retryAt, warnings, ...restore } = JSON.parse(key)
      await service.markItemsDeferred(ids, {
        until: new Date(retryAt),
        warnings,
        restoreHash: o.restoreHash ? { last_sent_hash: restore.last_sent_hash ?? null } : undefined,
      })
    }
  }
}
