import { model } from "@medusajs/framework/utils"
import { ReviewMedia } from "./review-media"
import { ReviewResponse } from "./review-response"

/**
 * A customer's review of a product. Ratings and statuses are plain columns; helpful votes are rows
 * of `product_review_vote`, and `helpful_count` is recomputed from them (never incremented) so a
 * retried vote cannot drift the count.
 */
export const ProductReview = model
  .define("product_review", {
    id: model.id({ prefix: "prev" }).primaryKey(),
    product_id: model.text(),
    /** Null for an imported review whose author is not a customer of this store. */
    customer_id: model.text().nullable(),
    /** The order and line item that prove the purchase; null for an unverified review. */
    order_id: model.text().nullable(),
    order_line_item_id: model.text().nullable(),
    rating: model.number(),
    title: model.text(),
    body: model.text(),
    /** Shown with the review: first name and last initial, captured when it was written. */
    author_name: model.text().nullable(),
    status: model.enum(["pending", "approved", "rejected"]).default("pending"),
    /** One of REJECTION_REASONS (never the rating). */
    rejection_reason: model.text().nullable(),
    moderated_at: model.dateTime().nullable(),
    moderated_by: model.text().nullable(),
    verified_purchase: model.boolean().default(false),
    /** Set when a reward was granted for this review (FTC 16 CFR 465: shown with the review). */
    incentivized: model.boolean().default(false),
    incentive_grant_id: model.text().nullable(),
    has_media: model.boolean().default(false),
    /**
     * The reviewer agreed that the shop may quote this review in its own social posts (asked when
     * the review is written; false unless they tick it). Automatic posts of reviews need it.
     */
    social_consent: model.boolean().default(false),
    helpful_count: model.number().default(0),
    /** Where the review was written: "store" (here), or the platform it was imported from. */
    source: model.text().default("store"),
    /**
     * A stable key of an imported row (its source and the source's review id, or a hash of its
     * content): re-importing the same file finds it and creates nothing twice.
     */
    import_key: model.text().nullable(),
    /** The import that created the review (null for reviews written here). */
    import_id: model.text().nullable(),
    media: model.hasMany(() => ReviewMedia, { mappedBy: "review" }),
    responses: model.hasMany(() => ReviewResponse, { mappedBy: "review" }),
  })
  .cascades({ delete: ["media", "responses"] })
  .indexes([
    // One review per customer and product.
    { on: ["product_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "status", "created_at"], where: "deleted_at IS NULL" },
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
    { on: ["import_key"], unique: true, where: "import_key IS NOT NULL" },
  ])
  .checks([
    { name: "product_review_rating_range", expression: (c) => `${c.rating} >= 1 AND ${c.rating} <= 5` },
  ])
