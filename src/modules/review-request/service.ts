import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { ReviewRequest } from "./models/review-request"
import { ReviewRequestItem } from "./models/review-request-item"
import { ReviewRequestOptout } from "./models/review-request-optout"
import { ReviewRequestSettings } from "./models/review-request-settings"
import { parseReviewRequestOptions, type ReviewRequestOptions } from "./options"
import { conversionRate, DEFAULT_REVIEW_REQUEST_SETTINGS, requestDueAt, type ReviewRequestSettingsValues } from "./lib/schedule"

const SETTINGS_ID = "default"

export type ScheduleRequestInput = {
  order_id: string
  customer_id: string | null
  email: string | null
  country_code: string | null
  shipped_at: Date | null
  delivered_at: Date | null
  items: { order_line_item_id: string; product_id: string; title: string; thumbnail: string | null }[]
}

export type RequestStatus = "scheduled" | "sent" | "reminded" | "reviewed" | "unsubscribed" | "skipped"

/**
 * This service owns review requests (one per order), their items (one per order line, each with
 * its own signed link), the customers who unsubscribed and the store's request settings.
 * Every status change is a conditional update (`WHERE status = <expected>`): two job runs, or a
 * run racing an unsubscribe, cannot both act on one request.
 */
export default class ReviewRequestModuleService extends MedusaService({
  ReviewRequest,
  ReviewRequestItem,
  ReviewRequestOptout,
  ReviewRequestSettings,
}) {
  protected readonly options_: ReviewRequestOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseReviewRequestOptions(options)
  }

  getOptions(): ReviewRequestOptions {
    return this.options_
  }

  /** The effective settings (the stored row over the defaults). */
  async getSettings(): Promise<ReviewRequestSettingsValues> {
    const [row] = await this.listReviewRequestSettings({ id: SETTINGS_ID })
    if (!row) return { ...DEFAULT_REVIEW_REQUEST_SETTINGS }
    return {
      enabled: row.enabled,
      delay_days: row.delay_days,
      after_delivery_days: row.after_delivery_days,
      country_delays: (row.country_delays as Record<string, number> | null) ?? {},
      reminder_days: row.reminder_days ?? null,
    }
  }

  async saveSettings(patch: Partial<ReviewRequestSettingsValues>): Promise<ReviewRequestSettingsValues> {
    const next = { ...(await this.getSettings()), ...patch }
    const [row] = await this.listReviewRequestSettings({ id: SETTINGS_ID })
    const values = { ...next, country_delays: next.country_delays as unknown as Record<string, unknown> }
    if (row) {
      await this.updateReviewRequestSettings({ id: SETTINGS_ID, ...values })
    } else {
      await this.createReviewRequestSettings({ id: SETTINGS_ID, ...values })
    }
    return next
  }

  /**
   * Creates the order's request (once: a unique order id) or, while it is still scheduled, records
   * a later shipment or delivery, which can only bring the due date forward. New lines of a later
   * shipment are added; lines already there are left alone. Returns the request id, or null when
   * there is nothing to schedule.
   */
  @InjectTransactionManager()
  async scheduleRequest(
    input: ScheduleRequestInput,
    settings: ReviewRequestSettingsValues,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; created: boolean } | null> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const due = requestDueAt(settings, input)
    if (!due || !input.items.length) return null
    // ON CONFLICT: two fulfillment events of one order handled at once both insert; one wins.
    const inserted = (await manager.execute(
      `INSERT INTO review_request (id, order_id, customer_id, email, country_code, status, shipped_at, delivered_at, due_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'scheduled', ?, ?, ?, now(), now())
       ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      [generateEntityId(undefined, "rrq"), input.order_id, input.customer_id, input.email, input.country_code, input.shipped_at, input.delivered_at, due]
    )) as { id: string }[]
    let id = inserted[0]?.id
    if (!id) {
      const [row] = (await manager.execute(
        `SELECT id, status, shipped_at, delivered_at FROM review_request WHERE order_id = ? AND deleted_at IS NULL FOR UPDATE`,
        [input.order_id]
      )) as any[]
      id = row.id
      if (row.status === "scheduled") {
        const shipped = row.shipped_at ?? input.shipped_at
        const delivered = input.delivered_at ?? row.delivered_at
        const nextDue = requestDueAt(settings, { shipped_at: shipped, delivered_at: delivered, country_code: input.country_code })
        await manager.execute(
          `UPDATE review_request SET shipped_at = ?, delivered_at = ?, due_at = LEAST(due_at, ?), updated_at = now() WHERE id = ?`,
          [shipped, delivered, nextDue ?? due, id]
        )
      }
    }
    for (const item of input.items) {
      await manager.execute(
        `INSERT INTO review_request_item (id, request_id, order_line_item_id, product_id, title, thumbnail, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'pending', now(), now())
         ON CONFLICT (order_line_item_id) WHERE deleted_at IS NULL DO NOTHING`,
        [generateEntityId(undefined, "rrqi"), id, item.order_line_item_id, item.product_id, item.title, item.thumbnail]
      )
    }
    return { id: id!, created: inserted.length > 0 }
  }

  /** Requests due now: first sends, then reminders, oldest first, at most `limit`. */
  @InjectManager()
  async listDueRequestIds(now: Date, limit: number, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as SqlEntityManager
    const rows = (await manager.execute(
      `(SELECT id, 'send' AS kind, due_at AS at FROM review_request
         WHERE status = 'scheduled' AND due_at <= ? AND deleted_at IS NULL ORDER BY due_at LIMIT ?)
       UNION ALL
       (SELECT id, 'remind' AS kind, reminder_due_at AS at FROM review_request
         WHERE status = 'sent' AND reminder_due_at <= ? AND deleted_at IS NULL ORDER BY reminder_due_at LIMIT ?)`,
      [now, limit, now, limit]
    )) as { id: string; kind: "send" | "remind" }[]
    return rows.slice(0, limit)
  }

  /**
   * Moves a request from `from` to `to` with the given columns, only if it is still in `from`.
   * Returns whether it moved: the caller that moved it is the one that sends.
   */
  @InjectTransactionManager()
  async transition(
    id: string,
    from: RequestStatus,
    to: RequestStatus,
    fields: { sent_at?: Date | null; reminder_due_at?: Date | null; reminded_at?: Date | null; skip_reason?: string | null } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const sets = Object.keys(fields).map((k) => `${k} = ?`)
    const rows = (await manager.execute(
      `UPDATE review_request SET status = ?, ${[...sets, "updated_at = now()"].join(", ")}
        WHERE id = ? AND status = ? AND deleted_at IS NULL RETURNING id`,
      [to, ...Object.values(fields), id, from]
    )) as unknown[]
    return rows.length > 0
  }

  /**
   * Erases a deleted customer from their requests: the email goes, nothing more is sent (a request
   * not yet sent is skipped, a reminder not yet sent is dropped) and the links not yet used stop
   * working. What was sent and reviewed stays counted, without the person.
   */
  @InjectTransactionManager()
  async eraseCustomer(customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const requests = (await manager.execute(
      `UPDATE review_request
          SET email = NULL, customer_id = NULL, reminder_due_at = NULL, updated_at = now(),
              status = CASE WHEN status = 'scheduled' THEN 'skipped' ELSE status END,
              skip_reason = CASE WHEN status = 'scheduled' THEN 'customer_erased' ELSE skip_reason END
        WHERE customer_id = ? RETURNING id`,
      [customerId]
    )) as { id: string }[]
    if (requests.length) {
      await manager.execute(
        `UPDATE review_request_item SET status = 'excluded', updated_at = now()
          WHERE request_id IN (${requests.map(() => "?").join(", ")}) AND status = 'pending'`,
        requests.map((r) => r.id)
      )
    }
    return { review_requests: requests.length }
  }

  /** Sets items' states found when the request went out (reviewed elsewhere, excluded), and expiries. */
  @InjectTransactionManager()
  async settleItems(
    updates: { id: string; status?: "reviewed" | "excluded"; review_id?: string | null; expires_at?: Date | null }[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    for (const u of updates) {
      await manager.execute(
        `UPDATE review_request_item
            SET status = COALESCE(?, status), review_id = COALESCE(?, review_id), expires_at = COALESCE(?, expires_at),
                reviewed_at = CASE WHEN ? = 'reviewed' AND reviewed_at IS NULL THEN now() ELSE reviewed_at END, updated_at = now()
          WHERE id = ? AND status = 'pending'`,
        [u.status ?? null, u.review_id ?? null, u.expires_at ?? null, u.status ?? null, u.id]
      )
    }
  }

  /**
   * Marks an item reviewed through its link, once: false when it was reviewed already (a reused
   * link). When every item of the request is then settled, the request becomes `reviewed`.
   */
  @InjectTransactionManager()
  async markItemReviewed(itemId: string, reviewId: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = (await manager.execute(
      `UPDATE review_request_item SET status = 'reviewed', review_id = ?, reviewed_at = now(), updated_at = now()
        WHERE id = ? AND status = 'pending' AND deleted_at IS NULL RETURNING request_id`,
      [reviewId, itemId]
    )) as { request_id: string }[]
    if (!rows.length) return false
    await manager.execute(
      `UPDATE review_request SET status = 'reviewed', updated_at = now()
        WHERE id = ? AND status IN ('sent', 'reminded')
          AND NOT EXISTS (SELECT 1 FROM review_request_item i WHERE i.request_id = ? AND i.status = 'pending' AND i.deleted_at IS NULL)`,
      [rows[0].request_id, rows[0].request_id]
    )
    return true
  }

  /** Undoes markItemReviewed (the compensation when the review could not be kept). */
  @InjectTransactionManager()
  async unmarkItemReviewed(itemId: string, previousRequestStatus: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = (await manager.execute(
      `UPDATE review_request_item SET status = 'pending', review_id = NULL, reviewed_at = NULL, updated_at = now()
        WHERE id = ? RETURNING request_id`,
      [itemId]
    )) as { request_id: string }[]
    if (rows[0]) {
      await manager.execute(`UPDATE review_request SET status = ?, updated_at = now() WHERE id = ? AND status = 'reviewed'`, [
        previousRequestStatus,
        rows[0].request_id,
      ])
    }
  }

  /**
   * The customer unsubscribes: a row that stops every future request, and their requests not yet
   * finished become `unsubscribed`. Idempotent. Returns whether this call unsubscribed them.
   */
  @InjectTransactionManager()
  async unsubscribe(customerId: string, requestId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const inserted = (await manager.execute(
      `INSERT INTO review_request_optout (id, customer_id, request_id, created_at, updated_at) VALUES (?, ?, ?, now(), now())
       ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
      [generateEntityId(undefined, "rrqo"), customerId, requestId]
    )) as unknown[]
    await manager.execute(
      `UPDATE review_request SET status = 'unsubscribed', updated_at = now()
        WHERE customer_id = ? AND status IN ('scheduled', 'sent') AND deleted_at IS NULL`,
      [customerId]
    )
    return inserted.length > 0
  }

  async isUnsubscribed(customerIds: string[]): Promise<Set<string>> {
    if (!customerIds.length) return new Set()
    const rows = await this.listReviewRequestOptouts({ customer_id: customerIds }, { select: ["customer_id"] })
    return new Set(rows.map((r) => r.customer_id))
  }

  /**
   * The admin's figures: requests per status, and the conversion rate (requests sent that brought
   * at least one review through any channel, over requests sent).
   */
  @InjectManager()
  async requestStats(@MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as SqlEntityManager
    const [row] = (await manager.execute(
      `SELECT count(*) FILTER (WHERE r.status = 'scheduled') AS scheduled,
              count(*) FILTER (WHERE r.sent_at IS NOT NULL) AS sent,
              count(*) FILTER (WHERE r.reminded_at IS NOT NULL) AS reminded,
              count(*) FILTER (WHERE r.sent_at IS NOT NULL AND EXISTS (
                SELECT 1 FROM review_request_item i WHERE i.request_id = r.id AND i.status = 'reviewed' AND i.deleted_at IS NULL)) AS reviewed,
              count(*) FILTER (WHERE r.status = 'unsubscribed') AS unsubscribed,
              count(*) FILTER (WHERE r.status = 'skipped') AS skipped
         FROM review_request r WHERE r.deleted_at IS NULL`
    )) as Record<string, string>[]
    const n = (k: string) => Number(row?.[k] ?? 0)
    return {
      scheduled: n("scheduled"),
      sent: n("sent"),
      reminded: n("reminded"),
      reviewed: n("reviewed"),
      unsubscribed: n("unsubscribed"),
      skipped: n("skipped"),
      conversion_rate: conversionRate(n("sent"), n("reviewed")),
    }
  }
}
