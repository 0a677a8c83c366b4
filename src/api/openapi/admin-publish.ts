import type { ZodOpenApiPathsObject } from "zod-openapi"
import { AdminCheckAccount, AdminCreateAccount, AdminListAccounts, AdminUpdateAccount } from "../admin/social/accounts/validators"
import * as AC from "../admin/social/accounts/responses"
import { AdminCreatePost, AdminListPosts, AdminUpdatePost } from "../admin/social/posts/validators"
import * as PO from "../admin/social/posts/responses"
import { AdminCreateAutoPostRule, AdminListAutoPostRules, AdminUpdateAutoPostRule } from "../admin/social/auto-post-rules/validators"
import * as AR from "../admin/social/auto-post-rules/responses"
import { idParam, route, type RouteSpec } from "./define"

// The publishing capability's admin routes: the shop's accounts and their posts.

const now = "2026-05-01T10:00:00.000Z"
const admin = (spec: Omit<RouteSpec, "auth" | "tags">) => route({ ...spec, auth: "admin", tags: ["Admin: publishing"] })
const page = { count: 1, offset: 0, limit: 50 }

const account = {
  id: "spac_01JTX",
  network: "x",
  name: "Acme on X",
  external_id: "1498765432",
  board_id: null,
  credentials_set: { access_token: true, refresh_token: true },
  status: "unchecked",
  status_message: null,
  checked_at: null,
  time_zone: "Europe/Paris",
  monthly_post_budget: 100,
  bio_handle: null,
  created_at: now,
  updated_at: now,
}
const post = {
  id: "spst_01JTX",
  account_id: "spac_01JTX",
  status: "scheduled",
  product_id: "prod_01JTX",
  variant_id: null,
  link_url: null,
  template: "{title} – {price}",
  text: "Trail Tee – 12,50 €\nhttps://api.example.com/s/Xq8Ab12CdE",
  title: null,
  media: "og",
  locale: "fr-FR",
  currency_code: "eur",
  country_code: "fr",
  scheduled_at: "2026-05-02T08:00:00.000Z",
  time_zone: "Europe/Paris",
  share_code: "Xq8Ab12CdE",
  share_url: "https://api.example.com/s/Xq8Ab12CdE",
  platform_post_id: null,
  permalink: null,
  error_message: null,
  attempts: 0,
  published_at: null,
  origin: "manual",
  created_at: now,
  updated_at: now,
}
const rule = {
  id: "spar_01JTX",
  account_id: "spac_01JTX",
  trigger: "sale_started",
  template: "{title} is on sale: {sale_price} instead of {original_price}",
  locale: "fr-FR",
  currency_code: "eur",
  mode: "draft",
  delay_minutes: 10,
  cooldown_hours: 72,
  min_drop_percent: 0,
  enabled: true,
  created_at: now,
  updated_at: now,
}

