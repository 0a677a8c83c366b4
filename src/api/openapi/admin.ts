import type { ZodOpenApiPathsObject } from "zod-openapi"
import { AdminUpdateSocialSettings } from "../admin/social/settings/validators"
import { AdminSettingsResponse } from "../admin/social/settings/responses"
import {
  AdminCreateChannel,
  AdminListItems,
  AdminListRuns,
  AdminPreviewChannel,
  AdminSyncChannel,
  AdminUpdateChannel,
} from "../admin/social/channels/validators"
import * as C from "../admin/social/channels/responses"
import { AdminEmpty, AdminListReviewsQuery, AdminRejectReview, AdminRespondToReview } from "../admin/social/reviews/validators"
import * as RV from "../admin/social/reviews/responses"
import {
  AdminCreateRewardRule,
  AdminListRewardRules,
  AdminSimulateRewardRule,
  AdminUpdateRewardRule,
} from "../admin/social/reward-rules/validators"
import * as RR from "../admin/social/reward-rules/responses"
import { AdminApproveRewardGrant, AdminListRewardGrants, AdminRevokeRewardGrant } from "../admin/social/reward-grants/validators"
import * as RG from "../admin/social/reward-grants/responses"
import { AdminDecideReferral, AdminListReferrals } from "../admin/social/referrals/validators"
import * as RF from "../admin/social/referrals/responses"
import { AdminCreateBlocklistEntry, AdminListBlocklist } from "../admin/social/reward-blocklist/validators"
import * as BL from "../admin/social/reward-blocklist/responses"
import { AdminListShareLinksParams } from "../admin/social/share-links/validators"
import { AdminListShareLinksResponse } from "../admin/social/share-links/responses"
import { AdminAttributionReportQuery } from "../admin/social/attribution/validators"
import { AdminAttributionReportResponse, AdminOrderAttributionResponse } from "../admin/social/attribution/responses"
import { AdminSocialOverviewQuery } from "../admin/social/overview/validators"
import { AdminSocialOverviewResponse } from "../admin/social/overview/responses"
import { idParam, route, type RouteSpec } from "./define"

const now = "2026-05-01T10:00:00.000Z"
const admin = (tag: string, spec: Omit<RouteSpec, "auth" | "tags">) => route({ ...spec, auth: "admin", tags: [`Admin: ${tag}`] })

