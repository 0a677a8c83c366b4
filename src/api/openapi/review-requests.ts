import { z } from "@medusajs/framework/zod"
import type { ZodOpenApiPathsObject } from "zod-openapi"
import type { ReviewOptions } from "../../modules/product-review"
import { storeRequestedReviewSchema, StoreUnsubscribeBody } from "../store/social/review-requests/validators"
import { StoreRequestedReviewResponse, StoreReviewRequestResponse, StoreUnsubscribeResponse } from "../store/social/review-requests/responses"
import { reviewPhotosField } from "../store/social/reviews/responses"
import { AdminListReviewRequestsQuery, AdminUpdateReviewRequestSettings } from "../admin/social/review-requests/validators"
import { AdminListReviewRequestsResponse, AdminReviewRequestSettingsResponse } from "../admin/social/review-requests/responses"
import { route } from "./define"

const now = "2026-05-01T10:00:00.000Z"
const token = z.object({ token: z.string().meta({ example: "rrqi_01JTX3V5Q9ABCDEFGHJK.tq8w00.q3Lw9c1bXy0pZrT6uVn2sA4k" }) })
const settings = { enabled: true, delay_days: 7, after_delivery_days: 2, country_delays: { au: 14 }, reminder_days: 7 }

/** Review requests: the store's link routes (the signed token is the credential) and the admin's. */
export function reviewRequestPaths(reviewOptions: ReviewOptions): ZodOpenApiPathsObject {
  const body = storeRequestedReviewSchema(reviewOptions)
  return {
    "/store/social/review-requests/{token}": {
      get: route({
        summary: "What a review link asks about",
        description: "The order line's product and the buyer's display name. 401 for a forged or unknown link, 400 when it expired, 422 once used.",
        tags: ["Store: reviews"],
        auth: "publishable",
        path: token,
        errors: [400, 401, 422],
        responses: [
          {
            status: 200,
            schema: StoreReviewRequestResponse,
            example: { review_request: { item: { product_id: "prod_01JTX3V5Q9", title: "Linen Shirt", image: null }, author_name: "Ana M.", expires_at: now } },
          },
        ],
      }),
      post: route({
        summary: "Review through a link (no login)",
        description: `A verified review of the link's product, as the order's customer, with the same checks and moderation as \`POST /store/social/reviews\`; JSON, or multipart/form-data with up to ${reviewOptions.maxPhotos} files in \`photos\`. The link works once. \`social_consent\` (default false) lets the shop quote the review in its own social posts, as on the store review route.`,
        tags: ["Store: reviews"],
        auth: "publishable",
        path: token,
        body: {
          schema: body,
          example: { rating: 5, title: "Great shirt", body: "Fits well and breathes in the heat." },
          multipart: body.extend({
            rating: z.union([z.number(), z.string()]).meta({ description: "1 to 5" }),
            social_consent: z.union([z.boolean(), z.enum(["true", "false"])]).optional().meta({ description: "the shop may quote the review in its social posts (default false)" }),
            photos: reviewPhotosField.optional(),
          }),
        },
        errors: [401, 422],
        responses: [
          {
            status: 201,
            schema: StoreRequestedReviewResponse,
            example: {
              review: {
                id: "prev_01JTX",
                product_id: "prod_01JTX3V5Q9",
                rating: 5,
                title: "Great shirt",
                body: "Fits well and breathes in the heat.",
                author_name: "Ana M.",
                verified_purchase: true,
                incentivized: false,
                helpful_count: 0,
                created_at: now,
                updated_at: now,
                media: [],
                response: null,
                status: "pending",
              },
            },
          },
        ],
      }),
    },
    "/store/social/review-requests/{token}/unsubscribe": {
      post: route({
        summary: "Stop review requests",
        description: "The link's customer gets no review request again (this order's reminder included). Works after the link was used; idempotent.",
        tags: ["Store: reviews"],
        auth: "publishable",
        path: token,
        body: { schema: StoreUnsubscribeBody, example: {} },
        errors: [401],
        responses: [{ status: 200, schema: StoreUnsubscribeResponse, example: { unsubscribed: true } }],
      }),
    },
    "/admin/social/review-requests": {
      get: route({
        summary: "Review requests",
        description: "Newest first, with figures over all requests: how many were sent, reminded, reviewed, unsubscribed, and the conversion rate.",
        tags: ["Admin: reviews"],
        auth: "admin",
        query: AdminListReviewRequestsQuery,
        responses: [
          {
            status: 200,
            schema: AdminListReviewRequestsResponse,
            example: {
              review_requests: [
                {
                  id: "rrq_01JTX",
                  order_id: "order_01JTX",
                  customer_id: "cus_01JTX",
                  email: "ana@example.com",
                  country_code: "fr",
                  status: "sent",
                  skip_reason: null,
                  shipped_at: now,
                  delivered_at: null,
                  due_at: now,
                  sent_at: now,
                  reminder_due_at: now,
                  reminded_at: null,
                  created_at: now,
                  items: [{ id: "rrqi_01JTX", product_id: "prod_01JTX3V5Q9", title: "Linen Shirt", status: "pending", review_id: null, reviewed_at: null }],
                },
              ],
              count: 1,
              offset: 0,
              limit: 20,
              stats: { scheduled: 0, sent: 1, reminded: 0, reviewed: 0, unsubscribed: 0, skipped: 0, conversion_rate: 0 },
            },
          },
        ],
      }),
    },
    "/admin/social/review-requests/settings": {
      get: route({
        summary: "Review request settings",
        tags: ["Admin: reviews"],
        auth: "admin",
        responses: [{ status: 200, schema: AdminReviewRequestSettingsResponse, example: { settings } }],
      }),
      post: route({
        summary: "Change review request settings",
        description: "Any of the fields; the others keep their values. `reminder_days: null` sends no reminder.",
        tags: ["Admin: reviews"],
        auth: "admin",
        body: { schema: AdminUpdateReviewRequestSettings, example: { enabled: true, country_delays: { au: 14 } } },
        responses: [{ status: 200, schema: AdminReviewRequestSettingsResponse, example: { settings } }],
      }),
    },
  }
}
