import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { ProductReview } from "./models/product-review"
import { ReviewMedia } from "./models/review-media"
import { ReviewResponse } from "./models/review-response"
import { ReviewVote } from "./models/review-vote"
import { ReviewReport } from "./models/review-report"
import { ReviewImport } from "./models/review-import"
import { parsePluginOptions, type PluginOptions } from "../social-settings/options"
import { statsFromRows, type ProductReviewStats, type RatingGroupRow } from "./lib/stats"
import type { ReviewStatus } from "./lib/vocabulary"
import { entityIds } from "../../lib/entity-ids"

export type ReviewOptions = PluginOptions["reviews"]

type ModerationRow = {
  id: string
  product_id: string
  customer_id: string | null
  status: string
  rejection_reason: string | null
  moderated_at: Date | null
  moderated_by: string | null
  verified_purchase: boolean
  has_media: boolean
  order_id: string | null
  order_line_item_id: string | null
}

export type FeedReviewRow = {
  id: string
  product_id: string
  author_name: string | null
  /** ISO 8601 in UTC, to the millisecond, as Date#toISOString writes it (formatted by PostgreSQL). */
  created_at: string
  title: string
  body: string
  rating: number
  verified_purchase: boolean
  incentivized: boolean
  order_id: string | null
  source: string
  photos: string[] | null
}

/** An imported review as insertImportedReviews writes it (the id is made by the caller). */
export type ImportedReviewInsert = {
  id: string
  product_id: string
  customer_id: string | null
  order_id: string | null
  order_line_item_id: string | null
  rating: number
  title: string
  body: string
  author_name: string | null
  status: "pending" | "approved" | "rejected"
  verified_purchase: boolean
  source: string
  import_key: string
  import_id: string
  created_at: Date
  reply: string | null
  media: { file_id: string; url: string; mime_type: string; width: number; height: number; size: number; rank: number; is_public: boolean }[]
}

/**
 * This service owns reviews, their photos, the merchant's replies and helpful votes. Stats are
 * never stored: they are computed by one grouped query over approved reviews, so approving,
 * rejecting or deleting a review changes them without any counter to keep in step.
 *
 * @example
 * const reviews = container.resolve<ProductReviewModuleService>("product_review")
 * const ratings = await reviews.getProductRatingStats(["prod_1", "prod_2"])
 * // { prod_1: { average: 4.5, count: 12 }, prod_2: { average: null, count: 0 } }
 */
/**
 * The knex of the call's transaction (else the pool's), for statements whose values must go to
 * PostgreSQL as bound parameters: MikroORM's `execute` copies every value into the SQL text,
 * which for an import batch of 1,000 rows allocated most of what the whole import did.
 */
function boundKnex(sharedContext: Context) {
  const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
  return manager.getTransactionContext() ?? manager.getKnex()
}

