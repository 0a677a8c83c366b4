import { z } from "@medusajs/framework/zod"
import { REJECTION_REASONS, REVIEW_STATUSES } from "../../../../modules/product-review"

export const AdminListReviewsQuery = z
  .object({
    status: z.enum(REVIEW_STATUSES, { error: `must be one of ${REVIEW_STATUSES.join(", ")}` }).optional(),
    rating: z.coerce.number().int().min(1).max(5).optional(),
    max_rating: z.coerce.number().int().min(1).max(5).optional(),
    product_id: z.string().trim().min(1).max(100).optional(),
    customer_id: z.string().trim().min(1).max(100).optional(),
    verified: z.enum(["true", "false"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    order: z.enum(["created_at", "-created_at", "rating", "-rating"]).default("-created_at"),
  })
  .strict()

export const AdminRejectReview = z
  .object({
    reason: z.enum(REJECTION_REASONS, {
      error: `must be one of ${REJECTION_REASONS.join(", ")} (a review is never rejected for its rating)`,
    }),
  })
  .strict()

export const AdminRespondToReview = z
  .object({
    body: z.string().trim().min(1, "must not be empty").max(5000, "must be at most 5000 characters"),
  })
  .strict()

export const AdminEmpty = z.object({}).strict()

export type AdminListReviewsQueryType = z.infer<typeof AdminListReviewsQuery>
export type AdminRejectReviewType = z.infer<typeof AdminRejectReview>
export type AdminRespondToReviewType = z.infer<typeof AdminRespondToReview>

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i

/** The form fields of an import upload (beside the `file`). */
export const AdminReviewImportFields = z
  .object({
    format: z.enum(["auto", "judgeme", "yotpo", "generic"], { error: "must be one of auto, judgeme, yotpo, generic" }).default("auto"),
    dry_run: z.enum(["true", "false"], { error: "must be true or false" }).default("false"),
    review_status: z.enum(["approved", "pending"], { error: "must be approved or pending" }).default("approved"),
    photo_hosts: z
      .string()
      .max(2000)
      .optional()
      .refine((v) => !v || v.split(/[\s,]+/).filter(Boolean).every((h) => HOST.test(h)), "must be host names separated by commas"),
  })
  .strict()

export const AdminListImportsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const AdminListReportsQuery = z
  .object({
    status: z.enum(["open", "resolved"], { error: "must be open or resolved" }).default("open"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminReviewImportFieldsType = z.infer<typeof AdminReviewImportFields>
export type AdminListImportsQueryType = z.infer<typeof AdminListImportsQuery>
export type AdminListReportsQueryType = z.infer<typeof AdminListReportsQuery>
