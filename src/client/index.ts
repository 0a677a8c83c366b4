/**
 * The typed client of the plugin's store and admin API, on top of a `@medusajs/js-sdk` instance:
 *
 * ```ts
 * import Medusa from "@medusajs/js-sdk"
 * import { createSocialClient, SocialClientError } from "medusa-plugin-social-commerce/client"
 *
 * const sdk = new Medusa({ baseUrl: "https://api.example.com", publishableKey: "pk_..." })
 * const social = createSocialClient(sdk)
 * const { share } = await social.store.share("prod_123", { locale: "fr-FR", currency_code: "eur" })
 * try {
 *   await social.store.createReview({ product_id: "prod_123", rating: 5, title: "Great", body: "...", photos: [file] })
 * } catch (e) {
 *   if (e instanceof SocialClientError && e.status === 400) showUnder(e.field, e.message)
 * }
 * ```
 *
 * Every call goes through `sdk.client.fetch`, so the publishable key, the customer's or admin's
 * JWT or session, global headers and the locale work as in the rest of the SDK. A non-2xx answer
 * throws a {@link SocialClientError} (status, type, message, and for a 400 the `field` named).
 * No Node built-ins, no runtime dependency: it runs in browsers, Node 20+ and edge runtimes.
 */
import { toSocialClientError } from "./errors"
import type * as T from "./types"

export { SocialClientError, fieldsOf } from "./errors"
export type * from "./types"

/** What the client needs of a js-sdk `Medusa` instance (its `client.fetch`). */
export interface SdkLike {
  client: {
    fetch<R>(input: string, init?: { method?: string; query?: Record<string, any>; body?: any; headers?: Record<string, string | null> }): Promise<R>
  }
}

type Init = { method?: "GET" | "POST" | "DELETE"; query?: object; body?: unknown; headers?: Record<string, string | null> }

const enc = encodeURIComponent

