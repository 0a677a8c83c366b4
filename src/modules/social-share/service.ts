import { createHash } from "crypto"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService, generateEntityId } from "@medusajs/framework/utils"
import type { Context, Logger } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { SocialShareLink } from "./models/share-link"
import { SocialShareClickBatch } from "./models/share-click-batch"
import { SocialShareVisitor } from "./models/share-visitor"
import { parsePluginOptions, type PluginOptions } from "../social-settings/options"
import { generateShareCode } from "./lib/codes"
import { splitClickVisitor } from "./lib/visitor"
import { MemoryClickBuffer, type ClickBatch, type ShareClick } from "./lib/click-buffer"
import { RedisClickStore } from "./lib/redis-click-store"
import { LinkCache } from "./lib/link-cache"
import { entityIds } from "../../lib/entity-ids"

export type ShareLinkRequest = {
  product_id: string
  customer_id: string | null
  /**
   * Who the link belongs to when it is not a shopper: "post:<id>" for one of the shop's own posts
   * (each post gets a link of its own, so orders come back per post). Else the customer, or anonymous.
   */
  sharer_key?: string
  network: string
  creator_visitor_hash: string | null
  /** Canonical locale ("fr-FR"), or "" when the share asked for none. */
  locale: string
  /** Lower-case currency code the sharer saw ("usd"), or "" for a product without a price. */
  currency_code: string
}

export type ShareLinkRecord = {
  id: string
  code: string
  product_id: string
  customer_id: string | null
  network: string
  creator_visitor_hash: string | null
  locale: string
  currency_code: string
}

const LINK_COLUMNS = ["id", "code", "product_id", "customer_id", "network", "creator_visitor_hash", "locale", "currency_code"]

export type RecordedClicks = {
  share_link_id: string
  clicks: number
  bot_clicks: number
  self_clicks: number
  new_distinct_visitors: number
  distinct_visitors_total: number
  first_click_at: Date
}

export type ShareLinkStats = {
  clicks: number
  bot_clicks: number
  self_clicks: number
  distinct_visitors: number
}

const ANONYMOUS = "anonymous"
const LINK_CACHE_MAX = 50_000
/** Unknown codes remembered per process: a minute each, at most this many. */
const MISSING_CODES_MAX = 50_000
const MISSING_CODE_TTL_MS = 60_000

type State = {
  memory: MemoryClickBuffer
  redis: RedisClickStore | null
  redisClient: { quit(): Promise<unknown> } | null
  /** Redis was found unreachable and not yet back: logged once per outage, not per click. */
  redisDown: boolean
  links: LinkCache<ShareLinkRecord>
  shutdownHandlers: Set<() => Promise<void>>
}

/**
 * This service owns share links, their click ledger and distinct visitors. Clicks never touch the
 * database on the request path: `recordClick` buffers them (in memory, or in Redis when a Redis
 * URL is configured) and the flush workflow records them in batches.
 */
