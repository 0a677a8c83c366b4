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

export type ReviewOptions = PluginOptions["reviews"]

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
    )) as any[]
    if (!row) {
      return null
    }
    const review = {
      id: row.id as string,
      product_id: row.product_id as string,
      customer_id: row.customer_id as string,
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
    )) as any[]
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
   * Erasure of a deleted customer (GDPR art. 17): their reviews (deleted ones too) lose the
   * author's name (the storefront shows "A customer"), and their helpful votes stay counted but
   * are no longer theirs (`voter_key` becomes `erased:<vote id>`). The review text stays, as the
   * product's public record; the merchant removes it on request through moderation. Idempotent.
   */
  @InjectTransactionManager()
  async anonymiseCustomer(customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = (sharedContext as any).transactionManager as SqlEntityManager
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
