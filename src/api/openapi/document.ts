import { createDocument } from "zod-openapi"
import type { ReviewOptions } from "../../modules/product-review"
import { pluginOptionsSchema } from "../../modules/social-settings/options"
import { adminPaths } from "./admin"
import { adminPublishPaths } from "./admin-publish"
import { inboxPaths } from "./admin-inbox"
import { publicPaths } from "./public"
import { storePaths } from "./store"
import { reviewRequestPaths } from "./review-requests"
import { questionPaths } from "./questions"
import { reviewDataPaths } from "./review-data"
import { withActionErrors } from "./define"
import { withRateLimits } from "./rate-limits"
import { ErrorResponse } from "./common"
import { ProductMeta, ShareBundle } from "../store/social/products/responses"
import { ReviewStats, StoreReview } from "../store/social/reviews/responses"
import { AdminSocialSettings } from "../admin/social/settings/responses"
import { AdminChannel, AdminChannelItem, AdminRun } from "../admin/social/channels/responses"
import { AdminReview } from "../admin/social/reviews/responses"
import { AdminRewardRule } from "../admin/social/reward-rules/responses"
import { AdminRewardGrant } from "../admin/social/reward-grants/responses"
import { AdminReferral } from "../admin/social/referrals/responses"
import { AdminShareLink } from "../admin/social/share-links/responses"
import { AdminSocialAccount } from "../admin/social/accounts/responses"
import { AdminSocialPost, AdminSocialPostMetrics } from "../admin/social/posts/responses"
import { AdminInboxItem } from "../admin/social/inbox/responses"

export type OpenApiDocument = ReturnType<typeof createDocument>

/**
 * The OpenAPI 3.1 document of every route the plugin adds, built from the zod schemas the routes
 * validate with (requests) and the response schemas beside them. zod-openapi (rather than zod 4's
 * bare `toJSONSchema`) because it renders through that same generator and adds what a document
 * needs on top: query and path parameters from object schemas, requests as input schemas
 * (coercions, defaults) and answers as output schemas, named components as $refs, and a refusal
 * of transforms it cannot render in an answer. The review limits come from the `reviews` options
 * (the defaults when not given).
 */
export function buildOpenApiDocument(opts: { reviews?: ReviewOptions; serverUrl?: string; version?: string } = {}): OpenApiDocument {
  const reviews = opts.reviews ?? defaultReviewOptions()
  return createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "medusa-plugin-social-commerce",
        version: opts.version ?? "0.1.0",
        description:
          "Store routes need the `x-publishable-api-key` header; customer routes also a customer's bearer JWT or session cookie and act only on that customer's data. Admin routes need an admin's bearer JWT or session, or a secret API key. Every body and query is strict: an unknown field or a bad value is a 400 whose message names the field (`Invalid request: <field>: <problem>`), and nothing is written.",
        license: { name: "MIT" },
      },
      servers: opts.serverUrl ? [{ url: opts.serverUrl }] : undefined,
      paths: withRateLimits(withActionErrors({ ...storePaths(reviews), ...adminPaths(), ...adminPublishPaths(), ...inboxPaths(), ...publicPaths(), ...reviewRequestPaths(reviews), ...questionPaths(), ...reviewDataPaths() })),
      components: {
        // Named schemas: every use of one of these becomes a $ref (and a named type in the client).
        schemas: {
          Error: ErrorResponse,
          ShareBundle,
          ProductMeta,
          StoreReview,
          ReviewStats,
          AdminSocialSettings,
          AdminChannel,
          AdminCatalogRun: AdminRun,
          AdminCatalogItem: AdminChannelItem,
          AdminReview,
          AdminRewardRule,
          AdminRewardGrant,
          AdminReferral,
          AdminShareLink,
          AdminSocialAccount,
          AdminSocialPost,
          AdminSocialPostMetrics,
          AdminInboxItem,
        },
        securitySchemes: {
          publishableKey: { type: "apiKey", in: "header", name: "x-publishable-api-key", description: "The store's publishable API key" },
          bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "A customer's (store routes) or an admin user's (admin routes) token from /auth" },
          session: { type: "apiKey", in: "cookie", name: "connect.sid", description: "A session made by POST /auth/session" },
          secretApiKey: { type: "http", scheme: "basic", description: "An admin secret API key as the user name, empty password" },
        },
      },
    }
  )
}

/** The `reviews` options' defaults (the limits the document shows when none are given). */
export const defaultReviewOptions = (): ReviewOptions => (pluginOptionsSchema.parse({}) as { reviews: ReviewOptions }).reviews

const cache = new WeakMap<object, OpenApiDocument>()
/** The document for these review options, built once per process (about 100 ms). */
export function openApiDocumentFor(reviews: ReviewOptions): OpenApiDocument {
  let doc = cache.get(reviews)
  if (!doc) {
    doc = buildOpenApiDocument({ reviews })
    cache.set(reviews, doc)
  }
  return doc
}
