import { createSocialClient, SocialClientError, type SocialClient } from "../../client"
import { getConfig, resolveValue, type FetchInit, type SdkLike, type WidgetConfig } from "./config"

/** What every failed call throws: the typed client's error (status, message, the field a 400 names). */
export { SocialClientError }

/**
 * A js-sdk-shaped transport on `fetch` for pages that gave only a backend URL and a publishable
 * key: the same `client.fetch(path, { method, query, body, headers })` contract (JSON in and out,
 * a FormData body sent as multipart, a non-2xx answer thrown with its status), so the widgets
 * always go through the typed client and have one code path. Bundling the js-sdk itself would
 * cost about 29 KB gzipped, more than all the widgets together.
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
        const headers: Record<string, string> = { accept: "application/json", "content-type": "application/json" }
        if (config.publishableKey) headers["x-publishable-api-key"] = config.publishableKey
        const token = await resolveValue(config.token)
        if (token) headers.authorization = `Bearer ${token}`
        for (const [k, v] of Object.entries(init.headers ?? {})) {
          if (v === null) delete headers[k]
          else headers[k] = v
        }
        const isForm = typeof FormData !== "undefined" && init.body instanceof FormData
        if (isForm) delete headers["content-type"]
        const body = init.body === undefined ? undefined : isForm ? (init.body as FormData) : JSON.stringify(init.body)
        const res = await fetch(url, { method: init.method ?? "GET", headers, body, credentials: config.credentials ?? "include" })
        const data = await res.json().catch(() => ({}))
        if (!res.ok) throw new SocialClientError(data?.message ?? res.statusText, res.status)
        return data as T
      },
    },
  }
}

const transports = new Map<string, SdkLike>()
const clients = new WeakMap<SdkLike, SocialClient>()

/**
 * The transport for an element. A js-sdk the page gave to `configure({ sdk })` is used whenever
 * there is one: it carries the logged-in customer (binding a customer's cart, writing a review
 * and reading rewards need them), and a server-rendered element's `backend-url` and
 * `publishable-key` attributes are then only what it needed before the page's script ran.
 * Without an sdk: the attributes, then `configure()`'s `baseUrl` and key.
 */
export function sdkFor(attrs: { baseUrl?: string | null; publishableKey?: string | null }): SdkLike {
  const config = getConfig()
  if (config.sdk) return config.sdk
  const merged = { ...config, baseUrl: attrs.baseUrl || config.baseUrl, publishableKey: attrs.publishableKey || config.publishableKey }
  const key = `${merged.baseUrl}\n${merged.publishableKey}\n${merged.credentials}`
  let sdk = transports.get(key)
  // A token given by value may change with configure(): only then is the transport made again.
  if (!sdk || config.token !== undefined) {
    sdk = fetchClient(merged)
    transports.set(key, sdk)
  }
  return sdk
}

/** The typed client (`medusa-plugin-social-commerce/client`) over a transport. */
export function socialClient(sdk: SdkLike): SocialClient {
  let client = clients.get(sdk)
  if (!client) {
    client = createSocialClient(sdk as Parameters<typeof createSocialClient>[0])
    clients.set(sdk, client)
  }
  return client
}

/** The promotion code goes to the cart through the js-sdk's own cart method when the page gave an sdk. */
export async function addPromotion(sdk: SdkLike, cartId: string, code: string): Promise<{ cart?: unknown }> {
  try {
    if (sdk.store?.cart?.addPromotions) return (await sdk.store.cart.addPromotions(cartId, { promo_codes: [code] })) as { cart?: unknown }
    return await sdk.client.fetch(`/store/carts/${encodeURIComponent(cartId)}/promotions`, { method: "POST", body: { promo_codes: [code] } })
  } catch (e: any) {
    throw e instanceof SocialClientError ? e : new SocialClientError(e?.message ?? String(e), typeof e?.status === "number" ? e.status : 0)
  }
}

/** The field a 400 names, as the form knows it ("photos.0" is the photos input). */
export const fieldOf = (e: unknown): string | null =>
  e instanceof SocialClientError && e.status === 400 && e.field ? e.field.split(".")[0] : null

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
