import { z } from "@medusajs/framework/zod"
import type { ZodOpenApiPathsObject } from "zod-openapi"
import type { ReviewOptions } from "../../modules/product-review"
import { StoreSocialProductShareParams } from "../store/social/products/validators"
import { StoreMetaResponse, StoreShareResponse } from "../store/social/products/responses"
import {
  StoreHelpfulVote,
  StoreListReviewsQuery,
  storeCreateReviewSchema,
  storeUpdateReviewSchema,
} from "../store/social/reviews/validators"
import {
  reviewPhotosField,
  StoreHelpfulResponse,
  StoreListReviewsResponse,
  StoreReviewResponse,
} from "../store/social/reviews/responses"
import { StoreBindTouches, StoreCreateTouch, VISITOR_ID } from "../store/social/touches/validators"
import { StoreBindTouchesResponse, StoreCreateTouchResponse } from "../store/social/touches/responses"
import { StoreClaimReferral } from "../store/social/referrals/middlewares"
import {
  StoreClaimReferralResponse,
  StoreMyReferralResponse,
  StoreMyRewardsResponse,
} from "../store/social/referrals/responses"
import { deletedResponse } from "./common"
import { idParam, route } from "./define"

const now = "2026-05-01T10:00:00.000Z"
const P = "prod_01JTX3V5Q9"
const meta = {
  title: "Linen Shirt",
  description: "A light linen shirt.",
  canonical_url: "https://shop.example.com/products/linen-shirt",
  tags: [
    { property: "og:title", content: "Linen Shirt" },
    { name: "twitter:card", content: "summary_large_image" },
  ],
  json_ld: { "@context": "https://schema.org", "@type": "Product", name: "Linen Shirt" },
}
const card = (w: number, h: number) => ({ url: `https://api.example.com/social/cards/${P}/og.png`, width: w, height: h, type: "image/png" })
const review = {
  id: "prev_01JTX",
  product_id: P,
  rating: 5,
  title: "Great shirt",
  body: "Fits well and breathes in the heat.",
  author_name: "Ana M.",
  verified_purchase: true,
  incentivized: false,
  helpful_count: 3,
  created_at: now,
  updated_at: now,
  media: [{ url: "https://cdn.example.com/review-1.jpg", width: 1200, height: 900, mime_type: "image/jpeg" }],
  response: { body: "Thank you!", created_at: now, updated_at: now },
}
const stats = { count: 1, average: 5, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 1 }, verified_count: 1, photo_count: 1 }
const productQuery = StoreSocialProductShareParams
const visitorHeader = z.object({
  "x-social-visitor-id": z
    .string()
    .regex(VISITOR_ID)
    .optional()
    .meta({ description: "the visitor id kept from an earlier answer, when the body has no visitor_id" }),
})

