import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { parsePluginOptions, type PluginOptions } from "../social-settings/options"
import { SocialCatalogChannel } from "./models/channel"
import { SocialCatalogItem } from "./models/item"
import { SocialCatalogRun } from "./models/run"
import { SocialCatalogPending } from "./models/pending"
import { SocialCatalogWatermark } from "./models/watermark"
import { SocialCatalogSending } from "./models/sending"
import { SocialCatalogItemContent } from "./models/item-content"
import { sealedVersion } from "../../lib/crypto"
import { changeSealedCredentials, credentialKey, openCredentials, sealCredentials } from "../../lib/sealed-credentials"
import type { CatalogRun, FailedItem, ItemIssue, ItemRow, RunKind, SnapshotRow, Watermark } from "./types"
import { itemSql, joinContent, runSql, type PushRowRecord } from "./repositories/sync-state"

/** One stretch of a channel's rows by product id, and the variants a build rendered in it. */
type UnseenRange = { afterProductId: string | null; upToProductId: string | null; productIds: string[] | null; seenVariantIds: string[] }

/** A row as `pageItems` reads it: the push's columns, or the feed's, or the columns asked for. */
type PageRow = PushRowRecord & { feed_row?: string | null; remote_status?: string | null }

const ITEM_TABLE = "social_catalog_item"
const CONTENT_TABLE = "social_catalog_item_content"
const WATERMARK_TABLE = "social_catalog_watermark"
const RUN_TABLE = "social_catalog_run"
const CHANNEL_TABLE = "social_catalog_channel"

/** A channel's live rows; only feed rows (valid, not deleted) or only rows due for a push. */
function scopeItems(q: any, channelId: string, where: { feed?: boolean; dueForPush?: Date }) {
  q.where("channel_id", channelId).whereNull("deleted_at")
  if (where.feed) q.where({ valid: true, to_delete: false })
  if (where.dueForPush) {
    q.where("dirty", true).andWhere((w: any) => w.whereNull("next_attempt_at").orWhere("next_attempt_at", "<=", where.dueForPush))
  }
  return q
}

/** The validator's own warnings of a row (no `source`) followed by these platform warnings. */
function platformWarningsSql(knex: any, warnings: object[]) {
  return knex.raw(
    `COALESCE((SELECT jsonb_agg(w) FROM jsonb_array_elements(CASE WHEN jsonb_typeof(warnings) = 'array' THEN warnings ELSE '[]'::jsonb END) w
       WHERE w->'source' IS NULL), '[]'::jsonb) || ?::jsonb`,
    [JSON.stringify(warnings)]
  )
}

/**
 * This service owns catalog channels, the per-variant snapshot, sync runs, the pending-product
 * queue and the watermarks of the change watchers that feed it (price lists emit no events). Beyond the generated CRUD it seals and opens credentials and reads and writes the
 * snapshot in bulk (one statement per page, keyed by id), because a catalog of 100,000 variants
 * cannot go through the ORM row by row.
 */
