import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { SocialTouch } from "./models/touch"
import { SocialOrderAttribution } from "./models/order-attribution"
import { SocialAttributionCredit } from "./models/attribution-credit"
import { SocialAttributionLine } from "./models/attribution-line"
import { SocialAttributionProductCredit } from "./models/attribution-product-credit"
import { SocialConversionEvent } from "./models/conversion-event"
import { parsePluginOptions, type PluginOptions } from "../social-settings/options"
import { DIRECT, type AttributionModel } from "./lib/vocabulary"
import type {
  AttributionReport,
  RecordTouchInput,
  ReportQuery,
  ShareLinkStats,
  TouchRow,
  WriteAttributionInput,
} from "./types"

// A knex instance or transaction, as MikroORM's entity manager exposes it.
type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[]; rowCount: number }> } & ((
  table: string
) => any)

function knexOf(ctx: Context): Knex {
  const manager = (ctx.transactionManager ?? ctx.manager) as SqlEntityManager
  return manager.getTransactionContext?.() ?? manager.getKnex()
}

const raw = (value: string) => JSON.stringify({ value, precision: 20 })
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v))
const round = (v: number, d = 4) => Math.round(v * 10 ** d) / 10 ** d

/**
 * The ids of an order's touches (bound to its cart, made by a visitor who touched that cart, or by
 * the order's customer) as a sub-select, with its bindings. Three index scans joined by UNION:
 * written as one WHERE with ORs, the visitor branch (itself a sub-select) kept PostgreSQL from
 * using any index, and every order read the whole touch table (a parallel sequential scan, 174 ms
 * at 1,000,000 touches against 0.1-0.3 ms for this form; at 10 orders a second that scan alone
 * took more CPU than the machine had).
 */
function orderTouchIds(cart_id: string | null, customer_id: string | null): { sql: string; bindings: (string | null)[] } {
  return {
    sql: `SELECT id FROM social_touch WHERE cart_id = ? AND deleted_at IS NULL
          UNION
          SELECT id FROM social_touch WHERE customer_id = ? AND deleted_at IS NULL
          UNION
          SELECT v.id FROM social_touch v
           WHERE v.deleted_at IS NULL
             AND v.visitor_id IN (SELECT visitor_id FROM social_touch WHERE cart_id = ? AND deleted_at IS NULL)`,
    bindings: [cart_id, customer_id, cart_id],
  }
}