/** The store routes (`/store/social/*`): every call needs the publishable API key header. */
export function storePaths(reviewOptions: ReviewOptions): ZodOpenApiPathsObject {
  const createReview = storeCreateReviewSchema(reviewOptions)
  return {
    "/store/social/products/{id}/share": {
      get: route({
        summary: "A product's share bundle",
        description:
          "A tracked short link and share intent per enabled network, the Web Share payload, the card URLs and the meta tags. A logged-in customer becomes the sharer (rewards, own clicks told apart).",
        tags: ["Store: share"],
        auth: "customer-optional",
        path: idParam(),
        query: productQuery,
        errors: [404],
        responses: [
          {
            status: 200,
            schema: StoreShareResponse,
            example: {
              share: {
                product_id: P,
                customer_id: null,
                text: "Linen Shirt – €49.00",
                links: [
                  { network: "facebook", code: "aB3xY9", url: "https://api.example.com/s/aB3xY9", intent_url: "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fapi.example.com%2Fs%2FaB3xY9" },
                  { network: "instagram", code: "Qw7rT2", url: "https://api.example.com/s/Qw7rT2", intent_url: null },
                ],
                web_share: { title: "Linen Shirt", text: "Linen Shirt – €49.00", url: "https://api.example.com/s/Zx8cV1", code: "Zx8cV1", image_url: card(1080, 1920).url, image: card(1080, 1920) },
                cards: { og: card(1200, 630), square: card(1080, 1080) },
                meta,
              },
            },
          },
        ],
      }),
    },
    "/store/social/products/{id}/meta": {
      get: route({
        summary: "A product's meta tags and JSON-LD",
        description: "Open Graph, product:* and twitter:* tags and a schema.org Product (with aggregateRating from approved reviews), for server-rendered pages. Values are raw: escape them when writing HTML.",
        tags: ["Store: share"],
        auth: "publishable",
        path: idParam(),
        query: productQuery,
        errors: [404],
        responses: [{ status: 200, schema: StoreMetaResponse, example: { meta } }],
      }),
    },
    "/store/social/products/{id}/reviews": {
      get: route({
        summary: "A product's approved reviews",
        description: "A page of approved reviews with photos and merchant replies, and the product's stats over all approved reviews.",
        tags: ["Store: reviews"],
        auth: "publishable",
        path: idParam(),
        query: StoreListReviewsQuery,
        responses: [
          { status: 200, schema: StoreListReviewsResponse, example: { reviews: [review], count: 1, offset: 0, limit: 10, sort: "newest", stats } },
        ],
      }),
    },
    "/store/social/reviews": {
      post: route({
        summary: "Write a review",
        description: `The logged-in customer's review of a product (one per product). JSON, or multipart/form-data with the same fields plus up to ${reviewOptions.maxPhotos} image files in \`photos\` (each at most ${Math.floor(reviewOptions.maxPhotoBytes / 1024)} KB). Verified buyers only unless the store accepts unverified reviews; published after moderation unless auto-approved. \`social_consent\` (default false) lets the shop quote the review in its own social posts (automatic review posts need it).`,
        tags: ["Store: reviews"],
        auth: "customer",
        body: {
          schema: createReview,
          example: { product_id: P, rating: 5, title: "Great shirt", body: "Fits well and breathes in the heat." },
          multipart: createReview.extend({
            rating: z.union([z.number(), z.string()]).meta({ description: "1 to 5 (a form field's text is read as a number)" }),
            photos: reviewPhotosField.optional(),
            social_consent: z.union([z.boolean(), z.enum(["true", "false"])]).optional().meta({ description: "the shop may quote the review in its social posts (default false)" }),
          }),
        },
        errors: [404, 422],
        responses: [{ status: 201, schema: StoreReviewResponse, example: { review: { ...review, status: "pending", helpful_count: 0, response: null } } }],
      }),
    },
    "/store/social/reviews/{id}": {
      post: route({
        summary: "Edit one's own review",
        description: "Any of rating, title, body and `social_consent` (given or withdrawn). A changed rating or text waits for moderation again unless reviews are auto-approved; the consent alone does not. Consent given after the review was approved makes no automatic post (those follow the approval).",
        tags: ["Store: reviews"],
        auth: "customer",
        path: idParam("id", "prev_01JTX"),
        body: { schema: storeUpdateReviewSchema(reviewOptions), example: { rating: 4 } },
        errors: [404],
        responses: [{ status: 200, schema: StoreReviewResponse, example: { review: { ...review, rating: 4, status: "pending" } } }],
      }),
      delete: route({
        summary: "Delete one's own review",
        tags: ["Store: reviews"],
        auth: "customer",
        path: idParam("id", "prev_01JTX"),
        errors: [404],
        responses: [{ status: 200, schema: deletedResponse("product_review"), example: { id: "prev_01JTX", object: "product_review", deleted: true } }],
      }),
    },
    "/store/social/reviews/{id}/helpful": {
      post: route({
        summary: "Vote a review helpful",
        description: "Once per voter: the logged-in customer, else the `visitor_id` the storefront keeps per browser (required for guests).",
        tags: ["Store: reviews"],
        auth: "customer-optional",
        path: idParam("id", "prev_01JTX"),
        body: { schema: StoreHelpfulVote, example: { visitor_id: "v_8f3kQ2pL0aZx" } },
        errors: [404],
        responses: [{ status: 200, schema: StoreHelpfulResponse, example: { created: true, helpful_count: 4 } }],
      }),
    },
    "/store/social/touches": {
      post: route({
        summary: "Record a landing",
        description:
          "The landing's tracking parameters (utm_*, click ids, `sc`, `ref`), referrer, path and consent. 201 with the touch, or 200 with `recorded: false` when nothing was kept (consent denied, attribution off). Keep the answered `visitor_id` (also in the `x-social-visitor-id` header) in a first-party cookie.",
        tags: ["Store: attribution"],
        auth: "customer-optional",
        header: visitorHeader,
        body: { schema: StoreCreateTouch, example: { utm_source: "facebook", utm_medium: "social", sc: "aB3xY9", landing_path: "/products/linen-shirt", consent: "granted" } },
        errors: [404],
        responses: [
          {
            status: 201,
            description: "Recorded",
            headers: { "x-social-visitor-id": z.string() },
            schema: StoreCreateTouchResponse,
            example: { visitor_id: "v_8f3kQ2pL0aZx", visitor_id_issued: true, recorded: true, touch: { id: "stch_01JTX", network: "facebook", consent: "granted", direct: false } },
          },
          {
            status: 200,
            description: "Nothing recorded",
            headers: { "x-social-visitor-id": z.string() },
            schema: StoreCreateTouchResponse,
            example: { visitor_id: "v_8f3kQ2pL0aZx", visitor_id_issued: false, recorded: false, touch: null, reason: "consent denied" },
          },
        ],
      }),
    },
    "/store/social/touches/bind": {
      post: route({
        summary: "Bind a visitor's touches to a cart",
        description: "Binds the visitor's earlier unbound touches to a cart created after the landing (and to the logged-in customer). The visitor id comes from the body or the `x-social-visitor-id` header.",
        tags: ["Store: attribution"],
        auth: "customer-optional",
        header: visitorHeader,
        body: { schema: StoreBindTouches, example: { visitor_id: "v_8f3kQ2pL0aZx", cart_id: "cart_01JTX3V5Q9ABCDEF" } },
        errors: [404],
        responses: [{ status: 200, schema: StoreBindTouchesResponse, example: { visitor_id: "v_8f3kQ2pL0aZx", cart_id: "cart_01JTX3V5Q9ABCDEF", bound: 2 } }],
      }),
    },
    "/store/social/me/rewards": {
      get: route({
        summary: "My rewards",
        description: "The logged-in customer's grants (status, value, code and expiry once issued) and referral code.",
        tags: ["Store: rewards"],
        auth: "customer",
        responses: [
          {
            status: 200,
            schema: StoreMyRewardsResponse,
            example: {
              rewards: [
                { id: "srgr_01JTX", status: "issued", reward: { type: "fixed", value: 5, currency_code: "eur" }, reason: "review", code: "THANKS-7QX2", expires_at: now, available_at: null, created_at: now },
              ],
              referral: { code: "ANA-7QX2", link: "https://shop.example.com/?ref=ANA-7QX2" },
            },
          },
        ],
      }),
    },
    "/store/social/me/referral": {
      get: route({
        summary: "My referral code",
        description: "The logged-in customer's referral code and link (made on first call) and how many friends joined.",
        tags: ["Store: rewards"],
        auth: "customer",
        responses: [
          { status: 200, schema: StoreMyReferralResponse, example: { referral: { code: "ANA-7QX2", link: "https://shop.example.com/?ref=ANA-7QX2", friends_joined: 1, friends_pending: 0 } } },
        ],
      }),
    },
    "/store/social/referrals/claim": {
      post: route({
        summary: "Claim a friend's referral code",
        description: "Both sides are rewarded on the friend's first order. The answer is `pending` whatever the fraud checks decide.",
        tags: ["Store: rewards"],
        auth: "customer",
        body: { schema: StoreClaimReferral, example: { code: "ANA-7QX2" } },
        errors: [404, 409, 422],
        responses: [{ status: 201, schema: StoreClaimReferralResponse, example: { referral: { id: "sref_01JTX", code: "ANA-7QX2", status: "pending" } } }],
      }),
    },
  }
}