export function adminPublishPaths(): ZodOpenApiPathsObject {
  return {
    "/admin/social/accounts": {
      get: admin({ summary: "The shop's social accounts", query: AdminListAccounts, responses: [{ status: 200, schema: AC.AdminListSocialAccountsResponse, example: { accounts: [account], ...page } }] }),
      post: admin({
        summary: "Connect a social account",
        description:
          "Credentials are write-only: sealed (AES-256-GCM, bound to the account) and answered only as `credentials_set`. Each network has its required keys (facebook: page_access_token; the others: access_token) and optional ones (refresh tokens and app credentials); Pinterest needs `board_id`.",
        body: { schema: AdminCreateAccount, example: { network: "x", name: "Acme on X", external_id: "1498765432", credentials: { access_token: "…", refresh_token: "…" }, time_zone: "Europe/Paris", monthly_post_budget: 100 } },
        responses: [{ status: 201, schema: AC.AdminSocialAccountResponse, example: { account } }],
      }),
    },
    "/admin/social/accounts/{id}": {
      get: admin({ summary: "A social account", path: idParam("id", "spac_01JTX"), errors: [404], responses: [{ status: 200, schema: AC.AdminSocialAccountResponse, example: { account } }] }),
      post: admin({
        summary: "Edit a social account",
        path: idParam("id", "spac_01JTX"),
        description:
          "A credential value replaces, null removes; changing credentials makes the account `unchecked`. The network and platform id never change (connect another account instead). `bio_handle` names the account's public link-in-bio page (`/social/bio/{bio_handle}`; null removes it); another account's handle is a 400.",
        body: { schema: AdminUpdateAccount, example: { credentials: { access_token: "…" }, bio_handle: "acme" } },
        errors: [404],
        responses: [{ status: 200, schema: AC.AdminSocialAccountResponse, example: { account } }],
      }),
      delete: admin({
        summary: "Disconnect a social account",
        description: "Its credentials are erased; its published posts stay for the reports.",
        path: idParam("id", "spac_01JTX"),
        errors: [404],
        responses: [{ status: 200, schema: AC.AdminDeleteSocialAccountResponse, example: { id: "spac_01JTX", object: "social_account", deleted: true } }],
      }),
    },
    "/admin/social/accounts/{id}/check": {
      post: admin({
        summary: "Check a social account's connection",
        description:
          "Calls the platform's identity endpoint with the stored token (Graph `/{id}?fields=…`, Pinterest `/v5/user_account` and the board, X `/2/users/me`, LinkedIn `/rest/organizations/{id}`, TikTok `/v2/user/info/` and the creator's privacy options), renewing the token first where the platform has refresh tokens (Pinterest, X, LinkedIn, TikTok) and sealing the new tokens. Stores the account's `status`: `connected` (with whose account it is in `status_message`), or `refused` with what to do. `unreachable` (a throttle, a network error) changes nothing stored.",
        path: idParam("id", "spac_01JTX"),
        body: { schema: AdminCheckAccount, example: {} },
        errors: [404],
        responses: [
          {
            status: 200,
            schema: AC.AdminCheckSocialAccountResponse,
            example: {
              account: { ...account, status: "connected", status_message: "@acme", checked_at: now },
              check: { outcome: "connected", message: "@acme" },
            },
          },
        ],
      }),
    },
    "/admin/social/posts": {
      get: admin({ summary: "Posts by account, status, product and time", query: AdminListPosts, responses: [{ status: 200, schema: PO.AdminListSocialPostsResponse, example: { posts: [post], ...page } }] }),
      post: admin({
        summary: "Make a post for one account and one market",
        description:
          "A product post (its text from a template with `{title}`, `{price}`, `{sale_price}`, `{original_price}`, `{rating}`, `{review_count}`, `{link}`, `{brand}`, `{collection}`, `{shop}`, `{description}` rendered in the market's locale and currency, and its own tracked link) or a free-text post with a storefront `link_url`. The network's limits are checked before it is stored (X 280 as X counts, a link being 23; Instagram 2,200 and 30 hashtags; Pinterest title 100 and description 500; LinkedIn 3,000; TikTok title 90): a 400 names the field.",
        body: { schema: AdminCreatePost, example: { account_id: "spac_01JTX", product_id: "prod_01JTX", template: "{title} – {price}", locale: "fr-FR", currency_code: "eur", status: "scheduled", scheduled_at: "2026-05-02T10:00:00+02:00", time_zone: "Europe/Paris" } },
        responses: [{ status: 201, schema: PO.AdminSocialPostResponse, example: { post } }],
      }),
    },
    "/admin/social/posts/{id}": {
      get: admin({ summary: "A post", path: idParam("id", "spst_01JTX"), errors: [404], responses: [{ status: 200, schema: PO.AdminSocialPostResponse, example: { post } }] }),
      post: admin({
        summary: "Edit a post not yet sent",
        description: "Composed again for its network and market, keeping its tracked link. A post being published or published answers 400 (not_allowed) or 409.",
        path: idParam("id", "spst_01JTX"),
        body: { schema: AdminUpdatePost, example: { scheduled_at: "2026-05-03T10:00:00+02:00" } },
        errors: [404, 409],
        responses: [{ status: 200, schema: PO.AdminSocialPostResponse, example: { post } }],
      }),
      delete: admin({
        summary: "Delete a post not yet sent",
        path: idParam("id", "spst_01JTX"),
        errors: [404],
        responses: [{ status: 200, schema: PO.AdminDeleteSocialPostResponse, example: { id: "spst_01JTX", object: "social_post", deleted: true } }],
      }),
    },
    "/admin/social/posts/{id}/metrics": {
      get: admin({
        summary: "What a post did",
        description:
          "The platform's figures as last polled by the hourly `social-publish-metrics` job for posts published in the last 28 days (Graph `/{post-id}/insights` and comments and shares for Page posts; Instagram media insights; X `public_metrics` and, with the author's token, link clicks; Pinterest pin analytics), the clicks on the post's own tracked link, and the orders and revenue attributed to that link (last non-direct), per currency.",
        path: idParam("id", "spst_01JTX"),
        errors: [404],
        responses: [
          {
            status: 200,
            schema: PO.AdminSocialPostMetricsResponse,
            example: {
              metrics: {
                post_id: "spst_01JTX",
                platform: { impressions: 1840, reactions: 52, comments: 7, shares: 4, link_clicks: 61 },
                platform_fetched_at: now,
                link: { clicks: 75, bot_clicks: 12, distinct_visitors: 58 },
                orders: [{ currency_code: "eur", orders: 3, revenue: 147.5 }],
              },
            },
          },
        ],
      }),
    },
    "/admin/social/auto-post-rules": {
      get: admin({ summary: "Automatic post rules", query: AdminListAutoPostRules, responses: [{ status: 200, schema: AR.AdminListAutoPostRulesResponse, example: { rules: [rule], ...page } }] }),
      post: admin({
        summary: "Make an automatic post rule",
        description:
          "Posts on one account, in one market, when a product is published (products created after the rule), comes back in stock (a variant), goes on sale or drops in price (seen by the price watch, `social.prices.changed`; `min_drop_percent`), or gets a review approved whose author agreed to be quoted (`social_consent`; the template may use `{review_quote}`, `{review_author}`, `{review_rating}`). `mode` draft waits for an admin (posts list `origin=<rule id>`), scheduled goes out `delay_minutes` later. Never for an unpublished product or one out of stock in the market; not within `cooldown_hours` after any post of the product on the account; one post per change, whatever the number of deliveries of its event. The template is checked here (400 naming `template`); network limits when each post is made (a post they refuse is not made, and logged).",
        body: { schema: AdminCreateAutoPostRule, example: { account_id: "spac_01JTX", trigger: "sale_started", template: "{title} is on sale: {sale_price} instead of {original_price}", locale: "fr-FR", currency_code: "eur", mode: "draft" } },
        responses: [{ status: 201, schema: AR.AdminAutoPostRuleResponse, example: { rule } }],
      }),
    },
    "/admin/social/auto-post-rules/{id}": {
      get: admin({ summary: "An automatic post rule", path: idParam("id", "spar_01JTX"), errors: [404], responses: [{ status: 200, schema: AR.AdminAutoPostRuleResponse, example: { rule } }] }),
      post: admin({
        summary: "Edit an automatic post rule",
        description: "Its template, mode, delay, cool-down, drop threshold, or `enabled`. The account, trigger and market stay.",
        path: idParam("id", "spar_01JTX"),
        body: { schema: AdminUpdateAutoPostRule, example: { enabled: false } },
        errors: [404],
        responses: [{ status: 200, schema: AR.AdminAutoPostRuleResponse, example: { rule: { ...rule, enabled: false } } }],
      }),
      delete: admin({
        summary: "Delete an automatic post rule",
        description: "The posts it made stay.",
        path: idParam("id", "spar_01JTX"),
        errors: [404],
        responses: [{ status: 200, schema: AR.AdminDeleteAutoPostRuleResponse, example: { id: "spar_01JTX", object: "social_auto_post_rule", deleted: true } }],
      }),
    },
  }
}