const settings = {
  storefront_url: "https://shop.example.com",
  product_url_template: "{storefront}/products/{handle}",
  allowed_redirect_origins: ["https://shop.example.com"],
  brand_name: "Acme",
  brand_colors: { primary: "#111827", accent: "#f59e0b", background: "#ffffff", text: "#111827" },
  logo_file_id: null,
  logo_url: null,
  enabled_networks: ["facebook", "x", "pinterest", "whatsapp"],
  features: { cards: true, catalog: true, reviews: true, rewards: true, attribution: true },
  review_auto_approve: false,
  review_allow_unverified: false,
  inbox_alert_words: ["refund", "scam"],
  inbox_unanswered_hours: 24,
  updated_at: now,
}
const channel = {
  id: "scch_01JTX",
  name: "Meta EUR",
  destination: "meta",
  mode: "feed",
  enabled: true,
  sales_channel_id: null,
  region_id: null,
  currency_code: "eur",
  language: "en",
  country: "de",
  prices_include_tax: true,
  filters: null,
  field_mapping: null,
  feed_format: "csv",
  feed: { file_key: "social-feeds/scch_01JTX.csv", etag: "9c1f...", built_at: now, bytes: 48213 },
  feed_status: "ready",
  feed_error: null,
  last_full_sync_at: now,
  credentials_set: { catalog_id: true },
  feed_url: "https://api.example.com/social/feeds/scch_01JTX/Xq8...token.csv",
  feed_url_gz: "https://api.example.com/social/feeds/scch_01JTX/Xq8...token.csv.gz",
  created_at: now,
  updated_at: now,
  deleted_at: null,
}
const run = {
  id: "scrun_01JTX",
  channel_id: "scch_01JTX",
  kind: "full",
  status: "queued",
  stage: null,
  force: false,
  total: 0,
  done: 0,
  results: null,
  error: null,
  reconcile: false,
  lease_owner: null,
  lease_expires_at: null,
  started_at: null,
  finished_at: null,
  created_at: now,
  updated_at: now,
  deleted_at: null,
}
const item = {
  id: "scit_01JTX",
  variant_id: "variant_01",
  product_id: "prod_01",
  title: "Linen Shirt – M / White",
  status: "invalid",
  failing: false,
  error_code: "missing_gtin",
  errors: [{ code: "missing_gtin", message: "gtin is required for this category" }],
  warnings: null,
  attempts: 0,
  next_attempt_at: null,
  sent_at: null,
  to_delete: false,
  updated_at: now,
}
const review = {
  id: "prev_01JTX",
  product_id: "prod_01",
  customer_id: "cus_01",
  order_id: "order_01",
  order_line_item_id: "ordli_01",
  rating: 2,
  title: "Too small",
  body: "Runs a size small.",
  author_name: "Ana M.",
  status: "pending",
  rejection_reason: null,
  moderated_at: null,
  moderated_by: null,
  verified_purchase: true,
  incentivized: false,
  incentive_grant_id: null,
  has_media: false,
  social_consent: false,
  helpful_count: 0,
  source: "store",
  import_key: null,
  import_id: null,
  media: [],
  product: { id: "prod_01", title: "Linen Shirt" },
  response: null,
  created_at: now,
  updated_at: now,
  deleted_at: null,
}
const rule = {
  id: "srrule_01JTX",
  name: "Thanks for your review",
  description: null,
  status: "active",
  version: 1,
  trigger: "review_approved",
  trigger_config: { verified_purchase_only: true },
  reward: { type: "fixed", value: 5, currency_code: "eur", expires_in_days: 30 },
  caps: { period: "month", max_count: 2, max_value: null, budget: null },
  min_order_value: null,
  hold_hours: 0,
  created_at: now,
  updated_at: now,
}
const grant = {
  id: "srgr_01JTX",
  status: "issued",
  status_reason: null,
  customer_id: "cus_01",
  rule_id: "srrule_01JTX",
  rule_version: 1,
  rule_snapshot: { name: "Thanks for your review" },
  source_type: "review",
  source_id: "prev_01JTX",
  order_id: null,
  value: 5,
  currency_code: "eur",
  hold_until: now,
  promotion_id: "promo_01",
  code: "THANKS-7QX2",
  expires_at: now,
  issued_at: now,
  revoked_at: null,
  clawback_value: null,
  signals: null,
  created_at: now,
}
const referral = {
  id: "sref_01JTX",
  code: "ANA-7QX2",
  status: "needs_review",
  referrer_customer_id: "cus_01",
  friend_customer_id: "cus_02",
  signals: ["same_ip_ua"],
  score: 60,
  order_id: null,
  review_note: null,
  created_at: now,
}
const page = { count: 1, offset: 0, limit: 20 }
const deleted = (id: string, object: string) => ({ id, object, deleted: true })

