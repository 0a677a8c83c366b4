import { z } from "@medusajs/framework/zod"
import type { ZodOpenApiPathsObject } from "zod-openapi"
import * as RV from "../admin/social/reviews/responses"
import { AdminEmpty, AdminListImportsQuery, AdminListReportsQuery, AdminReviewImportFields } from "../admin/social/reviews/validators"
import { StoreReportResponse } from "../store/social/reviews/responses"
import { StoreReportReview } from "../store/social/reviews/validators"
import { GENERIC_COLUMNS } from "../../modules/product-review/lib/import-csv"
import { idParam, route, type RouteSpec } from "./define"

// The reviews' import, export, abuse reports, photo moderation and Google ratings feed routes.
// Kept beside store.ts/admin.ts/public.ts (one more spread in document.ts) so each stays readable.

const now = "2026-05-01T10:00:00.000Z"
const admin = (spec: Omit<RouteSpec, "auth" | "tags">) => route({ ...spec, auth: "admin", tags: ["Admin: reviews"] })

const importExample = {
  id: "primp_01JTX",
  format: "judgeme",
  filename: "judgeme-reviews.csv",
  status: "running",
  review_status: "approved",
  photo_hosts: ["judgeme.imgix.net"],
  total_rows: 5000,
  processed_rows: 2000,
  created_count: 1990,
  existing_count: 4,
  error_count: 6,
  photo_count: 120,
  errors: [{ row: 17, field: "product", message: 'no product with the id, handle or SKU "old-shirt"' }],
  started_at: now,
  finished_at: null,
  created_at: now,
}

const review = {
  id: "prev_01JTX",
  product_id: "prod_01",
  customer_id: null,
  order_id: null,
  order_line_item_id: null,
  rating: 4,
  title: "Soft and warm",
  body: "Washed it twice, still soft.",
  author_name: "Jo K.",
  status: "approved",
  rejection_reason: null,
  moderated_at: now,
  moderated_by: "import",
  verified_purchase: false,
  incentivized: false,
  incentive_grant_id: null,
  has_media: false,
  social_consent: false,
  helpful_count: 0,
  source: "judgeme",
  import_key: "judgeme:h:Xk2p9QeL0aZx8f3kQ2pL0aZx8f3kQ2pL",
  import_id: "primp_01JTX",
  media: [],
  product: { id: "prod_01", title: "Wool Scarf" },
  response: null,
  created_at: now,
  updated_at: now,
  deleted_at: null,
}

const csvUpload = AdminReviewImportFields.extend({ file: z.string().meta({ format: "binary", description: "the CSV (at most 25 MB)" }) })

