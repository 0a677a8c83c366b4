import { getConfig, resolveValue, type FetchInit, type SdkLike, type WidgetConfig } from "./config"
import { errorField } from "../lib/errors"

/** A failed call: the HTTP status, the server's message and the field a 400 names. */
export class WidgetApiError extends Error {
  status: number
  field: string | null
  constructor(message: string, status: number) {
    super(message)
    this.name = "WidgetApiError"
    this.status = status
    this.field = status === 400 ? errorField(message) : null
  }
}

/**
 * A js-sdk-shaped client on `fetch` for pages that gave only a backend URL and a publishable key:
 * the same `client.fetch(path, { method, query, body, headers })` contract (JSON in and out, a
 * FormData body sent as multipart, non-2xx thrown), so the widgets have one code path.
 */
export function fetchClient(config: Pick<WidgetConfig, "baseUrl" | "publishableKey" | "token" | "credentials">): SdkLike {
  return {
    client: {
      async fetch<T>(path: string, init: FetchInit = {}): Promise<T> {
        const base = (config.baseUrl ?? "").replace(/\/+$/, "")
        const url = new URL(base + path, typeof location !== "undefined" ? location.href : undefined)
        for (const [k, v] of Object.entries(init.query ?? {})) {
          if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, String(v))
        }
        const headers: Record<string, string> = { accept: "application/json" }
        if (config.publishableKey) headers["x-publishable-api-key"] = config.publishableKey
        const token = await resolveValue(config.token)
        if (token) headers.authorization = `Bearer ${token}`
        let body: BodyInit | undefined
        if (init.body instanceof FormData) body = init.body
        else if (init.body !== undefined) {
          headers["content-type"] = "application/json"
          body = JSON.stringify(init.body)
        }
        for (const [k, v] of Object.entries(init.headers ?? {})) {
          if (v === null) delete headers[k]
          else headers[k] = v
        }
        const res = await fetch(url, { method: init.method ?? "GET", headers, body, credentials: config.credentials ?? "include" })
        const data = await res.json().catch(() => ({}))
        if (!res.ok) throw new WidgetApiError(data?.message ?? res.statusText, res.status)
        return data as T
      },
    },
  }
}

const cache = new Map<string, SdkLike>()

/** The client for an element: its own attributes first, then `configure()`. */
export function clientFor(attrs: { baseUrl?: string | null; publishableKey?: string | null }): SdkLike {
  const config = getConfig()
  if (!attrs.baseUrl && !attrs.publishableKey && config.sdk) return config.sdk
  const merged = {
    ...config,
    baseUrl: attrs.baseUrl || config.baseUrl,
    publishableKey: attrs.publishableKey || config.publishableKey,
  }
  const key = `${merged.baseUrl}\n${merged.publishableKey}\n${merged.credentials}`
  // A token function or value may change between calls: only the plain settings are cached.
  let client = cache.get(key)
  if (!client || typeof config.token !== "undefined") {
    client = fetchClient(merged)
    cache.set(key, client)
  }
  return client
}

/** Runs a call and turns whatever the transport throws (js-sdk FetchError included) into a WidgetApiError. */
export async function call<T>(sdk: SdkLike, path: string, init?: FetchInit): Promise<T> {
  const isForm = typeof FormData !== "undefined" && init?.body instanceof FormData
  // The js-sdk sends JSON by default: for a FormData body the browser must set the multipart type.
  const finalInit = isForm ? { ...init, headers: { ...init?.headers, "content-type": null } } : init
  try {
    return await sdk.client.fetch<T>(path, finalInit)
  } catch (e: any) {
    if (e instanceof WidgetApiError) throw e
    throw new WidgetApiError(e?.message ?? "Request failed", typeof e?.status === "number" ? e.status : 0)
  }
}

const enc = encodeURIComponent

/** The store calls the widgets make (the same routes as the typed client's `store` methods). */
export const store = {
  share: (sdk: SdkLike, productId: string, query: { currency_code?: string; locale?: string; variant_id?: string }) =>
    call<{ share: ShareBundle }>(sdk, `/store/social/products/${enc(productId)}/share`, { query }),
  listReviews: (sdk: SdkLike, productId: string, query: { limit?: number; offset?: number; sort?: string }) =>
    call<ReviewList>(sdk, `/store/social/products/${enc(productId)}/reviews`, { query }),
  createReview: (sdk: SdkLike, body: FormData | Record<string, unknown>) =>
    call<{ review: Review & { status: string } }>(sdk, "/store/social/reviews", { method: "POST", body }),
  markHelpful: (sdk: SdkLike, reviewId: string, body: { visitor_id?: string }) =>
    call<{ created: boolean; helpful_count: number }>(sdk, `/store/social/reviews/${enc(reviewId)}/helpful`, { method: "POST", body }),
  recordTouch: (sdk: SdkLike, body: Record<string, unknown>) =>
    call<{ visitor_id: string; recorded: boolean }>(sdk, "/store/social/touches", { method: "POST", body }),
  bindTouches: (sdk: SdkLike, body: { cart_id: string; visitor_id?: string }) =>
    call<{ bound: number }>(sdk, "/store/social/touches/bind", { method: "POST", body }),
  myRewards: (sdk: SdkLike) => call<{ rewards: Reward[] }>(sdk, "/store/social/me/rewards"),
  myReferral: (sdk: SdkLike) => call<{ referral: Referral }>(sdk, "/store/social/me/referral"),
  claimReferral: (sdk: SdkLike, code: string) =>
    call<{ referral: { id: string; code: string; status: string } }>(sdk, "/store/social/referrals/claim", { method: "POST", body: { code } }),
  /** Through the js-sdk's own cart method when the page gave an sdk. */
  addPromotion: (sdk: SdkLike, cartId: string, code: string) =>
    sdk.store?.cart?.addPromotions
      ? sdk.store.cart.addPromotions(cartId, { promo_codes: [code] }).catch((e: any) => {
          throw new WidgetApiError(e?.message ?? "Request failed", e?.status ?? 0)
        })
      : call(sdk, `/store/carts/${enc(cartId)}/promotions`, { method: "POST", body: { promo_codes: [code] } }),
}

export type ShareLink = { network: string; code: string; url: string; intent_url: string | null }
export type CardImage = { url: string; width: number; height: number; type: string }
export type ShareBundle = {
  product_id: string
  customer_id: string | null
  text: string
  links: ShareLink[]
  web_share: { title: string; text: string; url: string; code: string; image_url: string; image: CardImage }
  cards: Record<string, CardImage>
}
export type Review = {
  id: string
  rating: number
  title: string
  body: string
  author_name: string | null
  verified_purchase: boolean
  incentivized: boolean
  helpful_count: number
  created_at: string
  media: { url: string; width: number; height: number; mime_type: string }[]
  response: { body: string; created_at: string } | null
}
export type ReviewList = {
  reviews: Review[]
  count: number
  offset: number
  limit: number
  sort: string
  stats: { count: number; average: number | null; distribution: Record<string, number>; verified_count: number; photo_count: number }
}
export type Reward = {
  id: string
  status: string
  reward: { type: string; value: number | null; currency_code: string | null }
  reason: string
  code: string | null
  expires_at: string | null
  available_at: string | null
  created_at: string
}
export type Referral = { code: string; link: string; friends_joined: number; friends_pending: number }