/** The admin routes (`/admin/social/*`): an admin's JWT or session, or a secret API key. */
export function adminPaths(): ZodOpenApiPathsObject {
  return {
    "/admin/social/settings": {
      get: admin("settings", { summary: "The effective settings", responses: [{ status: 200, schema: AdminSettingsResponse, example: { settings } }] }),
      post: admin("settings", {
        summary: "Change the settings",
        description: "Only the fields given change; `null` resets a field to its plugin option.",
        body: { schema: AdminUpdateSocialSettings, example: { brand_name: "Acme", enabled_networks: ["facebook", "x"] } },
        responses: [{ status: 200, schema: AdminSettingsResponse, example: { settings } }],
      }),
    },
    "/admin/social/channels": {
      get: admin("catalog", { summary: "Catalog channels", responses: [{ status: 200, schema: C.AdminListChannelsResponse, example: { channels: [channel], count: 1, offset: 0, limit: 200 } }] }),
      post: admin("catalog", {
        summary: "Create a catalog channel",
        description: "Credentials are sealed and never returned: the answer says which are set.",
        body: { schema: AdminCreateChannel, example: { name: "Meta EUR", destination: "meta", currency_code: "eur", language: "en", country: "de" } },
        responses: [{ status: 201, schema: C.AdminChannelResponse, example: { channel } }],
      }),
    },
    "/admin/social/channels/destinations": {
      get: admin("catalog", {
        summary: "Destinations",
        description: "Each destination's feed formats, credential keys and ways to sign in.",
        responses: [
          { status: 200, schema: C.AdminDestinationsResponse, example: { destinations: [{ destination: "meta", feed_formats: ["csv", "xml"], credential_keys: ["catalog_id", "access_token"], sign_in: [["access_token"]] }] } },
        ],
      }),
    },
    "/admin/social/channels/{id}": {
      get: admin("catalog", {
        summary: "A channel with its item counts",
        path: idParam("id", "scch_01JTX"),
        errors: [404],
        responses: [{ status: 200, schema: C.AdminChannelWithCountsResponse, example: { channel: { ...channel, item_counts: { synced: 120, invalid: 3 } } } }],
      }),
      post: admin("catalog", {
        summary: "Change a channel",
        path: idParam("id", "scch_01JTX"),
        body: { schema: AdminUpdateChannel, example: { enabled: false } },
        errors: [404],
        responses: [{ status: 200, schema: C.AdminChannelResponse, example: { channel: { ...channel, enabled: false } } }],
      }),
      delete: admin("catalog", {
        summary: "Delete a channel",
        path: idParam("id", "scch_01JTX"),
        errors: [404],
        responses: [{ status: 200, schema: C.AdminDeleteChannelResponse, example: deleted("scch_01JTX", "social_catalog_channel") }],
      }),
    },
    "/admin/social/channels/{id}/preview": {
      post: admin("catalog", {
        summary: "Dry run of a sync",
        description: "Counts and samples of what a sync would create, update and delete; nothing is written or sent.",
        path: idParam("id", "scch_01JTX"),
        body: { schema: AdminPreviewChannel, example: {} },
        errors: [404],
        responses: [
          { status: 200, schema: C.AdminPreviewResponse, example: { preview: { create: 3, update: 1, delete: 0, unchanged: 116, invalid: 2, variants: 122, invalid_samples: [], samples: [] } } },
        ],
      }),
    },
    "/admin/social/channels/{id}/sync": {
      post: admin("catalog", {
        summary: "Start a full sync",
        description: "Queues the run (the worker runs it) and answers it at once.",
        path: idParam("id", "scch_01JTX"),
        body: { schema: AdminSyncChannel, example: { force: false } },
        errors: [404],
        responses: [{ status: 202, schema: C.AdminSyncResponse, example: { run, already_running: false } }],
      }),
    },
    "/admin/social/channels/{id}/runs": {
      get: admin("catalog", {
        summary: "A channel's runs",
        description: "Newest first, paged by key: pass `next_cursor` as `cursor`.",
        path: idParam("id", "scch_01JTX"),
        query: AdminListRuns,
        errors: [404],
        responses: [{ status: 200, schema: C.AdminListRunsResponse, example: { runs: [run], count: 1, limit: 20, next_cursor: null } }],
      }),
    },
    "/admin/social/channels/{id}/items": {
      get: admin("catalog", {
        summary: "A channel's items and their platform errors",
        path: idParam("id", "scch_01JTX"),
        query: AdminListItems,
        errors: [404],
        responses: [{ status: 200, schema: C.AdminListItemsResponse, example: { items: [item], count: 1, limit: 50, next_cursor: null } }],
      }),
    },
    "/admin/social/catalog/products/{id}": {
      get: admin("catalog", {
        summary: "One product on every channel",
        path: idParam(),
        responses: [
          {
            status: 200,
            schema: C.AdminCatalogProductResponse,
            example: { product_id: "prod_01", channels: [{ channel_id: "scch_01JTX", name: "Meta EUR", destination: "meta", items: [{ variant_id: "variant_01", status: "synced", error_code: null, errors: null, warnings: null, sent_at: now, to_delete: false }] }] },
          },
        ],
      }),
    },
    "/admin/social/reviews": {
      get: admin("reviews", { summary: "Reviews to moderate", query: AdminListReviewsQuery, responses: [{ status: 200, schema: RV.AdminListReviewsResponse, example: { reviews: [review], ...page } }] }),
    },
    "/admin/social/reviews/{id}": {
      get: admin("reviews", { summary: "A review", path: idParam("id", "prev_01JTX"), errors: [404], responses: [{ status: 200, schema: RV.AdminReviewResponse, example: { review } }] }),
    },
    "/admin/social/reviews/{id}/approve": {
      post: admin("reviews", {
        summary: "Approve a review",
        description: "Publishes it; `social.review.approved` is emitted the first time only (`changed`).",
        path: idParam("id", "prev_01JTX"),
        body: { schema: AdminEmpty, example: {} },
        errors: [404],
        responses: [{ status: 200, schema: RV.AdminModerateReviewResponse, example: { review: { ...review, status: "approved", moderated_at: now }, changed: true } }],
      }),
    },
    "/admin/social/reviews/{id}/reject": {
      post: admin("reviews", {
        summary: "Reject a review with a neutral reason",
        path: idParam("id", "prev_01JTX"),
        body: { schema: AdminRejectReview, example: { reason: "off_topic" } },
        errors: [404],
        responses: [{ status: 200, schema: RV.AdminModerateReviewResponse, example: { review: { ...review, status: "rejected", rejection_reason: "off_topic", moderated_at: now }, changed: true } }],
      }),
    },
    "/admin/social/reviews/{id}/response": {
      post: admin("reviews", {
        summary: "Reply to a review",
        description: "Writes or replaces the merchant's public reply.",
        path: idParam("id", "prev_01JTX"),
        body: { schema: AdminRespondToReview, example: { body: "Thank you, we will check the sizing." } },
        errors: [404],
        responses: [{ status: 200, schema: RV.AdminReviewResponse, example: { review: { ...review, response: { id: "prsp_01", body: "Thank you, we will check the sizing." } } } }],
      }),
    },
    "/admin/social/reward-rules": {
      get: admin("rewards", { summary: "Reward rules", query: AdminListRewardRules, responses: [{ status: 200, schema: RR.AdminListRewardRulesResponse, example: { reward_rules: [rule], ...page } }] }),
      post: admin("rewards", {
        summary: "Create a reward rule",
        description: "A rule never depends on the rating or on a positive review (FTC 16 CFR 465).",
        body: {
          schema: AdminCreateRewardRule,
          example: { name: "Thanks for your review", status: "active", trigger: "review_approved", reward: { type: "fixed", value: 5, currency_code: "eur" } },
        },
        responses: [{ status: 201, schema: RR.AdminRewardRuleResponse, example: { reward_rule: rule } }],
      }),
    },
    "/admin/social/reward-rules/{id}": {
      get: admin("rewards", {
        summary: "A reward rule and its versions",
        path: idParam("id", "srrule_01JTX"),
        errors: [404],
        responses: [{ status: 200, schema: RR.AdminRewardRuleWithVersionsResponse, example: { reward_rule: rule, versions: [{ version: 1, definition: { name: rule.name }, created_at: now }] } }],
      }),
      post: admin("rewards", {
        summary: "Change a reward rule (a new version)",
        path: idParam("id", "srrule_01JTX"),
        body: { schema: AdminUpdateRewardRule, example: { status: "paused" } },
        errors: [404],
        responses: [{ status: 200, schema: RR.AdminRewardRuleResponse, example: { reward_rule: { ...rule, status: "paused", version: 2 } } }],
      }),
      delete: admin("rewards", {
        summary: "Delete a reward rule",
        description: "Its grants stay in the ledger with their copy of the rule.",
        path: idParam("id", "srrule_01JTX"),
        errors: [404],
        responses: [{ status: 200, schema: RR.AdminDeleteRewardRuleResponse, example: deleted("srrule_01JTX", "reward_rule") }],
      }),
    },
    "/admin/social/reward-rules/{id}/simulate": {
      post: admin("rewards", {
        summary: "Simulate a reward rule over past events",
        description: "The grants it would have made, their cost and the caps hit. Writes nothing.",
        path: idParam("id", "srrule_01JTX"),
        body: { schema: AdminSimulateRewardRule, example: { days: 30 } },
        errors: [404],
        responses: [
          { status: 200, schema: RR.AdminSimulateRewardRuleResponse, example: { simulation: { rule_id: "srrule_01JTX", days: 30, since: now, grants: [], skipped: [], missing: [] } } },
        ],
      }),
    },
    "/admin/social/reward-grants": {
      get: admin("rewards", { summary: "The grant ledger", query: AdminListRewardGrants, responses: [{ status: 200, schema: RG.AdminListRewardGrantsResponse, example: { reward_grants: [grant], ...page } }] }),
    },
    "/admin/social/reward-grants/{id}/approve": {
      post: admin("rewards", {
        summary: "Approve a grant waiting for review",
        description: "One whose hold is over is issued at once.",
        path: idParam("id", "srgr_01JTX"),
        body: { schema: AdminApproveRewardGrant, example: {} },
        errors: [404],
        responses: [{ status: 200, schema: RG.AdminRewardGrantResponse, example: { reward_grant: grant } }],
      }),
    },
    "/admin/social/reward-grants/{id}/revoke": {
      post: admin("rewards", {
        summary: "Revoke a grant",
        description: "An unused code is deactivated; a used one is recorded as owed.",
        path: idParam("id", "srgr_01JTX"),
        body: { schema: AdminRevokeRewardGrant, example: { reason: "order returned" } },
        errors: [404],
        responses: [{ status: 200, schema: RG.AdminRewardGrantResponse, example: { reward_grant: { ...grant, status: "revoked", status_reason: "order returned", revoked_at: now } } }],
      }),
    },
    "/admin/social/referrals": {
      get: admin("rewards", { summary: "The referrals queue", query: AdminListReferrals, responses: [{ status: 200, schema: RF.AdminListReferralsResponse, example: { referrals: [referral], ...page } }] }),
    },
    "/admin/social/referrals/{id}/approve": {
      post: admin("rewards", {
        summary: "Approve a referral in review",
        path: idParam("id", "sref_01JTX"),
        body: { schema: AdminDecideReferral, example: { note: "same household" } },
        errors: [404],
        responses: [{ status: 200, schema: RF.AdminReferralResponse, example: { referral: { ...referral, status: "claimed", review_note: "same household" } } }],
      }),
    },
    "/admin/social/referrals/{id}/reject": {
      post: admin("rewards", {
        summary: "Reject a referral in review",
        description: "`block: true` also blocklists the friend.",
        path: idParam("id", "sref_01JTX"),
        body: { schema: AdminDecideReferral, example: { block: true } },
        errors: [404],
        responses: [{ status: 200, schema: RF.AdminReferralResponse, example: { referral: { ...referral, status: "rejected" } } }],
      }),
    },
    "/admin/social/reward-blocklist": {
      get: admin("rewards", {
        summary: "The blocklist",
        query: AdminListBlocklist,
        responses: [{ status: 200, schema: BL.AdminListBlocklistResponse, example: { blocklist: [{ id: "srbl_01", kind: "email", value: "ab@gmail.com", reason: null, created_at: now }], count: 1, offset: 0, limit: 50 } }],
      }),
      post: admin("rewards", {
        summary: "Add a blocklist entry",
        description: "Emails are stored normalised; an address is \"address_1|postal_code|city|country_code\". 201 when new, 200 when it was already there.",
        body: { schema: AdminCreateBlocklistEntry, example: { kind: "email", value: "a.b+x@gmail.com" } },
        responses: [
          { status: 201, description: "Added", schema: BL.AdminBlocklistEntryResponse, example: { entry: { id: "srbl_01", kind: "email", value: "ab@gmail.com", reason: null } } },
          { status: 200, description: "Already there", schema: BL.AdminBlocklistEntryResponse, example: { entry: { id: "srbl_01", kind: "email", value: "ab@gmail.com", reason: null } } },
        ],
      }),
    },
    "/admin/social/reward-blocklist/{id}": {
      delete: admin("rewards", {
        summary: "Remove a blocklist entry",
        path: idParam("id", "srbl_01"),
        errors: [404],
        responses: [{ status: 200, schema: BL.AdminDeleteBlocklistEntryResponse, example: deleted("srbl_01", "reward_blocklist_entry") }],
      }),
    },
    "/admin/social/share-links": {
      get: admin("share", {
        summary: "Share links and what they did",
        description: "Clicks, bot and self clicks, distinct visitors, attributed orders and revenue per currency.",
        query: AdminListShareLinksParams,
        responses: [
          {
            status: 200,
            schema: AdminListShareLinksResponse,
            example: {
              share_links: [
                { id: "sshl_01", code: "aB3xY9", url: "https://api.example.com/s/aB3xY9", product_id: "prod_01", customer_id: "cus_01", network: "facebook", created_at: now, clicks: 14, bot_clicks: 3, self_clicks: 1, distinct_visitors: 9, orders: 1, revenue: { eur: 49 } },
              ],
              count: 1,
              offset: 0,
              limit: 50,
            },
          },
        ],
      }),
    },
    "/admin/social/overview": {
      get: admin("overview", {
        summary: "Social overview",
        description:
          "What social brought in a date range beside the period of the same length before it: share clicks by people, distinct visitors, attributed orders and revenue, conversion, reviews, rewards and catalog items; revenue per day by network, the most shared products and the share funnel (docs/overview.md).",
        query: AdminSocialOverviewQuery,
        responses: [
          {
            status: 200,
            schema: AdminSocialOverviewResponse,
            example: {
              overview: {
                from: "2026-04-01T00:00:00.000Z",
                to: "2026-05-01T00:00:00.000Z",
                previous: { from: "2026-03-02T00:00:00.000Z", to: "2026-04-01T00:00:00.000Z" },
                currency_code: "eur",
                model: "last_non_direct",
                kpis: {
                  share_clicks: { current: 120, previous: 80, change: 0.5 },
                  distinct_visitors: { current: 96, previous: 70, change: 0.3714 },
                  attributed_orders: { current: 12, previous: 9, change: 0.3333 },
                  attributed_revenue: { current: 1180.5, previous: 860, change: 0.3727 },
                  conversion_rate: { current: 0.05, previous: 0.045, change: 0.1111 },
                  average_rating: { current: 4.4, previous: 4.2, change: 0.0476 },
                  new_reviews: { current: 14, previous: 10, change: 0.4 },
                  rewards_issued_value: { current: 70, previous: 45, change: 0.5556 },
                  rewards_redeemed_value: { current: 25, previous: 10, change: 1.5 },
                },
                pending_reviews: 3,
                grants_needing_review: 1,
                rewards_by_currency: [{ currency_code: "eur", issued: 14, issued_value: 70, redeemed: 5, redeemed_value: 25 }],
                catalog: [{ id: "scch_01JTX", name: "Meta EUR", destination: "meta", mode: "feed", items: 128, live: 127, errors: 1 }],
                series: {
                  networks: ["facebook"],
                  days: [{ date: "2026-04-30", orders: 2, revenue: 98, networks: { facebook: { orders: 2, revenue: 98 } } }],
                },
                top_products: [{ product_id: "prod_01", title: "Alpine Trail Jacket", thumbnail: null, links: 4, clicks: 37, visitors: 30 }],
                funnel: [
                  { step: "shares", label: "Links shared", value: 40, rate: null },
                  { step: "clicks", label: "Clicks by people", value: 120, rate: 3 },
                  { step: "visits", label: "Landings on the store", value: 90, rate: 0.75 },
                  { step: "orders", label: "Orders", value: 6, rate: 0.0667 },
                ],
              },
            },
          },
        ],
      }),
    },
    "/admin/social/attribution/report": {
      get: admin("attribution", {
        summary: "Attribution report",
        description:
          "Orders, revenue, AOV and share per network, campaign, product, share link or post under one model, with a daily series; one currency per report. `group_by=post`: the orders that came through the shop's own posts (each has its own share link), keyed by post id with the post's account and network; the totals stay those of all orders.",
        query: AdminAttributionReportQuery,
        responses: [
          {
            status: 200,
            schema: AdminAttributionReportResponse,
            example: {
              report: {
                from: "2026-04-01T00:00:00.000Z",
                to: "2026-05-01T00:00:00.000Z",
                group_by: "network",
                model: "last_non_direct",
                currency_code: "eur",
                totals: { orders: 2, revenue: 98, aov: 49 },
                groups: [{ key: "facebook", orders: 2, revenue: 98, aov: 49, share: 1 }],
                series: [{ date: "2026-04-30", orders: 2, revenue: 98, groups: { facebook: { orders: 2, revenue: 98 } } }],
              },
            },
          },
        ],
      }),
    },
    "/admin/social/attribution/orders/{id}": {
      get: admin("attribution", {
        summary: "One order's attribution",
        description: "Every model's weights, the decision trace and the order's conversion events.",
        path: idParam("id", "order_01"),
        errors: [404],
        responses: [
          {
            status: 200,
            schema: AdminOrderAttributionResponse,
            example: { attribution: { order_id: "order_01", total: 49, network: "facebook", conversion_events: [{ destination: "meta", event_id: "order_01", status: "sent" }] } },
          },
        ],
      }),
    },
  }
}