export function reviewDataPaths(): ZodOpenApiPathsObject {
  return {
    "/store/social/reviews/{id}/report": {
      post: route({
        summary: "Report a review",
        description: "An abuse report on a published review, once per shopper (the logged-in customer, else per network with the `visitor_id` the storefront keeps): 201 when filed, 200 with `created: false` when this shopper had reported it already. It lands in the admin's report queue.",
        tags: ["Store: reviews"],
        auth: "customer-optional",
        path: idParam("id", "prev_01JTX"),
        body: { schema: StoreReportReview, example: { reason: "spam", visitor_id: "v_8f3kQ2pL0aZx" } },
        errors: [404],
        responses: [
          { status: 201, schema: StoreReportResponse, example: { created: true } },
          { status: 200, schema: StoreReportResponse, example: { created: false }, description: "Already reported by this shopper" },
        ],
      }),
    },
    "/admin/social/reviews/{id}/media/{media_id}/reject": {
      post: admin({
        summary: "Reject one photo of a review",
        description: "Deletes the photo's file (File module) and removes it from the review; the review keeps its status.",
        path: z.object({ id: z.string().meta({ example: "prev_01JTX" }), media_id: z.string().meta({ example: "prmed_01JTX" }) }),
        body: { schema: AdminEmpty, example: {} },
        errors: [404],
        responses: [{ status: 200, schema: RV.AdminReviewResponse, example: { review } }],
      }),
    },
    "/admin/social/reviews/imports": {
      post: route({
        summary: "Import reviews from a CSV",
        description:
          "multipart/form-data: `file` (Judge.me's or Yotpo's export, or the generic format: see docs/reviews.md) and the fields below. `dry_run=true` reads and matches every row and answers each row's errors, writing nothing (200). Otherwise the file is checked as CSV and the import runs in the background (202): follow it with GET /imports/{id}. A file over 25 MB is refused from its Content-Length before it is read. Re-importing a file creates nothing twice.",
        tags: ["Admin: reviews"],
        auth: "admin",
        body: { schema: csvUpload, example: { file: "(the CSV file)", format: "judgeme", dry_run: "true" }, multipart: csvUpload },
        responses: [
          { status: 202, schema: RV.AdminReviewImportResponse, example: { import: { ...importExample, status: "pending", processed_rows: 0, created_count: 0, existing_count: 0, error_count: 0, photo_count: 0, errors: [], started_at: null } }, description: "Started" },
          {
            status: 200,
            schema: RV.AdminReviewImportDryRunResponse,
            example: { dry_run: { format: "yotpo", total_rows: 3, valid_rows: 2, would_create: 2, existing_count: 0, error_count: 1, errors: [{ row: 2, field: "rating", message: "must be a whole number from 1 to 5 (got \"7\")" }] } },
            description: "Dry run",
          },
        ],
      }),
      get: admin({ summary: "Review imports", query: AdminListImportsQuery, responses: [{ status: 200, schema: RV.AdminListReviewImportsResponse, example: { imports: [importExample], count: 1, offset: 0, limit: 20 } }] }),
    },
    "/admin/social/reviews/imports/{id}": {
      get: admin({ summary: "One import and its progress", path: idParam("id", "primp_01JTX"), errors: [404], responses: [{ status: 200, schema: RV.AdminReviewImportResponse, example: { import: importExample } }] }),
    },
    "/admin/social/reviews/export": {
      get: admin({
        summary: "Export every review (CSV)",
        description: `Streamed CSV in the generic import format, columns: ${GENERIC_COLUMNS.join(", ")}. Importing it back creates nothing twice.`,
        responses: [
          {
            status: 200,
            description: "The CSV",
            content: { "text/csv": { schema: z.string(), example: `${GENERIC_COLUMNS.join(",")}\nreview:prev_01JTX,prod_01,linen-shirt,,5,Great,Fits well.,Ada L.,,${now},,,true,store,approved,true,false,2\n` } },
            headers: { "Content-Disposition": z.string() },
          },
        ],
      }),
    },
    "/admin/social/reviews/reports": {
      get: admin({
        summary: "The abuse-report queue",
        query: AdminListReportsQuery,
        responses: [
          {
            status: 200,
            schema: RV.AdminListReviewReportsResponse,
            example: {
              reports: [
                { id: "prrep_01JTX", review_id: "prev_01JTX", reason: "spam", comment: null, customer_id: null, resolved_at: null, resolution: null, created_at: now, review: { id: "prev_01JTX", product_id: "prod_01", rating: 5, title: "Buy now", body: "Visit my site", author_name: "Bob S.", status: "approved", open_reports: 3 } },
              ],
              count: 1,
              offset: 0,
              limit: 20,
            },
          },
        ],
      }),
    },
    "/admin/social/reviews/reports/{id}/dismiss": {
      post: admin({
        summary: "Dismiss a report",
        description: "Closes it; the review stays published. Rejecting the review closes all its reports.",
        path: idParam("id", "prrep_01JTX"),
        body: { schema: AdminEmpty, example: {} },
        errors: [404],
        responses: [{ status: 200, schema: RV.AdminDismissReportResponse, example: { id: "prrep_01JTX", dismissed: true } }],
      }),
    },
    "/admin/social/reviews/feed": {
      get: admin({
        summary: "The Google product ratings feed's URL",
        responses: [{ status: 200, schema: RV.AdminRatingsFeedResponse, example: { feed: { path: "/social/feeds/reviews/3kQ2pL0aZx8f3kQ2pL0aZx8f3kQ2pL0a.xml", url: "https://api.shop.example.com/social/feeds/reviews/3kQ2pL0aZx8f3kQ2pL0aZx8f3kQ2pL0a.xml" } } }],
      }),
    },
    "/social/feeds/reviews/{file}": {
      get: route({
        summary: "Google product ratings feed",
        description:
          "Google's product reviews feed (schema 2.4): every approved review, low ratings included, with reviewer name as shown, photos, is_verified_purchase, is_incentivized_review (from the reward ledger) and the product identifiers the Google catalog channel sends. `{file}` is `<token>.xml` (token from GET /admin/social/reviews/feed). Streamed; ETag and If-None-Match (304).",
        tags: ["Public"],
        auth: "public",
        path: z.object({ file: z.string().meta({ example: "3kQ2pL0aZx8f3kQ2pL0aZx8f3kQ2pL0a.xml" }) }),
        errors: [404],
        responses: [
          {
            status: 200,
            description: "The feed",
            content: { "application/xml": { schema: z.string(), example: '<?xml version="1.0" encoding="UTF-8"?>\n<feed …><version>2.4</version>…</feed>' } },
            headers: { ETag: z.string(), "Cache-Control": z.string() },
          },
          { status: 304, description: "Not modified (If-None-Match)" },
        ],
      }),
    },
  }
}
