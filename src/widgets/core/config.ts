/**
 * Where the widgets send their requests. Either a `@medusajs/js-sdk` instance (its `client.fetch`
 * adds the publishable key and the customer's session or token, as everywhere else in the SDK), or
 * a backend URL and publishable key, with which the widgets use `fetch` themselves. Kept on
 * `globalThis` under a registered symbol: a page that loads two widget files (each a complete
 * bundle) still has one configuration.
 */
export type FetchInit = {
  method?: string
  query?: Record<string, string | number | boolean | undefined | null>
  body?: unknown
  headers?: Record<string, string | null>
}

/** The part of a `@medusajs/js-sdk` instance the widgets use. */
export type SdkLike = {
  client: { fetch<T = unknown>(path: string, init?: FetchInit): Promise<T> }
  store?: { cart?: { addPromotions?: (cartId: string, body: { promo_codes: string[] }) => Promise<unknown> } }
}

export type WidgetConfig = {
  /** A js-sdk instance: auth, publishable key and locale come from it. */
  sdk?: SdkLike
  /** The Medusa backend, e.g. "https://api.shop.example" (without an sdk). */
  baseUrl?: string
  publishableKey?: string
  /** The customer's bearer token (or a function giving it) when not using an sdk. */
  token?: string | null | (() => string | null | undefined | Promise<string | null | undefined>)
  /** fetch credentials without an sdk: "include" (default) sends a Medusa session cookie. */
  credentials?: "include" | "same-origin" | "omit"
  /** Default language of every widget ("fr-FR"); an element's own attribute wins. */
  locale?: string
  /** The cart "apply to cart" and the tracker bind to (or a function giving it). */
  cartId?: string | null | (() => string | null | undefined)
  /** Nonce for a <style> element, only used by browsers without constructable stylesheets. */
  styleNonce?: string
  /** Name of the first-party cookie keeping the visitor id (default "_social_vid"). */
  visitorCookie?: string
}

const KEY = Symbol.for("medusa-plugin-social-commerce.widgets")
type Registry = { config: WidgetConfig; listeners: Set<() => void> }

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>
  return (g[KEY] ??= { config: {}, listeners: new Set() })
}

/**
 * Sets the widgets' defaults for the whole page; elements already on the page load again.
 * @example configure({ baseUrl: "https://api.shop.example", publishableKey: "pk_..." })
 * @example configure({ sdk }) // a `new Medusa({...})` instance from @medusajs/js-sdk
 */
export function configure(config: WidgetConfig): WidgetConfig {
  const r = registry()
  r.config = { ...r.config, ...config }
  for (const listener of r.listeners) listener()
  return r.config
}

export const getConfig = (): WidgetConfig => registry().config

/** Called when `configure` changes something; returns the unsubscribe function. */
export function onConfigure(listener: () => void): () => void {
  const r = registry()
  r.listeners.add(listener)
  return () => r.listeners.delete(listener)
}

export async function resolveValue<T>(v: T | (() => T | Promise<T>) | undefined): Promise<T | undefined> {
  return typeof v === "function" ? await (v as () => T | Promise<T>)() : v
}