export function createSocialClient(sdk: SdkLike) {
  async function call<R>(path: string, init: Init = {}): Promise<R> {
    try {
      return await sdk.client.fetch<R>(path, {
        method: init.method ?? "GET",
        ...(init.query ? { query: init.query as Record<string, any> } : {}),
        ...(init.body !== undefined ? { body: init.body } : {}),
        ...(init.headers ? { headers: init.headers } : {}),
      })
    } catch (e) {
      throw toSocialClientError(e)
    }
  }
  const get = <R>(path: string, query?: object) => call<R>(path, { query })
  const post = <R>(path: string, body?: unknown, query?: object) => call<R>(path, { method: "POST", body: body ?? {}, query })
  const del = <R>(path: string) => call<R>(path, { method: "DELETE" })

  const store = {
    /** The share bundle: tracked link and intent per enabled network, Web Share payload, cards, meta tags. A logged-in customer becomes the sharer. */
    share: (productId: string, query?: T.StoreProductQuery) =>
      get<T.StoreShareResponse>(`/store/social/products/${enc(productId)}/share`, query),
    /** Open Graph, X and product tags and the JSON-LD of a product, for server-rendered pages. */
    meta: (productId: string, query?: T.StoreProductQuery) =>
      get<T.StoreMetaResponse>(`/store/social/products/${enc(productId)}/meta`, query),
    /** Approved reviews of a product, a page at a time, with the product's stats. */
    listReviews: (productId: string, query?: T.StoreListReviewsQuery) =>
      get<T.StoreListReviewsResponse>(`/store/social/products/${enc(productId)}/reviews`, query),
    /** Writes the logged-in customer's review; with `photos` it is sent as multipart/form-data. */
    createReview: (body: T.StoreCreateReviewBody) => {
      const { photos, ...fields } = body
      if (!photos?.length) {
        return post<T.StoreReviewResponse>("/store/social/reviews", fields)
      }
      const form = new FormData()
      for (const [k, v] of Object.entries(fields)) {
        if (v !== undefined && v !== null) form.append(k, String(v))
      }
      photos.forEach((p, i) => form.append("photos", p, (p as { name?: string }).name || `photo-${i + 1}`))
      // No content-type: fetch sets multipart/form-data with its boundary (null removes the SDK's JSON default).
      return call<T.StoreReviewResponse>("/store/social/reviews", { method: "POST", body: form, headers: { "content-type": null } })
    },
    /** Edits the logged-in customer's own review (rating, title, body). */
    updateReview: (id: string, body: T.StoreUpdateReviewBody) => post<T.StoreReviewResponse>(`/store/social/reviews/${enc(id)}`, body),
    /** Deletes the logged-in customer's own review. */
    deleteReview: (id: string) => del<T.StoreDeleteReviewResponse>(`/store/social/reviews/${enc(id)}`),
    /** Votes a review helpful, once per customer (or per `visitor_id` for a guest). */
    markHelpful: (id: string, body?: T.StoreHelpfulBody) => post<T.StoreHelpfulResponse>(`/store/social/reviews/${enc(id)}/helpful`, body),
    /** Records a landing (UTM, click ids, `sc`, `ref`, referrer, consent). Keep the answered `visitor_id`. */
    recordTouch: (body: T.StoreCreateTouchBody) => post<T.StoreCreateTouchResponse>("/store/social/touches", body),
    /** Binds the visitor's earlier touches to a cart created after the landing. */
    bindTouches: (body: T.StoreBindTouchesBody) => post<T.StoreBindTouchesResponse>("/store/social/touches/bind", body),
    /** The logged-in customer's rewards (status, value, code, expiry) and referral code. */
    myRewards: (query?: T.StoreMyRewardsQuery) => get<T.StoreMyRewardsResponse>("/store/social/me/rewards", query),
    /** The logged-in customer's referral code and link (made on first call). */
    myReferral: () => get<T.StoreMyReferralResponse>("/store/social/me/referral"),
    /** The logged-in customer claims a friend's referral code. */
    claimReferral: (body: T.StoreClaimReferralBody) => post<T.StoreClaimReferralResponse>("/store/social/referrals/claim", body),
  }

  const A = "/admin/social"
  const admin = {
    settings: {
      retrieve: () => get<T.AdminSettingsResponse>(`${A}/settings`),
      /** `null` resets a field to the plugin option. */
      update: (body: T.AdminUpdateSettingsBody) => post<T.AdminSettingsResponse>(`${A}/settings`, body),
    },
    channels: {
      list: () => get<T.AdminListChannelsResponse>(`${A}/channels`),
      create: (body: T.AdminCreateChannelBody) => post<T.AdminChannelResponse>(`${A}/channels`, body),
      retrieve: (id: string) => get<T.AdminChannelWithCountsResponse>(`${A}/channels/${enc(id)}`),
      update: (id: string, body: T.AdminUpdateChannelBody) => post<T.AdminChannelResponse>(`${A}/channels/${enc(id)}`, body),
      delete: (id: string) => del<T.AdminDeleteChannelResponse>(`${A}/channels/${enc(id)}`),
      /** Each destination's feed formats and credential keys. */
      destinations: () => get<T.AdminDestinationsResponse>(`${A}/channels/destinations`),
      /** Dry run: what a sync would send, change and delete. */
      preview: (id: string) => post<T.AdminPreviewResponse>(`${A}/channels/${enc(id)}/preview`, {}),
      sync: (id: string, body?: T.AdminSyncChannelBody) => post<T.AdminSyncResponse>(`${A}/channels/${enc(id)}/sync`, body),
      runs: (id: string, query?: T.AdminListRunsQuery) => get<T.AdminListRunsResponse>(`${A}/channels/${enc(id)}/runs`, query),
      items: (id: string, query?: T.AdminListItemsQuery) => get<T.AdminListItemsResponse>(`${A}/channels/${enc(id)}/items`, query),
      /** One product's status on every channel. */
      productStatus: (productId: string) => get<T.AdminCatalogProductResponse>(`${A}/catalog/products/${enc(productId)}`),
    },
    reviews: {
      list: (query?: T.AdminListReviewsQuery) => get<T.AdminListReviewsResponse>(`${A}/reviews`, query),
      retrieve: (id: string) => get<T.AdminReviewResponse>(`${A}/reviews/${enc(id)}`),
      approve: (id: string) => post<T.AdminModerateReviewResponse>(`${A}/reviews/${enc(id)}/approve`, {}),
      reject: (id: string, body: T.AdminRejectReviewBody) => post<T.AdminModerateReviewResponse>(`${A}/reviews/${enc(id)}/reject`, body),
      respond: (id: string, body: T.AdminRespondReviewBody) => post<T.AdminReviewResponse>(`${A}/reviews/${enc(id)}/response`, body),
    },
    rewardRules: {
      list: (query?: T.AdminListRewardRulesQuery) => get<T.AdminListRewardRulesResponse>(`${A}/reward-rules`, query),
      create: (body: T.AdminCreateRewardRuleBody) => post<T.AdminRewardRuleResponse>(`${A}/reward-rules`, body),
      retrieve: (id: string) => get<T.AdminRewardRuleWithVersionsResponse>(`${A}/reward-rules/${enc(id)}`),
      update: (id: string, body: T.AdminUpdateRewardRuleBody) => post<T.AdminRewardRuleResponse>(`${A}/reward-rules/${enc(id)}`, body),
      delete: (id: string) => del<T.AdminDeleteRewardRuleResponse>(`${A}/reward-rules/${enc(id)}`),
      /** Dry run of the rule over the past `days` of events. */
      simulate: (id: string, body?: T.AdminSimulateRewardRuleBody) => post<T.AdminSimulateRewardRuleResponse>(`${A}/reward-rules/${enc(id)}/simulate`, body),
    },
    rewardGrants: {
      list: (query?: T.AdminListRewardGrantsQuery) => get<T.AdminListRewardGrantsResponse>(`${A}/reward-grants`, query),
      approve: (id: string) => post<T.AdminRewardGrantResponse>(`${A}/reward-grants/${enc(id)}/approve`, {}),
      revoke: (id: string, body: T.AdminRevokeRewardGrantBody) => post<T.AdminRewardGrantResponse>(`${A}/reward-grants/${enc(id)}/revoke`, body),
    },
    referrals: {
      list: (query?: T.AdminListReferralsQuery) => get<T.AdminListReferralsResponse>(`${A}/referrals`, query),
      approve: (id: string, body?: T.AdminDecideReferralBody) => post<T.AdminReferralResponse>(`${A}/referrals/${enc(id)}/approve`, body),
      reject: (id: string, body?: T.AdminDecideReferralBody) => post<T.AdminReferralResponse>(`${A}/referrals/${enc(id)}/reject`, body),
    },
    blocklist: {
      list: (query?: T.AdminListBlocklistQuery) => get<T.AdminListBlocklistResponse>(`${A}/reward-blocklist`, query),
      create: (body: T.AdminCreateBlocklistBody) => post<T.AdminBlocklistEntryResponse>(`${A}/reward-blocklist`, body),
      delete: (id: string) => del<T.AdminDeleteBlocklistEntryResponse>(`${A}/reward-blocklist/${enc(id)}`),
    },
    shareLinks: {
      list: (query?: T.AdminListShareLinksQuery) => get<T.AdminListShareLinksResponse>(`${A}/share-links`, query),
    },
    attribution: {
      report: (query?: T.AdminAttributionReportQuery) => get<T.AdminAttributionReportResponse>(`${A}/attribution/report`, query),
      order: (orderId: string) => get<T.AdminOrderAttributionResponse>(`${A}/attribution/orders/${enc(orderId)}`),
    },
  }

  return { store, admin }
}

export type SocialClient = ReturnType<typeof createSocialClient>
