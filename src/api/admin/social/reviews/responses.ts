import { z } from "@medusajs/framework/zod"
import { nullableTimestamp, offsetPage, timestamp } from "../../../openapi/common"

// The review as stored; its photos and reply keep the rows' own fields (ids, file ids, sizes).
export const AdminReview = z
  .object({
    id: z.string(),
    product_id: z.string(),
    customer_id: z.string().nullable().meta({ description: "null for an imported review whose author is not a customer here" }),
    order_id: z.string().nullable(),
    order_line_item_id: z.string().nullable(),
    rating: z.number().int(),
    title: z.string(),
    body: z.string(),
    author_name: z.string().nullable(),
    status: z.enum(["pending", "approved", "rejected"]),
    rejection_reason: z.string().nullable(),
    moderated_at: nullableTimestamp,
    moderated_by: z.string().nullable(),
    verified_purchase: z.boolean(),
    incentivized: z.boolean(),
    incentive_grant_id: z.string().nullable(),
    has_media: z.boolean(),
    social_consent: z.boolean().meta({ description: "the reviewer lets the shop quote the review in its social posts" }),
    helpful_count: z.number().int(),
    source: z.string().meta({ description: "store (written here), judgeme, yotpo or import (the generic CSV)" }),
    import_key: z.string().nullable(),
    import_id: z.string().nullable(),
    media: z.array(z.looseObject({ id: z.string(), url: z.string() })),
    product: z.object({ id: z.string(), title: z.string().nullable() }).strict(),
    response: z.looseObject({ id: z.string(), body: z.string() }).nullable(),
    created_at: timestamp,
    updated_at: timestamp,
    deleted_at: nullableTimestamp,
  })
  .strict()

export const AdminListReviewsResponse = z.object({ reviews: z.array(AdminReview), ...offsetPage }).strict()
export const AdminReviewResponse = z.object({ review: AdminReview }).strict()
export const AdminModerateReviewResponse = z
  .object({ review: AdminReview, changed: z.boolean().meta({ description: "false when the review already had this status" }) })
  .strict()

const ImportRowError = z.object({ row: z.number().int(), field: z.string(), message: z.string() }).strict()

export const AdminReviewImport = z
  .object({
    id: z.string(),
    format: z.enum(["judgeme", "yotpo", "generic"]),
    filename: z.string().nullable(),
    status: z.enum(["pending", "running", "completed", "failed"]),
    review_status: z.enum(["approved", "pending"]),
    photo_hosts: z.array(z.string()),
    total_rows: z.number().int(),
    processed_rows: z.number().int(),
    created_count: z.number().int(),
    existing_count: z.number().int().meta({ description: "rows already imported (same import key): skipped" }),
    error_count: z.number().int().meta({ description: "rows not imported (see errors)" }),
    photo_count: z.number().int(),
    errors: z.array(ImportRowError).meta({ description: "the first 1000 row errors; photo failures are listed too (their review is imported without the photo)" }),
    started_at: nullableTimestamp,
    finished_at: nullableTimestamp,
    created_at: timestamp,
  })
  .strict()

export const AdminReviewImportResponse = z.object({ import: AdminReviewImport }).strict()
export const AdminListReviewImportsResponse = z.object({ imports: z.array(AdminReviewImport), ...offsetPage }).strict()
export const AdminReviewImportDryRunResponse = z
  .object({
    dry_run: z
      .object({
        format: z.enum(["judgeme", "yotpo", "generic"]),
        total_rows: z.number().int(),
        valid_rows: z.number().int(),
        would_create: z.number().int(),
        existing_count: z.number().int(),
        error_count: z.number().int(),
        errors: z.array(ImportRowError),
      })
      .strict(),
  })
  .strict()

export const AdminReviewReport = z
  .object({
    id: z.string(),
    review_id: z.string(),
    reason: z.string(),
    comment: z.string().nullable(),
    customer_id: z.string().nullable(),
    resolved_at: nullableTimestamp,
    resolution: z.string().nullable(),
    created_at: timestamp,
    review: z
      .object({
        id: z.string(),
        product_id: z.string(),
        rating: z.number().int(),
        title: z.string(),
        body: z.string(),
        author_name: z.string().nullable(),
        status: z.string(),
        open_reports: z.number().int(),
      })
      .strict()
      .nullable(),
  })
  .strict()
export const AdminListReviewReportsResponse = z.object({ reports: z.array(AdminReviewReport), ...offsetPage }).strict()
export const AdminDismissReportResponse = z.object({ id: z.string(), dismissed: z.boolean() }).strict()
export const AdminRatingsFeedResponse = z
  .object({ feed: z.object({ path: z.string(), url: z.string().nullable() }).strict() })
  .strict()