export default class SocialCatalogModuleService extends MedusaService({
  SocialCatalogChannel,
  SocialCatalogItem,
  SocialCatalogRun,
  SocialCatalogPending,
  SocialCatalogWatermark,
  SocialCatalogSending,
  SocialCatalogItemContent,
}) {
  protected readonly options_: PluginOptions
  /** The key material of the credentials (see lib/crypto: each value's key is derived from it). */
  protected readonly key_: string

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parsePluginOptions(options)
    this.key_ = credentialKey(this.options_)
  }

  getPluginOptions(): PluginOptions {
    return this.options_
  }

  /**
   * Seals a channel's credentials (bound to that channel: see lib/crypto); only the names of the
   * non-empty ones are kept in clear.
   */
  sealCredentials(channelId: string, credentials: Record<string, string>) {
    const { sealed, names } = sealCredentials(this.key_, CHANNEL_TABLE, channelId, credentials)
    return { credentials: sealed, credential_keys: names }
  }

  /**
   * A channel's credentials in clear. A value still in the old v1 format is written again as v2
   * (derived key, bound to the channel), only if nobody changed it meanwhile.
   */
  @InjectManager()
  async openCredentials(channelId: string, @MedusaContext() sharedContext: Context = {}): Promise<Record<string, string>> {
    const channel = await this.retrieveSocialCatalogChannel(channelId, { select: ["id", "credentials"] }, sharedContext)
    if (!channel.credentials) return {}
    const open = this.open_(channelId, channel.credentials)
    if (sealedVersion(channel.credentials) === "v1") {
      await this.knex_(sharedContext)("social_catalog_channel")
        .where({ id: channelId, credentials: channel.credentials })
        .update({ credentials: this.sealCredentials(channelId, open).credentials, updated_at: new Date() })
    }
    return open
  }

  protected open_(channelId: string, sealed: string): Record<string, string> {
    return openCredentials(this.key_, CHANNEL_TABLE, channelId, sealed, "channel")
  }

  /**
   * Changes some of a channel's credentials and seals them again: a value replaces, null removes,
   * a name left out stays. `onlyIf`: change nothing unless these are still stored as given (a
   * rotated refresh token replaces the one that was used, never one an admin entered since).
   * Under a row lock, so an admin's edit and a platform's rotation cannot overwrite each other.
   * Returns whether it wrote.
   */
  @InjectTransactionManager()
  async changeCredentials(
    channelId: string,
    changes: Record<string, string | null>,
    onlyIf: Record<string, string> | null = null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const names = await changeSealedCredentials(this.knex_(sharedContext), {
      table: CHANNEL_TABLE,
      id: channelId,
      key: this.key_,
      what: "channel",
      changes,
      onlyIf,
      names: (n) => n,
    })
    return names !== null
  }

  protected knex_(sharedContext: Context): any {
    const manager: any = sharedContext.transactionManager ?? sharedContext.manager
    return manager.getTransactionContext() ?? manager.getKnex()
  }

  /**
   * The snapshot rows of these variants in a channel: what the builder compares against.
   *
   * One probe of the (channel, variant) key per variant (LATERAL with OFFSET 0, which PostgreSQL
   * never turns into a join it may plan otherwise), whatever the table's statistics say. As
   * `variant_id = ANY(...)`, a page of 2,500 variants was planned as a read of every row of the
   * channel: through another index while the table had no statistics (a first sync), then as a
   * sequential scan, which the planner prefers to 2,500 probes until the table is several times
   * the page; either way a full sync read the table once per page, growing with the square of
   * the catalog.
   */
  @InjectManager()
  async getSnapshotRows(channelId: string, variantIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!variantIds.length) return [] as ItemRow[]
    // One array parameter, not an IN list of thousands of bound values (a page is 2,500 variants).
    const { rows } = await this.knex_(sharedContext).raw(
      `SELECT t.* FROM (SELECT DISTINCT unnest(?::text[]) AS variant_id) v
       CROSS JOIN LATERAL (SELECT id, variant_id, product_id, content_hash, last_sent_hash, valid, status, to_delete, dirty, remote_status
                           FROM ${ITEM_TABLE} WHERE channel_id = ? AND variant_id = v.variant_id AND deleted_at IS NULL OFFSET 0) t`,
      [variantIds, channelId]
    )
    return rows as ItemRow[]
  }

  /**
   * Inserts or updates snapshot rows in one statement: the item rows (state) and their content
   * (payload, feed row) in social_catalog_item_content, under the id the item row has (a row that
   * already existed keeps its id). A row whose content did not change keeps its send state; a
   * changed one becomes dirty and its attempts start again.
   *
   * The page goes to PostgreSQL as ONE json parameter unpacked by `jsonb_to_recordset`, not as a
   * multi-row VALUES list: with 19 columns a page of 1,250 rows is 23,750 bound values, and
   * building, sending and parsing those took most of the write time. It is unpacked once
   * (`MATERIALIZED`) for both tables.
   */
  @InjectManager()
  async writeSnapshotRows(rows: SnapshotRow[], @MedusaContext() sharedContext: Context = {}) {
    if (!rows.length) return
    const knex = this.knex_(sharedContext)
    // The rows as they are (SnapshotRow is the statement's record): no copy of the page.
    await knex.raw(
      `WITH r AS MATERIALIZED (
         SELECT * FROM jsonb_to_recordset(?::jsonb) AS r(id text, channel_id text, variant_id text, product_id text, payload jsonb,
           feed_row text, content_hash text, valid boolean, status text, error_code text, errors jsonb, warnings jsonb,
           dirty boolean, seen_run_id text)),
       items AS (
         INSERT INTO ${ITEM_TABLE} AS t (id, channel_id, variant_id, product_id, content_hash, valid, status,
           error_code, errors, warnings, dirty, to_delete, attempts, next_attempt_at, seen_run_id, created_at, updated_at)
         SELECT r.id, r.channel_id, r.variant_id, r.product_id, r.content_hash, r.valid, r.status,
           r.error_code, r.errors, r.warnings, r.dirty, false, 0, NULL, r.seen_run_id, now(), now()
         FROM r
         ON CONFLICT (channel_id, variant_id) WHERE deleted_at IS NULL DO UPDATE SET
           product_id = excluded.product_id,
           content_hash = excluded.content_hash, valid = excluded.valid, status = excluded.status,
           error_code = excluded.error_code, errors = excluded.errors, warnings = excluded.warnings,
           dirty = excluded.dirty, to_delete = excluded.to_delete, attempts = excluded.attempts,
           next_attempt_at = excluded.next_attempt_at, seen_run_id = excluded.seen_run_id, updated_at = excluded.updated_at
         RETURNING t.id, t.variant_id)
       INSERT INTO ${CONTENT_TABLE} AS c (id, payload, feed_row, created_at, updated_at)
       SELECT items.id, r.payload, r.feed_row, now(), now() FROM items JOIN r ON r.variant_id = items.variant_id
       ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, feed_row = excluded.feed_row, updated_at = excluded.updated_at`,
      [JSON.stringify(rows)]
    )
  }

  /** Whether a channel has any live snapshot row. */
  @InjectManager()
  async hasItems(channelId: string, @MedusaContext() sharedContext: Context = {}) {
    const row = await this.knex_(sharedContext)(ITEM_TABLE).select(this.knex_(sharedContext).raw("1")).where("channel_id", channelId).whereNull("deleted_at").first()
    return !!row
  }

  /**
   * How many rows PostgreSQL's statistics of the snapshot table describe (0 when it was never
   * analysed): what its planner believes the table holds, apart from the growth it extrapolates.
   */
  @InjectManager()
  async itemStatisticsRows(@MedusaContext() sharedContext: Context = {}) {
    const { rows } = await this.knex_(sharedContext).raw(`SELECT GREATEST(reltuples, 0)::bigint AS n FROM pg_class WHERE oid = to_regclass(?)`, [ITEM_TABLE])
    return Number(rows[0]?.n ?? 0)
  }

  /**
   * Refreshes the snapshot table's statistics (ANALYZE of a sample of its rows) and
   * answers how many rows they describe now. A first full sync fills the table from empty within
   * a minute, before autovacuum looks at it: planned for the empty table it was, the per-page
   * statements read every row of the channel written so far (the snapshot's look-up by variant,
   * the feed's pages sorted whole), a run that grew with the square of the catalog.
   */
  @InjectManager()
  async analyzeItems(@MedusaContext() sharedContext: Context = {}) {
    // Only the columns statements filter, join or sort on (the wide payload and feed row are most
    // of the sampling's work, and no plan looks at them), from a sample of 3,000 rows instead of
    // 30,000: enough for channels, flags and statuses, and a cost that does not grow with the table
    // (a tenth of the default's at 20,000 rows). Autovacuum's own ANALYZE later takes the full sample.
    await this.knex_(sharedContext).transaction(async (trx: any) => {
      await trx.raw(`SET LOCAL default_statistics_target = 10`)
      await trx.raw(
        `ANALYZE ${ITEM_TABLE} (id, channel_id, variant_id, product_id, deleted_at, valid, to_delete, dirty, next_attempt_at, status, error_code, batch_handle, last_sent_hash)`
      )
    })
    return this.itemStatisticsRows(sharedContext)
  }

  /**
   * Rows of the channel that a build did not render in one stretch of the catalog: their product
   * id in (`afterProductId`, `upToProductId`] (no bound where null), or among `productIds`, and
   * their variant not in `seenVariantIds` (the variant or product is gone, unpublished or filtered
   * out). With `retired`, rows already marked for deletion count too (what the preview shows).
   * The stretch is one page of the walk, so the statement uses the product index and no list of
   * the catalog's variants is ever held.
   */
  protected unseenScope_(knex: any, channelId: string, range: UnseenRange, retired: boolean) {
    const q = knex(ITEM_TABLE).where("channel_id", channelId).whereNull("deleted_at")
    if (range.afterProductId) q.where("product_id", ">", range.afterProductId)
    if (range.upToProductId) q.where("product_id", "<=", range.upToProductId)
    if (range.productIds) q.whereRaw("product_id = ANY(?::text[])", [range.productIds])
    const unseen = ["variant_id <> ALL(?::text[])", [range.seenVariantIds]] as const
    if (retired) q.andWhere((w: any) => w.where("to_delete", true).orWhereRaw(...unseen))
    else q.whereRaw(...unseen)
    return q
  }

  /**
   * Retires the rows a build did not see in one stretch of the catalog (see `unseenScope_`): never
   * sent, they are dropped; sent, they are deleted remotely by the next push. Called once per page
   * of the walk and once after it, so an unchanged row is never written just to say it was seen.
   */
  @InjectManager()
  async retireUnseen(channelId: string, range: UnseenRange, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    const droppedIds: { id: string }[] = await this.unseenScope_(knex, channelId, range, false).whereNull("last_sent_hash").returning("id").del()
    const dropped = droppedIds.length
    if (dropped) await knex(CONTENT_TABLE).whereRaw("id = ANY(?::text[])", [droppedIds.map((r) => r.id)]).del()
    const retired = await this.unseenScope_(knex, channelId, range, false)
      .where("to_delete", false)
      .update({ to_delete: true, dirty: true, attempts: 0, next_attempt_at: null, updated_at: new Date() })
    return { dropped: Number(dropped), retired: Number(retired) }
  }

  /**
   * The preview's deletions for one stretch of the catalog (see `unseenScope_`): rows retired
   * already or whose variant the walk did not render. Counted by PostgreSQL.
   */
  @InjectManager()
  async countUnseenItems(channelId: string, range: UnseenRange, @MedusaContext() sharedContext: Context = {}) {
    const [{ count }] = await this.unseenScope_(this.knex_(sharedContext), channelId, range, true).count("* as count")
    return Number(count)
  }

  /** One page of a channel's rows after `afterId`, by primary key (never OFFSET). */
  @InjectManager()
  async pageItems(
    channelId: string,
    afterId: string | null,
    limit: number,
    where: { feed?: boolean; dueForPush?: Date; columns?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = this.knex_(sharedContext)
    // The content (social_catalog_item_content) only where the caller reads it: the feed its
    // rendered row (the payload only where none is stored: after a change of feed format), the push the payload.
    const base = knex(ITEM_TABLE)
    if (where.feed) joinContent(base, "c.feed_row, CASE WHEN c.feed_row IS NULL THEN c.payload END AS payload")
    else if (!where.columns) joinContent(base, "c.payload")
    const columns = where.feed ? ["id", "feed_row", "payload"] : where.columns
    const q = scopeItems(base, channelId, where)
      .select(columns ?? ["id", "variant_id", "product_id", "payload", "content_hash", "to_delete", "attempts", "last_sent_hash", "status", "quota_day", "quota_used"])
      .orderBy("id", "asc")
      .limit(limit)
    if (afterId) q.where("id", ">", afterId)
    const rows: PageRow[] = await q
    return rows
  }

  /** How many rows `pageItems` would walk with the same filter (a stage's progress total). */
  @InjectManager()
  async countItems(channelId: string, where: { feed?: boolean; dueForPush?: Date }, @MedusaContext() sharedContext: Context = {}) {
    const [{ count }] = await scopeItems(this.knex_(sharedContext)(ITEM_TABLE), channelId, where).count("* as count")
    return Number(count)
  }

  /**
   * One page of a channel's items for the admin, after the item id `after` (keyset paging: rows
   * written or removed meanwhile do not shift the pages, unlike OFFSET). `count` is the whole
   * filtered set; `next_cursor` is null on the last page.
   */
  @InjectManager()
  async listItemsPage(
    channelId: string,
    filter: { statuses?: string[] | null; code?: string | null; after?: string | null; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = this.knex_(sharedContext)
    const scoped = () => {
      const q = knex(ITEM_TABLE).where("channel_id", channelId).whereNull("deleted_at")
      if (filter.statuses) q.whereIn("status", filter.statuses)
      if (filter.code) q.where("error_code", filter.code)
      return q
    }
    const page = scoped()
      .select("id", "variant_id", "product_id", "status", "error_code", "errors", "warnings", "attempts", "next_attempt_at", "sent_at", "to_delete", "updated_at", knex.raw(`(SELECT c.payload->>'title' FROM ${CONTENT_TABLE} c WHERE c.id = ${ITEM_TABLE}.id) as title`))
      .orderBy("id", "asc")
      .limit(filter.limit + 1)
    if (filter.after) page.where("id", ">", filter.after)
    const [rows, [{ count }]] = await Promise.all([page, scoped().count("* as count")])
    const more = rows.length > filter.limit
    const items = more ? rows.slice(0, filter.limit) : rows
    return { items, count: Number(count), next_cursor: more ? items[items.length - 1].id : null }
  }

  /**
   * One page of a channel's runs, newest first, after the run `after` (keyset paging on
   * (created_at, id): runs started meanwhile do not shift the pages, unlike OFFSET). The cursor is
   * a run id; its position is read in the same statement, so no timestamp goes through
   * JavaScript (a Date would drop PostgreSQL's microseconds). `null` when the cursor is not a run
   * of this channel.
   */
  @InjectManager()
  async listRunsPage(channelId: string, filter: { after?: string | null; limit: number }, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    const scoped = () => knex(RUN_TABLE).where("channel_id", channelId).whereNull("deleted_at")
    if (filter.after) {
      const [known] = await scoped().select("id").where("id", filter.after)
      if (!known) return null
    }
    const page = scoped().select("*").orderBy([{ column: "created_at", order: "desc" }, { column: "id", order: "desc" }]).limit(filter.limit + 1)
    if (filter.after) {
      page.whereRaw(`(created_at, id) < (select created_at, id from ${RUN_TABLE} where id = ?)`, [filter.after])
    }
    const [rows, [{ count }]] = await Promise.all([page, scoped().count("* as count")])
    const more = rows.length > filter.limit
    const runs = more ? rows.slice(0, filter.limit) : rows
    return { runs, count: Number(count), next_cursor: more ? runs[runs.length - 1].id : null }
  }

  /** Drops a channel's rendered feed rows (its feed format changed); the next feed renders again. */
  @InjectManager()
  async clearFeedRows(channelId: string, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    await knex(CONTENT_TABLE)
      .whereIn("id", knex(ITEM_TABLE).select("id").where("channel_id", channelId))
      .update({ feed_row: null })
  }

  /** Applies the same change to many rows by id. */
  @InjectManager()
  async updateItemsById(ids: string[], data: Record<string, unknown>, @MedusaContext() sharedContext: Context = {}) {
    if (!ids.length) return
    await this.knex_(sharedContext)(ITEM_TABLE)
      .whereRaw("id = ANY(?::text[])", [ids])
      .update({ ...data, updated_at: new Date() })
  }

  /**
   * Replaces the platform's warnings on these rows (those with a `source`) and keeps the
   * validator's own (no `source`), so that a platform's answer does not wipe "missing GTIN".
   */
  @InjectManager()
  async replacePlatformWarnings(ids: string[], warnings: object[], @MedusaContext() sharedContext: Context = {}) {
    if (!ids.length) return
    const knex = this.knex_(sharedContext)
    await knex(ITEM_TABLE)
      .whereRaw("id = ANY(?::text[])", [ids])
      .update({ warnings: platformWarningsSql(knex, warnings) })
  }

  /**
   * Defers every row of the channel still due for a push after the row `afterId` (the rows a
   * throttled push did not reach) until `until`, with the platform's reason as their warning,
   * in one statement. Returns how many were deferred.
   */
  @InjectManager()
  async deferDueItems(
    channelId: string,
    where: { afterId: string | null; dueBy: Date; until: Date; warnings: object[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = this.knex_(sharedContext)
    const q = scopeItems(knex(ITEM_TABLE), channelId, { dueForPush: where.dueBy })
    if (where.afterId) q.where("id", ">", where.afterId)
    const count = await q.update({
      status: "deferred",
      next_attempt_at: where.until,
      batch_handle: null,
      warnings: platformWarningsSql(knex, where.warnings),
      updated_at: new Date(),
    })
    return Number(count)
  }

  /** Records that the content of these rows is what the platform now holds. */
  @InjectManager()
  async markSent(ids: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!ids.length) return
    const knex = this.knex_(sharedContext)
    await knex(ITEM_TABLE).whereRaw("id = ANY(?::text[])", [ids]).update({ last_sent_hash: knex.ref("content_hash") })
  }

  /**
   * Counts one update of each of these rows on `day` against a platform's per-item daily cap
   * (a row last counted on another day starts again at 1). Called before the items are sent.
   */
  @InjectManager()
  async reserveDailyUpdates(ids: string[], day: string, @MedusaContext() sharedContext: Context = {}) {
    if (!ids.length) return
    const knex = this.knex_(sharedContext)
    await knex(ITEM_TABLE)
      .whereRaw("id = ANY(?::text[])", [ids])
      .update({ quota_used: knex.raw("CASE WHEN quota_day = ? THEN quota_used + 1 ELSE 1 END", [day]), quota_day: day })
  }

  /** Gives back the update counted on `day` for rows the platform did not take (refused, deferred, not reached). */
  @InjectManager()
  async releaseDailyUpdates(ids: string[], day: string, @MedusaContext() sharedContext: Context = {}) {
    if (!ids.length) return
    const knex = this.knex_(sharedContext)
    await knex(ITEM_TABLE)
      .whereRaw("id = ANY(?::text[])", [ids])
      .where("quota_day", day)
      .update({ quota_used: knex.raw("GREATEST(quota_used - 1, 0)") })
  }

  /** Removes rows for good: items deleted remotely, or a deleted channel's snapshot (and its queue). */
  @InjectManager()
  async purgeItems(filter: { ids?: string[]; channel_id?: string }, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    const q = knex(ITEM_TABLE)
    if (filter.ids) q.whereIn("id", filter.ids)
    if (filter.channel_id) q.where("channel_id", filter.channel_id)
    if (!filter.ids && !filter.channel_id) return 0
    if (filter.channel_id && !filter.ids) await knex("social_catalog_pending").where("channel_id", filter.channel_id).del()
    // Their "sending" marks go with them (a deleted item is not in doubt any more).
    const marks = knex("social_catalog_sending")
    if (filter.ids) marks.whereIn("id", filter.ids)
    if (filter.channel_id) marks.where("channel_id", filter.channel_id)
    await marks.del()
    // And their content (payload, feed row).
    await knex(CONTENT_TABLE).whereIn("id", q.clone().select("id")).del()
    return Number(await q.del())
  }

  /**
   * Queues products for the next delta of every enabled channel (or of the given channels). A
   * product queued twice is queued once; queuing it again moves its `updated_at`, which tells
   * `clearQueue` that a change arrived after the delta took it.
   */
  @InjectManager()
  async queueProducts(productIds: string[], channelIds?: string[] | null, @MedusaContext() sharedContext: Context = {}) {
    const unique = [...new Set(productIds)].filter(Boolean)
    if (!unique.length) return 0
    const knex = this.knex_(sharedContext)
    const channels: string[] =
      channelIds ?? (await knex("social_catalog_channel").select("id").where("enabled", true).whereNull("deleted_at")).map((c: any) => c.id)
    if (!channels.length) return 0
    const rows = channels.flatMap((channel_id) =>
      unique.map((product_id) => ({
        id: generateEntityId(undefined, "scpd"),
        channel_id,
        product_id,
        created_at: knex.fn.now(),
        updated_at: knex.fn.now(),
      }))
    )
    await knex("social_catalog_pending")
      .insert(rows)
      .onConflict(knex.raw("(channel_id, product_id) WHERE deleted_at IS NULL"))
      .merge({ updated_at: knex.fn.now() })
    return unique.length
  }

  /**
   * Up to `limit` queued products of a channel, oldest first, with the database time they were
   * read at (the `taken_at` to give `clearQueue`). Nothing is removed.
   */
  @InjectManager()
  async takeQueue(channelId: string, limit: number, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    // As text: a JS Date would drop the microseconds the comparison in clearQueue needs.
    const {
      rows: [{ now }],
    } = await knex.raw("select now()::text as now")
    const rows = await knex("social_catalog_pending")
      .select("product_id")
      .where("channel_id", channelId)
      .whereNull("deleted_at")
      .orderBy([{ column: "created_at" }, { column: "id" }])
      .limit(limit)
    return { product_ids: rows.map((r: any) => r.product_id as string), taken_at: String(now) }
  }

  /**
   * Removes a channel's queue rows that its delta has processed: the products it took, unless a
   * new change queued them again after `takenAt` (that change waits for the next delta).
   */
  @InjectManager()
  async clearQueue(channelId: string, productIds: string[], takenAt: string, @MedusaContext() sharedContext: Context = {}) {
    if (!productIds.length) return 0
    return Number(
      await this.knex_(sharedContext)("social_catalog_pending")
        .where("channel_id", channelId)
        .whereIn("product_id", productIds)
        .where("updated_at", "<=", takenAt)
        .del()
    )
  }

  /** Where the change watcher `name` stands; null before its first run. */
  @InjectManager()
  async getWatermark(name: string, @MedusaContext() sharedContext: Context = {}): Promise<Watermark | null> {
    const row = await this.knex_(sharedContext)(WATERMARK_TABLE)
      .select("watched_at", "seen")
      .where("name", name)
      .whereNull("deleted_at")
      .first()
    if (!row) return null
    return { watched_at: new Date(row.watched_at).toISOString(), seen: (row.seen?.keys ?? []) as string[] }
  }

  /**
   * Stores where the change watcher `name` stands (one row per watcher); null removes it (the
   * watcher starts again from a baseline). An upsert: two processes that ran the watcher at once
   * both write, and neither fails on the unique name.
   */
  @InjectManager()
  async saveWatermark(name: string, mark: Watermark | null, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    if (!mark) {
      await knex(WATERMARK_TABLE).where("name", name).del()
      return
    }
    await knex(WATERMARK_TABLE)
      .insert({
        id: generateEntityId(undefined, "scwm"),
        name,
        watched_at: mark.watched_at,
        // An object, not a bare array: the driver would send a JS array as a PostgreSQL array.
        seen: JSON.stringify({ keys: mark.seen }),
        created_at: knex.fn.now(),
        updated_at: knex.fn.now(),
      })
      .onConflict(knex.raw("(name) WHERE deleted_at IS NULL"))
      .merge(["watched_at", "seen", "updated_at"])
  }

  /**
   * Records a sync run of a channel, or answers the run that already covers the request (see
   * `runSql.request`). The caller holds the channel's request lock (the Locking module lives in
   * the app's container, not this module's), so "sync now" on two servers makes one run.
   */
  @InjectManager()
  async requestRun(
    channelId: string,
    input: { kind: RunKind; force?: boolean; reconcile?: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ run: CatalogRun; created: boolean }> {
    return runSql.request(this.knex_(sharedContext), channelId, { kind: input.kind, force: !!input.force, reconcile: !!input.reconcile })
  }

  /** Takes a queued run, or one whose lease expired, for `owner`; null when another holds it. */
  @InjectManager()
  async claimRun(runId: string, owner: string, leaseMs: number, @MedusaContext() sharedContext: Context = {}) {
    return runSql.claim(this.knex_(sharedContext), runId, owner, leaseMs)
  }

  /** Extends `owner`'s lease on a run; false when the run was taken over or ended. */
  @InjectManager()
  async renewRunLease(runId: string, owner: string, leaseMs: number, @MedusaContext() sharedContext: Context = {}) {
    return runSql.renew(this.knex_(sharedContext), runId, owner, leaseMs)
  }

  /** Ends a run (only `owner`'s, when given); false when it was not that owner's any more. */
  @InjectManager()
  async finishRun(
    runId: string,
    owner: string | null,
    outcome: { status: "succeeded" | "failed"; results?: unknown; error?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return runSql.finish(this.knex_(sharedContext), runId, owner, outcome)
  }

  /** Gives a claimed run back to the queue (its channel is busy with another run). */
  @InjectManager()
  async releaseRun(runId: string, owner: string, @MedusaContext() sharedContext: Context = {}) {
    await runSql.release(this.knex_(sharedContext), runId, owner)
  }

  /** Runs whose worker died (lease expired) or that waited in the queue too long. */
  @InjectManager()
  async listOrphanedRuns(queuedForMs: number, limit = 20, @MedusaContext() sharedContext: Context = {}) {
    return runSql.orphaned(this.knex_(sharedContext), queuedForMs, limit)
  }

  /** The run that comes after the channel's current one. */
  @InjectManager()
  async nextQueuedRun(channelId: string, @MedusaContext() sharedContext: Context = {}) {
    return runSql.nextQueued(this.knex_(sharedContext), channelId)
  }

  /** Rows about to go out in one batch under `sendKey` (written before the call). */
  @InjectManager()
  async markItemsSending(ids: string[], sendKey: string, @MedusaContext() sharedContext: Context = {}) {
    await itemSql.sending(this.knex_(sharedContext), ids, sendKey)
  }

  /** These rows as the push reads them. */
  @InjectManager()
  async listPushRows(ids: string[], @MedusaContext() sharedContext: Context = {}) {
    return itemSql.forPush(this.knex_(sharedContext), ids)
  }

  /** Rows waiting for an accepted batch's results: handle → rows. */
  @InjectManager()
  async listPendingBatches(channelId: string, @MedusaContext() sharedContext: Context = {}) {
    return itemSql.pendingBatches(this.knex_(sharedContext), channelId)
  }

  /** Batches left "sending" by a worker that died during the call: key → row ids. */
  @InjectManager()
  async listInDoubtBatches(channelId: string, @MedusaContext() sharedContext: Context = {}) {
    return itemSql.inDoubt(this.knex_(sharedContext), channelId)
  }

  /** An asynchronous platform accepted these rows under `handle`. */
  @InjectManager()
  async markItemsAccepted(ids: string[], handle: string, at: Date, @MedusaContext() sharedContext: Context = {}) {
    await itemSql.accepted(this.knex_(sharedContext), ids, handle, at)
  }

  /** The platform accepted these rows (with these warnings). */
  @InjectManager()
  async markItemsSynced(ids: string[], o: { warnings: ItemIssue[]; markSent: boolean; at: Date }, @MedusaContext() sharedContext: Context = {}) {
    await itemSql.synced(this.knex_(sharedContext), ids, o)
  }

  /** The platform refused these rows, each with its own messages. */
  @InjectManager()
  async markItemsFailed(rows: FailedItem[], at: Date, @MedusaContext() sharedContext: Context = {}) {
    await itemSql.failed(this.knex_(sharedContext), rows, at)
  }

  /** These rows wait until `until` (not sent, or sent and not taken). */
  @InjectManager()
  async markItemsDeferred(
    ids: string[],
    o: { until: Date; warnings: ItemIssue[]; restoreHash?: { last_sent_hash: string | null } },
    @MedusaContext() sharedContext: Context = {}
  ) {
    await itemSql.deferred(this.knex_(sharedContext), ids, o)
  }

  /** A batch the platform gave up on: its rows go again, each after its backoff. */
  @InjectManager()
  async markItemsResent(rows: { id: string; next_attempt_at: Date }[], warnings: ItemIssue[], @MedusaContext() sharedContext: Context = {}) {
    await itemSql.resend(this.knex_(sharedContext), rows, warnings)
  }

  /** Rows marked "sending" that were not sent: the mark goes, the rows are as they were. */
  @InjectManager()
  async putItemsBack(ids: string[], @MedusaContext() sharedContext: Context = {}) {
    await itemSql.putBack(this.knex_(sharedContext), ids)
  }

  /** A submit that failed outright: the rows wait for a backoff. */
  @InjectManager()
  async markItemsSubmitFailed(ids: string[], o: { until: Date; message: string }, @MedusaContext() sharedContext: Context = {}) {
    await itemSql.submitFailed(this.knex_(sharedContext), ids, o)
  }

  /** Counts rows per status for a channel, for the admin and the run results. */
  @InjectManager()
  async countByStatus(channelId: string, @MedusaContext() sharedContext: Context = {}) {
    const rows = await this.knex_(sharedContext)(ITEM_TABLE)
      .select("status")
      .count("* as count")
      .where("channel_id", channelId)
      .whereNull("deleted_at")
      .groupBy("status")
    return Object.fromEntries(rows.map((r: any) => [r.status, Number(r.count)])) as Record<string, number>
  }
}
