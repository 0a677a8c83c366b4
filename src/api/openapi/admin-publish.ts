import type { ZodOpenApiPathsObject } from "zod-openapi"
import { AdminCheckAccount, AdminCreateAccount, AdminListAccounts, AdminUpdateAccount } from "../admin/social/accounts/validators"
import * as AC from "../admin/social/accounts/responses"
import { AdminCreatePost, AdminListPosts, AdminUpdatePost } from "../admin/social/posts/validators"
import * as PO from "../admin/social/posts/responses"
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
        description: "A credential value replaces, null removes; changing credentials makes the account `unchecked`. The network and platform id never change (connect another account instead).",
        path: idParam("id", "spac_01JTX"),
        body: { schema: AdminUpdateAccount, example: { credentials: { access_token: "…" } } },
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
  }
}