export default class ProductReviewModuleService extends MedusaService({
  ProductReview,
  ReviewMedia,
  ReviewResponse,
  ReviewVote,
  ReviewReport,
  ReviewImport,
}) {
  protected readonly reviewOptions_: ReviewOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.reviewOptions_ = parsePluginOptions(options).reviews
  }

  /** The `reviews` plugin options (moderation, verification, limits). */
  getReviewOptions(): ReviewOptions {
    return this.reviewOptions_
  }

  /**
   * Count, average, distribution, verified and photo counts of the approved reviews of each
   * product. Every requested id is in the answer (empty stats when it has no approved review).
   */
  @InjectManager()
  async getProductReviewStats(
    productIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, ProductReviewStats>> {
    const ids = [...new Set(productIds.filter(Boolean))]
    if (!ids.length) {
      return {}
    }
    const manager = sharedContext.manager as SqlEntityManager
    const rows = (await manager.execute(
      `SELECT product_id, rating, count(*) AS count,
              count(*) FILTER (WHERE verified_purchase) AS verified,
              count(*) FILTER (WHERE has_media) AS with_media
         FROM product_review
        WHERE status = 'approved' AND deleted_at IS NULL
          AND product_id IN (${ids.map(() => "?").join(", ")})
        GROUP BY product_id, rating`,
      ids
    )) as RatingGroupRow[]
    return statsFromRows(ids, rows)
  }

  /**
   * The rating summary the share capability puts in meta tags and cards (schema.org
   * `aggregateRating`): `{ [product_id]: { average, count } }`, average null when count is 0.
   * Only approved reviews count.
   */
  async getProductRatingStats(productIds: string[]): Promise<Record<string, { average: number | null; count: number }>> {
    const full = await this.getProductReviewStats(productIds)
    return Object.fromEntries(Object.entries(full).map(([id, s]) => [id, { average: s.average, count: s.count }]))
  }

  /**
   * Moves a review to approved or rejected under a row lock, so that two concurrent approvals
   * cannot both see "pending": the second finds the review approved and reports
   * `changed: false` (and the approval event is emitted once). `previous` is what to restore.
   */
  @InjectTransactionManager()
  async moderateReview(
    input: { id: string; status: "approved" | "rejected"; reason: string | null; actor_id: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const [row] = (await manager.execute(
      `SELECT id, product_id, customer_id, status, rejection_reason, moderated_at, moderated_by,
              verified_purchase, has_media, order_id, order_line_item_id
         FROM product_review WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [input.id]
    )) as ModerationRow[]
    if (!row) {
      return null
    }
    const review = {
      id: row.id as string,
      product_id: row.product_id as string,
      customer_id: row.customer_id,
      verified_purchase: Boolean(row.verified_purchase),
      has_media: Boolean(row.has_media),
      status: input.status as ReviewStatus,
      order_id: (row.order_id ?? null) as string | null,
      order_line_item_id: (row.order_line_item_id ?? null) as string | null,
      moderated_at: row.moderated_at ? new Date(row.moderated_at).toISOString() : null,
    }
    if (row.status === input.status && (row.rejection_reason ?? null) === input.reason) {
      return {
        changed: false,
        previous_status: row.status as ReviewStatus,
        review: { ...review, status: row.status as ReviewStatus },
        previous: null,
      }
    }
    const [updated] = (await manager.execute(
      `UPDATE product_review SET status = ?, rejection_reason = ?, moderated_at = now(), moderated_by = ?, updated_at = now()
        WHERE id = ? RETURNING moderated_at`,
      [input.status, input.reason, input.actor_id, input.id]
    )) as { moderated_at: Date }[]
    review.moderated_at = new Date(updated.moderated_at).toISOString()
    const previous = {
      id: row.id as string,
      status: row.status as ReviewStatus,
      rejection_reason: row.rejection_reason as string | null,
      moderated_at: row.moderated_at as Date | null,
      moderated_by: row.moderated_by as string | null,
    }
    return { changed: true, previous_status: row.status as ReviewStatus, review, previous }
  }

  /**
   * Records a helpful vote once per voter and recomputes the review's helpful count from the vote
   * rows. A second vote by the same voter changes nothing (`created: false`). Returns null when the
   * review does not exist.
   */
  @InjectTransactionManager()
  async recordHelpfulVote(
    input: { review_id: string; voter_key: string; visitor_key?: string | null; customer_id: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ created: boolean; vote_id: string | null; helpful_count: number }> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    // Lock the review row first: votes on one review are serialised, so the count recomputed
    // below (READ COMMITTED, a new snapshot per statement) sees every vote committed before it.
    // Without the lock two voters racing could both write a count that misses the other's vote.
    await manager.execute(`SELECT id FROM product_review WHERE id = ? FOR UPDATE`, [input.review_id])
    // ON CONFLICT rather than read-then-insert: two concurrent votes by the same voter both pass a
    // read, and the unique indexes are the only arbiters that cannot be raced. No conflict target:
    // a guest's vote is refused when either its network or its visitor key has voted.
    const inserted = (await manager.execute(
      `INSERT INTO product_review_vote (id, review_id, voter_key, visitor_key, customer_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, now(), now())
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [generateEntityId(undefined, "prvote"), input.review_id, input.voter_key, input.visitor_key ?? null, input.customer_id]
    )) as { id: string }[]
    const helpful_count = await this.refreshHelpfulCount_(input.review_id, manager)
    return { created: inserted.length > 0, vote_id: inserted[0]?.id ?? null, helpful_count }
  }

  /** Removes a vote (the compensation of a vote) and recomputes the count. */
  @InjectTransactionManager()
  async removeHelpfulVote(voteId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = (await manager.execute(`DELETE FROM product_review_vote WHERE id = ? RETURNING review_id`, [
      voteId,
    ])) as { review_id: string }[]
    if (rows[0]) {
      await this.refreshHelpfulCount_(rows[0].review_id, manager)
    }
  }

  private async refreshHelpfulCount_(reviewId: string, manager: SqlEntityManager) {
    const rows = (await manager.execute(
      `UPDATE product_review
          SET helpful_count = (SELECT count(*) FROM product_review_vote v WHERE v.review_id = ? AND v.deleted_at IS NULL)
        WHERE id = ?
        RETURNING helpful_count`,
      [reviewId, reviewId]
    )) as { helpful_count: number }[]
    return Number(rows[0]?.helpful_count ?? 0)
  }

  /**
   * Which of these import keys are taken already. A review deleted since (by the merchant, or by
   * its author) keeps its key: importing the file again must not bring it back. A key
   * `review:<id>` (a row of this store's own export) is taken when that review exists or existed.
   */
  @InjectManager()
  async takenImportKeys(keys: string[], @MedusaContext() sharedContext: Context = {}): Promise<Set<string>> {
    if (!keys.length) return new Set()
    const own = keys.filter((k) => k.startsWith("review:")).map((k) => k.slice("review:".length))
    const { rows } = await boundKnex(sharedContext).raw(
      `SELECT import_key AS key FROM product_review WHERE import_key = ANY(?::text[])
       UNION ALL SELECT 'review:' || id AS key FROM product_review WHERE id = ANY(?::text[])`,
      [keys, own]
    )
    return new Set((rows as { key: string }[]).map((r) => r.key))
  }

  /**
   * Writes imported reviews with their replies and photos in one transaction. The unique import
   * key (and one review per customer and product) is the arbiter: a row whose key exists already,
   * even one written by a concurrent import, is skipped (ON CONFLICT DO NOTHING), so importing the
   * same file twice creates nothing twice. Returns the keys it created, with their review ids.
   */
  @InjectTransactionManager()
  async insertImportedReviews(
    rows: ImportedReviewInsert[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, string>> {
    const created = new Map<string, string>()
    if (!rows.length) return created
    const knex = boundKnex(sharedContext)
    // One array parameter per column (unnest), not a placeholder per value: the statement stays
    // short and the values go to PostgreSQL as parameters, never copied into the SQL text.
    const column = <T>(f: (r: ImportedReviewInsert) => T) => rows.map(f)
    const { rows: inserted } = await knex.raw(
      `INSERT INTO product_review (id, product_id, customer_id, order_id, order_line_item_id, rating, title, body, author_name,
         status, moderated_at, moderated_by, verified_purchase, has_media, source, import_key, import_id, created_at, updated_at)
       SELECT id, product_id, customer_id, order_id, order_line_item_id, rating, title, body, author_name,
         status, CASE WHEN status = 'approved' THEN created_at END, CASE WHEN status = 'approved' THEN 'import' END,
         verified_purchase, has_media, source, import_key, import_id, created_at, created_at
       FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[],
         ?::text[], ?::boolean[], ?::boolean[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
         AS t(id, product_id, customer_id, order_id, order_line_item_id, rating, title, body, author_name,
           status, verified_purchase, has_media, source, import_key, import_id, created_at)
       ON CONFLICT DO NOTHING RETURNING id, import_key`,
      [
        column((r) => r.id), column((r) => r.product_id), column((r) => r.customer_id), column((r) => r.order_id),
        column((r) => r.order_line_item_id), column((r) => r.rating), column((r) => r.title), column((r) => r.body),
        column((r) => r.author_name), column((r) => r.status), column((r) => r.verified_purchase),
        column((r) => r.media.length > 0), column((r) => r.source), column((r) => r.import_key), column((r) => r.import_id),
        column((r) => r.created_at),
      ]
    )
    for (const r of inserted as { id: string; import_key: string }[]) created.set(r.import_key, r.id)
    const kept = rows.filter((r) => created.get(r.import_key) === r.id)
    const replies = kept.filter((r) => r.reply)
    if (replies.length) {
      await knex.raw(
        `INSERT INTO product_review_response (id, review_id, body, author_id, created_at, updated_at)
         SELECT id, review_id, body, 'import', now(), now() FROM unnest(?::text[], ?::text[], ?::text[]) AS t(id, review_id, body)`,
        [entityIds("prresp", replies.length), replies.map((r) => r.id), replies.map((r) => r.reply)]
      )
    }
    const media = kept.flatMap((r) => r.media.map((m) => ({ ...m, review_id: r.id })))
    if (media.length) {
      const ids = entityIds("prmed", media.length)
      await knex.raw(
        `INSERT INTO product_review_media (id, review_id, file_id, url, mime_type, width, height, size, rank, is_public, created_at, updated_at)
         VALUES ${media.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())").join(", ")}`,
        media.flatMap((m, i) => [ids[i], m.review_id, m.file_id, m.url, m.mime_type, m.width, m.height, m.size, m.rank, m.is_public])
      )
    }
    return created
  }

  /**
   * Deletes what one import wrote (the import workflow's compensation) and returns the file ids of
   * its photos, for the File module.
   */
  @InjectTransactionManager()
  async deleteImportedReviews(importId: string, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const files = (await manager.execute(
      `DELETE FROM product_review_media WHERE review_id IN (SELECT id FROM product_review WHERE import_id = ?) RETURNING file_id`,
      [importId]
    )) as { file_id: string }[]
    await manager.execute(`DELETE FROM product_review_response WHERE review_id IN (SELECT id FROM product_review WHERE import_id = ?)`, [importId])
    await manager.execute(`DELETE FROM product_review WHERE import_id = ?`, [importId])
    return files.map((f) => f.file_id)
  }

  /**
   * Files a shopper's report on an approved review, once per reporter (the unique index decides,
   * even between two concurrent requests). Null when there is no approved review with that id.
   */
  @InjectTransactionManager()
  async recordReport(
    input: { review_id: string; reporter_key: string; customer_id: string | null; reason: string; comment: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ created: boolean; report_id: string | null } | null> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const [review] = (await manager.execute(
      `SELECT id FROM product_review WHERE id = ? AND status = 'approved' AND deleted_at IS NULL`,
      [input.review_id]
    )) as { id: string }[]
    if (!review) return null
    const inserted = (await manager.execute(
      `INSERT INTO product_review_report (id, review_id, reporter_key, customer_id, reason, comment, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, now(), now()) ON CONFLICT DO NOTHING RETURNING id`,
      [generateEntityId(undefined, "prrep"), input.review_id, input.reporter_key, input.customer_id, input.reason, input.comment]
    )) as { id: string }[]
    return { created: inserted.length > 0, report_id: inserted[0]?.id ?? null }
  }

  /** Closes the open reports of a review (it was rejected, or the admin dismissed them). */
  @InjectTransactionManager()
  async resolveReports(
    input: { review_id?: string; report_id?: string; resolution: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = (await manager.execute(
      `UPDATE product_review_report SET resolved_at = now(), resolution = ?, updated_at = now()
        WHERE resolved_at IS NULL AND deleted_at IS NULL AND ${input.report_id ? "id = ?" : "review_id = ?"} RETURNING id`,
      [input.resolution, input.report_id ?? input.review_id]
    )) as { id: string }[]
    return rows.map((r) => r.id)
  }

  /**
   * A page of approved reviews for Google's ratings feed, by id after `after` (keyset: each page is
   * one index range scan, whatever the count), with their public photo URLs. `created_at` comes
   * formatted as the feed writes it: parsing 100,000 timestamps into Dates in JavaScript was 8% of
   * a CPU profile of the feed (PostgreSQL's MS and toISOString both truncate the microseconds).
   */
  @InjectManager()
  async pageFeedReviews(after: string, limit: number, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as SqlEntityManager
    return (await manager.execute(
      `SELECT r.id, r.product_id, r.author_name,
              to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at, r.title, r.body, r.rating, r.verified_purchase,
              r.incentivized, r.order_id, r.source,
              (SELECT array_agg(m.url ORDER BY m.rank) FROM product_review_media m
                WHERE m.review_id = r.id AND m.is_public AND m.deleted_at IS NULL) AS photos
         FROM product_review r
        WHERE r.status = 'approved' AND r.deleted_at IS NULL AND r.id > ?
        ORDER BY r.id
        LIMIT ?`,
      [after, limit]
    )) as FeedReviewRow[]
  }

  /**
   * What the ratings feed's ETag is made of: the approved reviews (count, last change of any
   * review) and their public photos (count, last change). Any moderation, edit or photo change
   * moves one of them.
   */
  @InjectManager()
  async feedVersion(@MedusaContext() sharedContext: Context = {}): Promise<string> {
    const manager = sharedContext.manager as SqlEntityManager
    const [row] = (await manager.execute(
      `SELECT (SELECT count(*) FROM product_review WHERE status = 'approved' AND deleted_at IS NULL) AS reviews,
              (SELECT max(greatest(updated_at, coalesce(deleted_at, updated_at))) FROM product_review) AS reviews_at,
              (SELECT count(*) FROM product_review_media WHERE is_public AND deleted_at IS NULL) AS photos,
              (SELECT max(updated_at) FROM product_review_media) AS photos_at`
    )) as Record<string, unknown>[]
    const at = (v: unknown) => (v ? new Date(v as string).toISOString() : "-")
    return `${row.reviews}|${at(row.reviews_at)}|${row.photos}|${at(row.photos_at)}`
  }

  /**
   * Erasure of a deleted customer (GDPR art. 17): their reviews (deleted ones too) lose the
   * author's name (the storefront shows "A customer"), and their helpful votes stay counted but
   * are no longer theirs (`voter_key` becomes `erased:<vote id>`). The review text stays, as the
   * product's public record; the merchant removes it on request through moderation. Idempotent.
   */
  @InjectTransactionManager()
  async anonymiseCustomer(customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const reviews = (await manager.execute(
      `UPDATE product_review SET author_name = NULL, updated_at = now() WHERE customer_id = ? AND author_name IS NOT NULL RETURNING id`,
      [customerId]
    )) as unknown[]
    const votes = (await manager.execute(
      `UPDATE product_review_vote SET voter_key = 'erased:' || id, customer_id = NULL, updated_at = now()
       WHERE customer_id = ? OR voter_key = ? RETURNING id`,
      [customerId, `customer:${customerId}`]
    )) as unknown[]
    return { reviews: reviews.length, votes: votes.length }
  }

  /**
   * The overview's review figures: reviews written in [from, to) and the average rating of the
   * approved ones among them, and how many wait for moderation now (whenever written).
   */
  @InjectManager()
  async overviewFigures(range: { from: Date; to: Date }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as SqlEntityManager
    const [row] = (await manager.execute(
      `SELECT count(*) FILTER (WHERE created_at >= ? AND created_at < ?) AS new_reviews,
              avg(rating) FILTER (WHERE status = 'approved' AND created_at >= ? AND created_at < ?) AS average_rating,
              count(*) FILTER (WHERE status = 'pending') AS pending
         FROM product_review WHERE deleted_at IS NULL`,
      [range.from, range.to, range.from, range.to]
    )) as Array<Record<string, string | null>>
    return {
      new_reviews: Number(row?.new_reviews ?? 0),
      average_rating: row?.average_rating == null ? null : Math.round(Number(row.average_rating) * 100) / 100,
      pending: Number(row?.pending ?? 0),
    }
  }
}