export default class SocialShareModuleService extends MedusaService({
  SocialShareLink,
  SocialShareClickBatch,
  SocialShareVisitor,
}) {
  protected readonly pluginOptions_: PluginOptions
  protected readonly logger_?: Logger
  // One holder object, assigned once: the service may be reached through a proxy (see the
  // settings service), where later `this.x = …` assignments would not land on the instance.
  private readonly state_: State

  /** Medusa calls these on application start and shutdown (MedusaModule.__hooks). */
  __hooks = {
    onApplicationPrepareShutdown: async () => {
      // The HTTP server has stopped taking requests by now; the database is still open.
      for (const handler of this.state_.shutdownHandlers) {
        await handler().catch((e) => this.logger_?.error(`[social] share click flush on shutdown failed: ${e?.message}`))
      }
    },
    onApplicationShutdown: async () => {
      await this.state_.redisClient?.quit().catch(() => undefined)
    },
  }

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.pluginOptions_ = parsePluginOptions(options)
    try {
      this.logger_ = container.logger as Logger
    } catch {
      this.logger_ = undefined
    }
    let redis: RedisClickStore | null = null
    let redisClient: State["redisClient"] = null
    const redisUrl = this.pluginOptions_.shareClickRedisUrl
    if (redisUrl) {
      // ioredis comes with Medusa's Redis modules; it is only loaded when a Redis URL is set.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const Redis = require("ioredis")
      const client = new (Redis.default ?? Redis)(redisUrl, {
        maxRetriesPerRequest: 3,
        connectTimeout: 2000,
        // Connect on the first click, not in CLI commands that load the module and exit.
        lazyConnect: true,
        // Clicks of concurrent requests go to Redis in one round trip.
        enableAutoPipelining: true,
      })
      client.on("error", (e: Error) => this.redisUnreachable_(e))
      client.on("ready", () => {
        if (this.state_.redisDown) {
          this.state_.redisDown = false
          this.logger_?.info("[social] share clicks: Redis answers again; clicks go to Redis")
        }
      })
      const prefix =
        this.pluginOptions_.shareClickRedisPrefix ??
        `social:share:clicks:${createHash("sha256").update(process.env.DATABASE_URL ?? "").digest("hex").slice(0, 12)}`
      redis = new RedisClickStore(client, prefix)
      redisClient = client
    }
    this.state_ = {
      memory: new MemoryClickBuffer(),
      redis,
      redisClient,
      redisDown: false,
      links: new LinkCache((codes) => this.loadLinksByCode_(codes), {
        max: LINK_CACHE_MAX,
        missMax: MISSING_CODES_MAX,
        missTtlMs: MISSING_CODE_TTL_MS,
      }),
      shutdownHandlers: new Set(),
    }
  }

  getPluginOptions(): PluginOptions {
    return this.pluginOptions_
  }

  /** Where clicks are buffered: "redis" or "memory". */
  get clickStore(): "redis" | "memory" {
    return this.state_.redis ? "redis" : "memory"
  }

  /** Registers work to run before the application shuts down (the click flush). */
  onPrepareShutdown(handler: () => Promise<void>) {
    this.state_.shutdownHandlers.add(handler)
  }

  /**
   * Returns the link of each request, creating the missing ones. Concurrent callers asking for the
   * same (sharer, product, network, locale, currency) get the same row: the insert skips on the unique index and
   * the row is read back. Returns the links and the ids this call created (for compensation).
   */
  @InjectTransactionManager()
  async getOrCreateLinks(
    requests: ShareLinkRequest[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ links: ShareLinkRecord[]; created: string[] }> {
    if (!requests.length) {
      return { links: [], created: [] }
    }
    const em = this.em_(sharedContext)
    const knex = em.getKnex()
    const keyOf = (r: { sharer_key: string; product_id: string; network: string; locale: string; currency_code: string }) =>
      `${r.sharer_key}\u0000${r.product_id}\u0000${r.network}\u0000${r.locale}\u0000${r.currency_code}`
    const rows = requests.map((r) => ({
      id: generateEntityId("", "sshl"),
      code: generateShareCode(),
      product_id: r.product_id,
      customer_id: r.customer_id,
      sharer_key: r.sharer_key ?? r.customer_id ?? ANONYMOUS,
      network: r.network,
      creator_visitor_hash: r.creator_visitor_hash,
      locale: r.locale,
      currency_code: r.currency_code,
    }))
    // "on conflict do nothing" without a target also covers the partial unique indexes; a clash
    // on `code` (about 1 in 2^59) would leave that link out and the caller gets a clear error.
    const inserted: Array<{ id: string }> = await em.execute(
      knex("social_share_link").insert(rows).onConflict().ignore().returning(["id"])
    )
    const found: Array<ShareLinkRecord & { sharer_key: string }> = await em.execute(
      knex("social_share_link")
        .select([...LINK_COLUMNS, "sharer_key"])
        .whereNull("deleted_at")
        .whereIn("sharer_key", [...new Set(rows.map((r) => r.sharer_key))])
        .whereIn("product_id", [...new Set(rows.map((r) => r.product_id))])
        .whereIn("network", [...new Set(rows.map((r) => r.network))])
        .whereIn("locale", [...new Set(rows.map((r) => r.locale))])
        .whereIn("currency_code", [...new Set(rows.map((r) => r.currency_code))])
    )
    const byKey = new Map(found.map(({ sharer_key, ...link }) => [keyOf({ ...link, sharer_key }), link as ShareLinkRecord]))
    const links = rows.map((r) => byKey.get(keyOf(r))).filter((l): l is ShareLinkRecord => !!l)
    for (const l of links) {
      this.state_.links.forget(l.code)
    }
    return { links, created: inserted.map((r) => r.id) }
  }

  /** Hard-deletes links created by a failed workflow (compensation). */
  @InjectTransactionManager()
  async deleteCreatedLinks(ids: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!ids.length) {
      return
    }
    const em = this.em_(sharedContext)
    await em.execute(em.getKnex()("social_share_link").whereIn("id", ids).delete())
  }

  /**
   * The link of a code, from a per-process cache: a link never changes after it is created, so
   * the redirect path reads the database once per code and process, and an unknown code once per
   * code and minute (see LinkCache).
   */
  async findLinkByCode(code: string): Promise<ShareLinkRecord | null> {
    // The cache is read before any database context is set up: a hit costs a Map lookup.
    return this.state_.links.get(code)
  }

  /**
   * The link of a code when this process knows it: the link, null for a code known to be
   * missing, undefined when unknown (no promise: the redirect's fast path).
   */
  cachedLinkByCode(code: string): ShareLinkRecord | null | undefined {
    return this.state_.links.peek(code)
  }

  /** Database reads made by the code lookup in this process (a counter for tests and benchmarks). */
  get linkLookupReads(): number {
    return this.state_.links.reads
  }

  @InjectManager()
  protected async loadLinksByCode_(codes: string[], @MedusaContext() sharedContext: Context = {}): Promise<Map<string, ShareLinkRecord>> {
    const em = this.em_(sharedContext)
    const rows: ShareLinkRecord[] = await em.execute(
      em.getKnex()("social_share_link").select(LINK_COLUMNS).whereIn("code", codes).whereNull("deleted_at")
    )
    return new Map(rows.map((r) => [r.code, r]))
  }

  /** The links of these ids (not deleted) with the columns the click ledger's events carry. */
  @InjectManager()
  async listLinksById(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<ShareLinkRecord[]> {
    if (!ids.length) {
      return []
    }
    const em = this.em_(sharedContext)
    return em.execute(em.getKnex()("social_share_link").select(LINK_COLUMNS).whereIn("id", ids).whereNull("deleted_at"))
  }

  /**
   * Buffers one click; no database write. In memory it is done when this returns (undefined, no
   * promise to wait for); with Redis the promise resolves once Redis has the click.
   */
  recordClick(click: ShareClick): Promise<void> | undefined {
    const { redis, memory } = this.state_
    if (!redis) {
      memory.add(click)
      return
    }
    // Redis down: keep the click in this process (flushed by its own timer) rather than lose it or
    // hold the redirect while ioredis reconnects.
    const toRedis = () =>
      redis.add(click).catch((e) => {
        this.redisUnreachable_(e)
        memory.add(click)
      })
    const ready = redis.ready()
    if (ready === true) {
      return toRedis()
    }
    if (ready === false) {
      this.redisUnreachable_()
      memory.add(click)
      return
    }
    return ready.then((ok) => (ok ? toRedis() : (this.redisUnreachable_(), memory.add(click))))
  }

  /** One warning per outage (ioredis reports every reconnect attempt). */
  private redisUnreachable_(e?: Error) {
    if (this.state_.redisDown) {
      return
    }
    this.state_.redisDown = true
    this.logger_?.warn(
      `[social] share clicks: Redis unreachable${e?.message ? ` (${e.message})` : ""}; clicks are kept in this process' memory until it answers`
    )
  }

  /** Clicks waiting for a flush in this process (memory) or in Redis. */
  async pendingClicks(): Promise<number> {
    const memory = this.state_.memory.pending
    return memory + (this.state_.redis ? await this.state_.redis.pending() : 0)
  }

  /** Takes the buffered clicks as batches for the flush workflow. */
  async drainClicks(): Promise<ClickBatch[]> {
    const batches: ClickBatch[] = []
    const memory = this.state_.memory.drain()
    if (memory) {
      batches.push(memory)
    }
    const redis = this.state_.redis
    if (redis && (await redis.ready())) {
      // Redis failing now must not lose the memory batch taken above: its batches wait for the next flush.
      batches.push(...(await redis.drain().catch((e) => (this.redisUnreachable_(e), []))))
    }
    return batches
  }

  /** The batches are recorded: drop them from Redis (memory batches are already gone). */
  async ackClicks(batches: Pick<ClickBatch, "batch_id" | "source">[]) {
    for (const batch of batches) {
      if (batch.source === "redis" && this.state_.redis) {
        await this.state_.redis.ack(batch.batch_id)
      }
    }
  }

  /** A flush failed: give its clicks back so that the next flush records them. */
  async restoreClicks(batches: ClickBatch[]) {
    for (const batch of batches) {
      if (batch.source === "redis" && this.state_.redis) {
        await this.state_.redis.release(batch.batch_id)
      } else {
        this.state_.memory.restore(batch)
      }
    }
  }

  /**
   * Writes a batch into the ledger and the visitor table, once: entries of a batch already recorded
   * (a retried flush) are skipped. Returns what was recorded, with the distinct visitor counts.
   */
  @InjectTransactionManager()
  async recordClickBatch(batch: ClickBatch, @MedusaContext() sharedContext: Context = {}): Promise<RecordedClicks[]> {
    const em = this.em_(sharedContext)
    const knex = em.getKnex()
    const linkIds = batch.entries.map((e) => e.share_link_id)
    if (!linkIds.length) {
      return []
    }
    const done: Array<{ share_link_id: string }> = await em.execute(
      knex("social_share_click_batch").select("share_link_id").where({ batch_id: batch.batch_id }).whereIn("share_link_id", linkIds)
    )
    const skip = new Set(done.map((d) => d.share_link_id))
    const entries = batch.entries.filter((e) => !skip.has(e.share_link_id))
    if (!entries.length) {
      return []
    }

    // A visitor row per network and a device row per device (see the model). The unique index
    // decides which networks are new, so two flushes racing on one network count it once.
    const newVisitors = new Map<string, number>()
    const visitorKeys = entries.flatMap((e) => {
      const keys = e.visitors.map(splitClickVisitor)
      const row = (visitor_hash: string, network_hash: string | null) => ({
        share_link_id: e.share_link_id,
        visitor_hash,
        network_hash,
        batch_id: batch.batch_id,
      })
      return [
        ...[...new Set(keys.map((k) => k.network))].map((n) => row(n, null)),
        ...keys.filter((k) => k.device !== k.network).map((k) => row(`d.${k.device}`, k.network)),
      ]
    })
    // Two rows or so per click: ids made in one go (see entityIds).
    const visitorIds = entityIds("sshv", visitorKeys.length)
    const visitorRows = visitorKeys.map((r, i) => ({ id: visitorIds[i], ...r }))
    for (let i = 0; i < visitorRows.length; i += 1000) {
      const inserted: Array<{ share_link_id: string; network_hash: string | null }> = await em.execute(
        knex("social_share_visitor")
          .insert(visitorRows.slice(i, i + 1000))
          .onConflict()
          .ignore()
          .returning(["share_link_id", "network_hash"])
      )
      for (const r of inserted.filter((r) => r.network_hash === null)) {
        newVisitors.set(r.share_link_id, (newVisitors.get(r.share_link_id) ?? 0) + 1)
      }
    }

    const batchRowIds = entityIds("sscb", entries.length)
    await em.execute(
      knex("social_share_click_batch").insert(
        entries.map((e, i) => ({
          id: batchRowIds[i],
          batch_id: batch.batch_id,
          share_link_id: e.share_link_id,
          clicks: e.clicks,
          bot_clicks: e.bot_clicks,
          self_clicks: e.self_clicks,
          new_visitors: newVisitors.get(e.share_link_id) ?? 0,
          first_click_at: new Date(e.first_click_at),
          last_click_at: new Date(e.last_click_at),
        }))
      )
    )

    const totals = await this.countVisitors_(em, entries.map((e) => e.share_link_id))
    return entries.map((e) => ({
      share_link_id: e.share_link_id,
      clicks: e.clicks,
      bot_clicks: e.bot_clicks,
      self_clicks: e.self_clicks,
      new_distinct_visitors: newVisitors.get(e.share_link_id) ?? 0,
      distinct_visitors_total: totals.get(e.share_link_id) ?? 0,
      first_click_at: new Date(e.first_click_at),
    }))
  }

  /** Removes what `recordClickBatch` wrote for a batch (compensation). */
  @InjectTransactionManager()
  async deleteClickBatch(batchId: string, @MedusaContext() sharedContext: Context = {}) {
    const em = this.em_(sharedContext)
    const knex = em.getKnex()
    await em.execute(knex("social_share_visitor").where({ batch_id: batchId }).delete())
    await em.execute(knex("social_share_click_batch").where({ batch_id: batchId }).delete())
  }

  /**
   * The most devices (IP, user agent and cookie) one network brought to a link, among the device
   * rows still kept: a visitor rotating cookies or user agents shows up here.
   */
  @InjectManager()
  async maxDevicesPerNetwork(linkId: string, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const em = this.em_(sharedContext)
    const [row]: Array<{ n: string }> = await em.execute(
      em
        .getKnex()("social_share_visitor")
        .select(em.getKnex().raw("count(*) as n"))
        .where({ share_link_id: linkId })
        .whereNotNull("network_hash")
        .whereNull("deleted_at")
        .groupBy("network_hash")
        .orderBy("n", "desc")
        .limit(1)
    )
    return Number(row?.n ?? 0)
  }

  /** Clicks, bot clicks, self clicks and distinct visitors per link. */
  @InjectManager()
  async getLinkStats(linkIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Map<string, ShareLinkStats>> {
    const out = new Map<string, ShareLinkStats>()
    if (!linkIds.length) {
      return out
    }
    const em = this.em_(sharedContext)
    const knex = em.getKnex()
    const sums: Array<Record<string, string | number>> = await em.execute(
      knex("social_share_click_batch")
        .select("share_link_id")
        .sum({ clicks: "clicks", bot_clicks: "bot_clicks", self_clicks: "self_clicks" })
        .whereIn("share_link_id", linkIds)
        .whereNull("deleted_at")
        .groupBy("share_link_id")
    )
    const visitors = await this.countVisitors_(em, linkIds)
    for (const id of linkIds) {
      const s = sums.find((r) => r.share_link_id === id)
      out.set(id, {
        clicks: Number(s?.clicks ?? 0),
        bot_clicks: Number(s?.bot_clicks ?? 0),
        self_clicks: Number(s?.self_clicks ?? 0),
        distinct_visitors: visitors.get(id) ?? 0,
      })
    }
    return out
  }

  /**
   * Distinct visitors per link, summed from the click ledger (`new_visitors` of each batch): the
   * visitor rows only serve to recognise a returning visitor and are pruned after a while, the
   * counts stay.
   */
  private async countVisitors_(em: any, linkIds: string[]) {
    const rows: Array<{ share_link_id: string; count: string }> = await em.execute(
      em
        .getKnex()("social_share_click_batch")
        .select("share_link_id")
        .sum({ count: "new_visitors" })
        .whereIn("share_link_id", linkIds)
        .whereNull("deleted_at")
        .groupBy("share_link_id")
    )
    return new Map(rows.map((r) => [r.share_link_id, Number(r.count)]))
  }

  /**
   * Deletes the visitor rows created before `cutoff`, in batches of `batchSize` (each its own
   * short transaction, so a large prune never holds a long lock on the table the flush writes).
   * Returns how many rows were deleted. Counts are not touched: they live in the click ledger.
   */
  async pruneVisitors(cutoff: Date, batchSize = 5000): Promise<number> {
    let deleted = 0
    for (;;) {
      const n = await this.pruneVisitorBatch_(cutoff, batchSize)
      deleted += n
      if (n < batchSize) {
        return deleted
      }
    }
  }

  @InjectTransactionManager()
  protected async pruneVisitorBatch_(cutoff: Date, batchSize: number, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const em = this.em_(sharedContext)
    const knex = em.getKnex()
    const rows: Array<{ id: string }> = await em.execute(
      knex("social_share_visitor")
        .whereIn(
          "id",
          // deleted_at IS NULL: the created_at index is partial (as every DML index is).
          knex("social_share_visitor").select("id").where("created_at", "<", cutoff).whereNull("deleted_at").limit(batchSize)
        )
        .delete()
        .returning(["id"])
    )
    return rows.length
  }

  private em_(sharedContext: Context): any {
    return sharedContext.transactionManager ?? sharedContext.manager
  }

  /**
   * Erasure of a deleted customer (GDPR art. 17): their share links become anonymous links. The
   * codes already shared keep redirecting (they carry no personal data), but nothing ties them
   * to the person any more: no customer id, no creator visitor key, and a sharer key of its own
   * (`erased:<link id>`, unique, so it never collides with the product's anonymous link).
   * Idempotent: a second run finds no link of that customer. Returns how many links changed.
   */
  @InjectTransactionManager()
  async anonymiseSharer(customerId: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}) {
    const manager = sharedContext.transactionManager!
    const rows = await manager.execute<Array<{ id: string }>>(
      `UPDATE social_share_link SET customer_id = NULL, creator_visitor_hash = NULL, sharer_key = 'erased:' || id, updated_at = now()
       WHERE customer_id = ? RETURNING id`,
      [customerId]
    )
    return rows.length
  }

  /**
   * The overview's share figures for [from, to), from the click ledger (by each batch's first
   * click): links shared, clicks by kind, distinct visitors, and the most clicked products. A link
   * counts as shared once anyone opened it: no network tells a shop that a share happened, but
   * a network's link previewer fetches a link when it is posted, and a person's click proves it.
   */
  @InjectManager()
  async overviewFigures(range: { from: Date; to: Date }, top = 5, @MedusaContext() sharedContext: Context = {}) {
    const em = this.em_(sharedContext)
    const [clicks] = await em.execute(
      `SELECT count(DISTINCT share_link_id) AS links, coalesce(sum(clicks), 0) AS clicks, coalesce(sum(bot_clicks), 0) AS bot_clicks,
              coalesce(sum(self_clicks), 0) AS self_clicks, coalesce(sum(new_visitors), 0) AS visitors
         FROM social_share_click_batch
        WHERE first_click_at >= ? AND first_click_at < ? AND deleted_at IS NULL`,
      [range.from, range.to]
    )
    const products: Array<Record<string, string>> = await em.execute(
      `SELECT l.product_id, count(DISTINCT l.id) AS links,
              coalesce(sum(b.clicks - b.bot_clicks - b.self_clicks), 0) AS clicks,
              coalesce(sum(b.new_visitors), 0) AS visitors
         FROM social_share_click_batch b
         JOIN social_share_link l ON l.id = b.share_link_id AND l.deleted_at IS NULL
        WHERE b.first_click_at >= ? AND b.first_click_at < ? AND b.deleted_at IS NULL
        GROUP BY l.product_id
        ORDER BY clicks DESC, l.product_id
        LIMIT ?`,
      [range.from, range.to, top]
    )
    const n = (v: unknown) => Number(v ?? 0)
    return {
      links_shared: n(clicks?.links),
      clicks: n(clicks?.clicks),
      bot_clicks: n(clicks?.bot_clicks),
      self_clicks: n(clicks?.self_clicks),
      visitors: n(clicks?.visitors),
      top_products: products.map((r) => ({ product_id: r.product_id, links: n(r.links), clicks: n(r.clicks), visitors: n(r.visitors) })),
    }
  }
}