// node-postgres turns a DATE into a local-midnight Date: read it back in local time.
const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`

const GROUP_COLUMN = { network: "network", campaign: "campaign", share_link: "share_code" } as const

/**
 * This service owns the attribution ledger: touches (the server-side visit log), one attribution
 * per order with its per-model credits and product lines, and the conversion-events outbox.
 * Reports and share-link figures are grouped SQL sums over these tables; orders are never loaded.
 */
export default class SocialAttributionModuleService extends MedusaService({
  SocialTouch,
  SocialOrderAttribution,
  SocialAttributionCredit,
  SocialAttributionLine,
  SocialAttributionProductCredit,
  SocialConversionEvent,
}) {
  protected readonly options_: PluginOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parsePluginOptions(options)
  }

  getPluginOptions(): PluginOptions {
    return this.options_
  }

  /** Writes one touch. */
  @InjectManager()
  async recordTouch(input: RecordTouchInput, @MedusaContext() sharedContext: Context = {}) {
    const id = generateEntityId(undefined, "stch")
    const now = new Date()
    await knexOf(sharedContext)("social_touch").insert({
      id,
      visitor_id: input.visitor_id,
      cart_id: input.cart_id ?? null,
      customer_id: input.customer_id ?? null,
      utm_source: input.utm_source ?? null,
      utm_medium: input.utm_medium ?? null,
      utm_campaign: input.utm_campaign ?? null,
      utm_term: input.utm_term ?? null,
      utm_content: input.utm_content ?? null,
      utm_id: input.utm_id ?? null,
      click_ids: input.click_ids ? JSON.stringify(input.click_ids) : null,
      share_code: input.share_code ?? null,
      share_link_id: input.share_link_id ?? null,
      sharer_customer_id: input.sharer_customer_id ?? null,
      referral_code: input.referral_code ?? null,
      referrer: input.referrer ?? null,
      landing_path: input.landing_path ?? null,
      network: input.network,
      is_direct: input.is_direct,
      consent: input.consent,
      ip_hash: input.ip_hash ?? null,
      ip_network_hash: input.ip_network_hash ?? null,
      ua_hash: input.ua_hash ?? null,
      occurred_at: input.occurred_at,
      expires_at: input.expires_at,
      created_at: now,
      updated_at: now,
    })
    return { id }
  }

  /**
   * Binds a visitor's unbound, unexpired touches to a cart (created after the landing), and to the
   * customer when known. Returns how many touches were bound.
   */
  @InjectManager()
  async bindVisitor(
    input: { visitor_id: string; cart_id: string; customer_id?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const res = await knexOf(sharedContext).raw(
      `UPDATE social_touch SET cart_id = ?, customer_id = COALESCE(customer_id, ?), updated_at = now()
       WHERE visitor_id = ? AND cart_id IS NULL AND deleted_at IS NULL AND expires_at > now()`,
      [input.cart_id, input.customer_id ?? null, input.visitor_id]
    )
    return res.rowCount
  }

  /**
   * The touches that may explain an order: bound to its cart, made by a visitor who touched that
   * cart, or by the customer. The newest 200 before the order; the models decide what counts.
   */
  @InjectManager()
  async findTouchesForOrder(
    input: { cart_id: string | null; customer_id: string | null; before: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TouchRow[]> {
    const ids = orderTouchIds(input.cart_id, input.customer_id)
    const { rows } = await knexOf(sharedContext).raw(
      `SELECT * FROM social_touch t
       WHERE t.id IN (${ids.sql}) AND t.deleted_at IS NULL AND t.occurred_at <= ?
       ORDER BY t.occurred_at DESC LIMIT 200`,
      [...ids.bindings, input.before]
    )
    return rows.map((r) => ({ ...r, occurred_at: new Date(r.occurred_at) }))
  }

  /**
   * Writes an order's attribution, its credits and lines, and queues its conversion events, in
   * one transaction. Idempotent: when the order already has an attribution nothing is written and
   * `created` is false (the unique index on order_id decides, so two concurrent deliveries of the
   * same event cannot both write).
   */
  @InjectManager()
  async writeAttribution(input: WriteAttributionInput, @MedusaContext() sharedContext: Context = {}) {
    return this.writeAttribution_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async writeAttribution_(input: WriteAttributionInput, @MedusaContext() sharedContext: Context = {}) {
    const knex = knexOf(sharedContext)
    const id = generateEntityId(undefined, "soatt")
    const now = new Date()
    const inserted = await knex.raw(
      `INSERT INTO social_order_attribution
         (id, order_id, cart_id, customer_id, model, network, campaign, share_code, referral_code,
          deciding_touch_id, total, raw_total, currency_code, placed_at, ad_consent, weights, trace,
          created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
       ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      [
        id,
        input.order_id,
        input.cart_id,
        input.customer_id,
        input.model,
        input.network,
        input.campaign,
        input.share_code,
        input.referral_code,
        input.deciding_touch_id,
        input.total,
        raw(input.total),
        input.currency_code,
        input.placed_at,
        input.ad_consent,
        JSON.stringify(input.weights),
        JSON.stringify(input.trace),
        now,
        now,
      ]
    )
    if (!inserted.rows.length) {
      return { created: false, attribution_id: null as string | null, conversion_event_ids: [] as string[] }
    }
    const credits = Object.entries(input.weights).flatMap(([model, list]) =>
      list.map((c) => {
        const revenue = (Number(input.total) * c.weight).toFixed(6)
        return {
          id: generateEntityId(undefined, "soacr"),
          attribution_id: id,
          order_id: input.order_id,
          model,
          touch_id: c.touch_id,
          network: c.network,
          campaign: c.campaign,
          share_code: c.share_code,
          weight: c.weight,
          revenue,
          raw_revenue: raw(revenue),
          currency_code: input.currency_code,
          placed_at: input.placed_at,
          created_at: now,
          updated_at: now,
        }
      })
    )
    await knex("social_attribution_credit").insert(credits)
    if (input.lines.length) {
      await knex("social_attribution_line").insert(
        input.lines.map((l) => ({
          id: generateEntityId(undefined, "soaln"),
          attribution_id: id,
          order_id: input.order_id,
          product_id: l.product_id,
          quantity: l.quantity,
          total: l.total,
          raw_total: raw(l.total),
          currency_code: input.currency_code,
          placed_at: input.placed_at,
          created_at: now,
          updated_at: now,
        }))
      )
    }
    // The per-product ledger: each line times the order's non-direct weight, per model.
    const productCredits = Object.entries(input.weights).flatMap(([model, list]) => {
      const weight = list.reduce((w, c) => (c.network === DIRECT ? w : w + c.weight), 0)
      return weight > 0
        ? input.lines.map((l) => {
            const revenue = (Number(l.total) * weight).toFixed(6)
            return {
              id: generateEntityId(undefined, "soapc"),
              attribution_id: id,
              order_id: input.order_id,
              model,
              product_id: l.product_id,
              weight,
              revenue,
              raw_revenue: raw(revenue),
              currency_code: input.currency_code,
              placed_at: input.placed_at,
              created_at: now,
              updated_at: now,
            }
          })
        : []
    })
    if (productCredits.length) {
      await knex("social_attribution_product_credit").insert(productCredits)
    }
    const eventIds: string[] = []
    for (const c of input.conversions) {
      const res = await knex.raw(
        `INSERT INTO social_conversion_event (id, destination, event_id, order_id, payload, status, attempts, next_attempt_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?::jsonb, 'pending', 0, ?, ?, ?)
         ON CONFLICT (destination, event_id) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
        [generateEntityId(undefined, "scevt"), c.destination, c.payload.event_id, input.order_id, JSON.stringify(c.payload), now, now, now]
      )
      eventIds.push(...res.rows.map((r) => r.id))
    }
    return { created: true, attribution_id: id as string | null, conversion_event_ids: eventIds }
  }

  /** Undoes `writeAttribution` for one order (workflow compensation). */
  @InjectTransactionManager()
  async deleteAttributionOfOrder(order_id: string, @MedusaContext() sharedContext: Context = {}) {
    const knex = knexOf(sharedContext)
    for (const table of ["social_attribution_credit", "social_attribution_product_credit", "social_attribution_line", "social_order_attribution"]) {
      await knex.raw(`DELETE FROM ${table} WHERE order_id = ?`, [order_id])
    }
    await knex.raw(`DELETE FROM social_conversion_event WHERE order_id = ? AND status = 'pending' AND attempts = 0`, [order_id])
  }

  /**
   * What links an order's visitor to a sharer, for the self-reward check of share rewards: the
   * order's touches (bound to its cart, made by a visitor who touched that cart, or by the order's
   * customer) against the touches the sharer made while logged in. `same_visitor`: one visitor id
   * in both; `same_ip_network`: one keyed network hash (/24, /64) in both.
   */
  @InjectManager()
  async selfShareEvidence(
    input: { cart_id: string | null; order_customer_id: string | null; sharer_customer_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ same_visitor: boolean; same_ip_network: boolean }> {
    const ids = orderTouchIds(input.cart_id, input.order_customer_id)
    const { rows } = await knexOf(sharedContext).raw(
      `WITH order_touches AS (
         SELECT visitor_id, ip_network_hash FROM social_touch WHERE id IN (${ids.sql})
       ), sharer_touches AS (
         SELECT visitor_id, ip_network_hash FROM social_touch WHERE customer_id = ? AND deleted_at IS NULL
       )
       SELECT
         EXISTS (SELECT 1 FROM order_touches o JOIN sharer_touches s ON s.visitor_id = o.visitor_id) AS same_visitor,
         EXISTS (SELECT 1 FROM order_touches o JOIN sharer_touches s ON s.ip_network_hash = o.ip_network_hash) AS same_ip_network`,
      [...ids.bindings, input.sharer_customer_id]
    )
    return { same_visitor: !!rows[0]?.same_visitor, same_ip_network: !!rows[0]?.same_ip_network }
  }

  /** One order's attribution with its trace and the state of its conversion events. */
  @InjectManager()
  async getOrderAttribution(order_id: string, @MedusaContext() sharedContext: Context = {}) {
    const knex = knexOf(sharedContext)
    const { rows } = await knex.raw(
      `SELECT * FROM social_order_attribution WHERE order_id = ? AND deleted_at IS NULL`,
      [order_id]
    )
    if (!rows.length) return null
    const events = await knex.raw(
      `SELECT destination, event_id, status, attempts, next_attempt_at, last_error, sent_at
       FROM social_conversion_event WHERE order_id = ? AND deleted_at IS NULL ORDER BY destination`,
      [order_id]
    )
    const { raw_total: _raw, deleted_at: _d, ...a } = rows[0]
    return { ...a, total: Number(a.total), conversion_events: events.rows }
  }

  /**
   * Orders, revenue, average order value and share of the total per group, and a daily series,
   * in ONE grouped query (grouping sets) over the credit ledger, served by the
   * (model, currency_code, placed_at) index. Under one model an order's credits sum to 1, so the
   * grand total of the ledger is the total of the orders.
   */
  @InjectManager()
  async report(q: ReportQuery, @MedusaContext() sharedContext: Context = {}): Promise<AttributionReport> {
    const knex = knexOf(sharedContext)
    let currency = q.currency_code?.toLowerCase() ?? null
    if (!currency) {
      const { rows } = await knex.raw(
        `SELECT currency_code FROM social_order_attribution
         WHERE placed_at >= ? AND placed_at < ? AND deleted_at IS NULL
         GROUP BY currency_code ORDER BY COUNT(*) DESC LIMIT 1`,
        [q.from, q.to]
      )
      currency = rows[0]?.currency_code ?? null
    }
    const empty: AttributionReport = {
      from: q.from.toISOString(),
      to: q.to.toISOString(),
      group_by: q.group_by,
      model: q.model,
      currency_code: currency,
      totals: { orders: 0, revenue: 0, aov: 0 },
      groups: [],
      series: [],
    }
    if (!currency) return empty

    // One pass over the ledger grouped by (key, day); the per-group and grand totals are then
    // re-aggregated from that small result with grouping sets.
    const rollup = (inner: string) => `
      WITH d AS (${inner})
      SELECT key, day, SUM(orders) AS orders, SUM(revenue) AS revenue,
             GROUPING(key) AS g_key, GROUPING(day) AS g_day
      FROM d GROUP BY GROUPING SETS ((key), (key, day), ())`
    let sql: string
    let bindings: unknown[]
    if (q.group_by === "product") {
      // Per product: the product ledger (line total times the order's non-direct weight under
      // the model), written with the attribution.
      sql = rollup(`
        SELECT product_id AS key, (placed_at AT TIME ZONE 'UTC')::date AS day,
               SUM(weight) AS orders, SUM(revenue) AS revenue
        FROM social_attribution_product_credit
        WHERE model = ? AND currency_code = ? AND placed_at >= ? AND placed_at < ? AND deleted_at IS NULL
        GROUP BY 1, 2`)
      bindings = [q.model, currency, q.from, q.to]
    } else {
      const col = GROUP_COLUMN[q.group_by]
      sql = rollup(`
        SELECT COALESCE(${col}, '(none)') AS key, (placed_at AT TIME ZONE 'UTC')::date AS day,
               SUM(weight) AS orders, SUM(revenue) AS revenue
        FROM social_attribution_credit
        WHERE model = ? AND currency_code = ? AND placed_at >= ? AND placed_at < ? AND deleted_at IS NULL
        GROUP BY 1, 2`)
      bindings = [q.model, currency, q.from, q.to]
    }
    const { rows } = await knex.raw(sql, bindings)
    const total = rows.find((r) => r.g_key === 1 && r.g_day === 1)
    const totalRevenue = num(total?.revenue)
    let totalOrders = num(total?.orders)
    if (q.group_by === "product") {
      // An order with several products appears once per line above: count orders on the ledger.
      const { rows: t } = await knex.raw(
        `SELECT SUM(weight) AS orders FROM social_attribution_credit
         WHERE model = ? AND network <> ? AND currency_code = ? AND placed_at >= ? AND placed_at < ? AND deleted_at IS NULL`,
        [q.model, DIRECT, currency, q.from, q.to]
      )
      totalOrders = num(t[0]?.orders)
    }
    const groups = rows
      .filter((r) => r.g_key === 0 && r.g_day === 1)
      .map((r) => {
        const orders = num(r.orders)
        const revenue = num(r.revenue)
        return {
          key: r.key as string,
          orders: round(orders),
          revenue: round(revenue, 2),
          aov: orders ? round(revenue / orders, 2) : 0,
          share: totalRevenue ? round(revenue / totalRevenue) : 0,
        }
      })
      .sort((a, b) => b.revenue - a.revenue || a.key.localeCompare(b.key))
    const byDay = new Map<string, AttributionReport["series"][number]>()
    for (const r of rows.filter((r) => r.g_key === 0 && r.g_day === 0)) {
      r.day = typeof r.day === "string" ? r.day.slice(0, 10) : isoDay(r.day)
      const entry = byDay.get(r.day) ?? { date: r.day, orders: 0, revenue: 0, groups: {} }
      entry.orders = round(entry.orders + num(r.orders))
      entry.revenue = round(entry.revenue + num(r.revenue), 2)
      entry.groups[r.key] = { orders: round(num(r.orders)), revenue: round(num(r.revenue), 2) }
      byDay.set(r.day, entry)
    }
    return {
      ...empty,
      totals: {
        orders: round(totalOrders),
        revenue: round(totalRevenue, 2),
        aov: totalOrders ? round(totalRevenue / totalOrders, 2) : 0,
      },
      groups,
      series: [...byDay.values()].sort((a, b) => a.date.localeCompare(b.date)),
    }
  }

  /**
   * Orders and revenue each share code brought, per currency, under a model (last non-direct by
   * default): the figures the share links' admin list shows and share rewards are based on.
   */
  @InjectManager()
  async shareLinkStats(
    codes: string[],
    model: AttributionModel = "last_non_direct",
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ShareLinkStats[]> {
    if (!codes.length) return []
    const { rows } = await knexOf(sharedContext).raw(
      `SELECT share_code, currency_code, SUM(weight) AS orders, SUM(revenue) AS revenue
       FROM social_attribution_credit
       WHERE share_code = ANY(?::text[]) AND model = ? AND deleted_at IS NULL
       GROUP BY share_code, currency_code ORDER BY share_code, currency_code`,
      [codes, model]
    )
    return rows.map((r) => ({
      share_code: r.share_code,
      currency_code: r.currency_code,
      orders: round(num(r.orders)),
      revenue: round(num(r.revenue), 2),
    }))
  }

  /** Deletes every touch of a visitor (consent withdrawn); returns how many. */
  @InjectManager()
  async eraseVisitor(visitor_id: string, @MedusaContext() sharedContext: Context = {}) {
    const res = await knexOf(sharedContext).raw(`DELETE FROM social_touch WHERE visitor_id = ?`, [visitor_id])
    return res.rowCount
  }

  /** Deletes touches past their retention, in batches; returns how many. */
  @InjectManager()
  async purgeExpiredTouches(now: Date = new Date(), @MedusaContext() sharedContext: Context = {}) {
    const knex = knexOf(sharedContext)
    let total = 0
    for (;;) {
      const res = await knex.raw(
        `DELETE FROM social_touch WHERE id IN (SELECT id FROM social_touch WHERE expires_at < ? AND deleted_at IS NULL LIMIT 5000)`,
        [now]
      )
      total += res.rowCount
      if (res.rowCount < 5000) return total
    }
  }

  /**
   * Erases a deleted customer's personal traces: their touches (and those of the visitor ids they
   * used); the sharer id on other visitors' touches of their links; on their attributions the
   * customer id, the cart id and the decision trace (revenue figures and credits stay, so reports
   * keep their sums); and the hashed identifiers (email, phone, IP, click ids) in their
   * conversion events, sent or not (unsent ones are marked failed: they will never be sent).
   * Idempotent: a second run finds nothing of the customer.
   */
  @InjectManager()
  async eraseCustomer(customer_id: string, @MedusaContext() sharedContext: Context = {}) {
    return this.eraseCustomer_(customer_id, sharedContext)
  }

  @InjectTransactionManager()
  protected async eraseCustomer_(customer_id: string, @MedusaContext() sharedContext: Context = {}) {
    const knex = knexOf(sharedContext)
    const touches = await knex.raw(
      `DELETE FROM social_touch WHERE customer_id = ?
         OR visitor_id IN (SELECT visitor_id FROM social_touch WHERE customer_id = ?)`,
      [customer_id, customer_id]
    )
    await knex.raw(`UPDATE social_touch SET sharer_customer_id = NULL, updated_at = now() WHERE sharer_customer_id = ?`, [customer_id])
    const events = await knex.raw(
      `UPDATE social_conversion_event
          SET payload = '{}'::jsonb, updated_at = now(),
              status = CASE WHEN status = 'pending' THEN 'failed' ELSE status END,
              last_error = CASE WHEN status = 'pending' THEN 'customer deleted' ELSE last_error END
        WHERE payload <> '{}'::jsonb
          AND order_id IN (SELECT order_id FROM social_order_attribution WHERE customer_id = ?)`,
      [customer_id]
    )
    const attributions = await knex.raw(
      `UPDATE social_order_attribution SET customer_id = NULL, cart_id = NULL, trace = '{"erased":"customer deleted"}'::jsonb, updated_at = now()
       WHERE customer_id = ?`,
      [customer_id]
    )
    return { touches_deleted: touches.rowCount, conversion_events_erased: events.rowCount, attributions_erased: attributions.rowCount }
  }

  /**
   * Retention: deletes conversion events that were sent or failed for good and last changed
   * before `eventsBefore`, and order attributions (with their credits and lines) of orders placed
   * before `attributionsBefore`, in batches. Pending events stay until delivered or failed.
   */
  @InjectManager()
  async purgeRetention(
    input: { eventsBefore: Date; attributionsBefore: Date },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = knexOf(sharedContext)
    const batch = async (sql: string, params: unknown[]) => {
      let total = 0
      for (;;) {
        const res = await knex.raw(sql, params)
        total += res.rowCount
        if (res.rowCount < 5000) return total
      }
    }
    const events = await batch(
      `DELETE FROM social_conversion_event WHERE id IN (
         SELECT id FROM social_conversion_event WHERE status IN ('sent', 'failed') AND updated_at < ? LIMIT 5000)`,
      [input.eventsBefore]
    )
    let attributions = 0
    for (;;) {
      const { rows } = await knex.raw(
        `SELECT id FROM social_order_attribution WHERE placed_at < ? ORDER BY placed_at LIMIT 1000`,
        [input.attributionsBefore]
      )
      if (!rows.length) break
      const ids = rows.map((r: { id: string }) => r.id)
      // Credits and lines first, the attribution last: a run cut short is finished by the next.
      await knex.raw(`DELETE FROM social_attribution_credit WHERE attribution_id = ANY(?)`, [ids])
      await knex.raw(`DELETE FROM social_attribution_product_credit WHERE attribution_id = ANY(?)`, [ids])
      await knex.raw(`DELETE FROM social_attribution_line WHERE attribution_id = ANY(?)`, [ids])
      await knex.raw(`DELETE FROM social_order_attribution WHERE id = ANY(?)`, [ids])
      attributions += ids.length
      if (rows.length < 1000) break
    }
    return { conversion_events: events, attributions }
  }

  /**
   * Claims due outbox rows: counts the attempt and pushes next_attempt_at out by a lease, in one
   * statement with SKIP LOCKED, so two workers never send the same row and a crash mid-send only
   * delays it by the lease.
   */
  @InjectManager()
  async claimDueConversionEvents(
    input: { limit: number; leaseMs: number; now?: Date },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const now = input.now ?? new Date()
    const { rows } = await knexOf(sharedContext).raw(
      `UPDATE social_conversion_event SET attempts = attempts + 1, next_attempt_at = ?, updated_at = now()
       WHERE id IN (
         SELECT id FROM social_conversion_event
         WHERE status = 'pending' AND deleted_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
         ORDER BY next_attempt_at NULLS FIRST LIMIT ? FOR UPDATE SKIP LOCKED)
       RETURNING id, destination, event_id, order_id, payload, attempts`,
      [new Date(now.getTime() + input.leaseMs), now, input.limit]
    )
    return rows as Array<{ id: string; destination: "meta" | "tiktok" | "pinterest"; event_id: string; order_id: string; payload: any; attempts: number }>
  }

  /** Records a delivery's outcome: sent, retry at `retry_at`, or failed for good. */
  @InjectManager()
  async recordDelivery(
    input: { id: string; outcome: "sent" | "retry" | "failed"; error?: string | null; retry_at?: Date | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const status = input.outcome === "retry" ? "pending" : input.outcome
    await knexOf(sharedContext).raw(
      `UPDATE social_conversion_event SET status = ?, last_error = ?, next_attempt_at = ?,
         sent_at = CASE WHEN ? = 'sent' THEN now() ELSE sent_at END, updated_at = now()
       WHERE id = ?`,
      [status, input.error ?? null, input.retry_at ?? null, status, input.id]
    )
  }

  /**
   * The overview's attribution figures for [from, to) in one currency under one model: orders
   * and revenue credited to a network other than direct, and those credited to share links; and
   * the landings the storefront recorded from the networks (any currency: visits have none).
   */
  @InjectManager()
  async overviewFigures(
    q: { from: Date; to: Date; currency_code: string | null; model: AttributionModel },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = knexOf(sharedContext)
    const { rows: visits } = await knex.raw(
      `SELECT count(*) FILTER (WHERE NOT is_direct) AS social, count(*) FILTER (WHERE share_code IS NOT NULL) AS shared
         FROM social_touch WHERE occurred_at >= ? AND occurred_at < ? AND deleted_at IS NULL`,
      [q.from, q.to]
    )
    let credited = { orders: 0, revenue: 0, share_orders: 0, share_revenue: 0 }
    if (q.currency_code) {
      const { rows } = await knex.raw(
        `SELECT coalesce(sum(weight), 0) AS orders, coalesce(sum(revenue), 0) AS revenue,
                coalesce(sum(weight) FILTER (WHERE share_code IS NOT NULL), 0) AS share_orders,
                coalesce(sum(revenue) FILTER (WHERE share_code IS NOT NULL), 0) AS share_revenue
           FROM social_attribution_credit
          WHERE model = ? AND network <> ? AND currency_code = ? AND placed_at >= ? AND placed_at < ? AND deleted_at IS NULL`,
        [q.model, DIRECT, q.currency_code, q.from, q.to]
      )
      credited = {
        orders: round(num(rows[0]?.orders)),
        revenue: round(num(rows[0]?.revenue), 2),
        share_orders: round(num(rows[0]?.share_orders)),
        share_revenue: round(num(rows[0]?.share_revenue), 2),
      }
    }
    return { ...credited, social_visits: num(visits[0]?.social), share_visits: num(visits[0]?.shared) }
  }
}
