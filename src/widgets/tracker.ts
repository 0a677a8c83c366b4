import { sdkFor, socialClient } from "./core/api"
import { getConfig, resolveValue } from "./core/config"
import { define } from "./core/dom"
import { Base } from "./core/element"
import { CART_ID, landingKey, landingTouch, parseConsent, type Consent, type TouchBody } from "./lib/landing"
import { forgetVisitorId, storeVisitorId, visitorId } from "./lib/visitor"

export type TrackOptions = {
  /** The consent the page has: "granted" (ads too), "analytics" (measure only), "denied". Omitted: the server's default. */
  consent?: Consent | null
  /** The cart, when one exists already (the landing is bound to it at once). */
  cartId?: string | null
  /** Defaults: location.href and document.referrer. */
  url?: string
  referrer?: string
  /** Defaults: configure(). */
  baseUrl?: string
  publishableKey?: string
}

export type TrackResult = { recorded: boolean; visitor_id: string | null; skipped?: "no browser" | "nothing to record" | "already recorded" }

const RECORDED = "social:landings"
const BOUND = "social:bound"

function sessionList(key: string): string[] {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? "[]")
  } catch {
    return []
  }
}
function remember(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, JSON.stringify([...sessionList(key), value].slice(-50)))
  } catch {
    // Private mode without storage: the landing may then be posted again on reload, harmlessly.
  }
}

const storeOf = (o: { baseUrl?: string; publishableKey?: string }) => socialClient(sdkFor({ baseUrl: o.baseUrl, publishableKey: o.publishableKey })).store

/**
 * Records this page's landing once per browser tab session: UTM parameters, click ids, `sc`
 * (share code) and `ref` (referral code), the referrer from another site, the landing path, with
 * the consent given. A plain internal navigation records nothing. The visitor id the API answers
 * is kept in a first-party cookie (not with consent "denied": the cookie is removed, and the
 * server erases what the visitor left before).
 */
export async function trackLanding(options: TrackOptions = {}): Promise<TrackResult> {
  if (typeof location === "undefined" || typeof document === "undefined") return { recorded: false, visitor_id: null, skipped: "no browser" }
  const touch = landingTouch(options.url ?? location.href, options.referrer ?? document.referrer)
  const existing = visitorId(false)
  if (!touch) return { recorded: false, visitor_id: existing, skipped: "nothing to record" }
  const key = landingKey(touch)
  if (sessionList(RECORDED).includes(key)) return { recorded: false, visitor_id: existing, skipped: "already recorded" }
  const body: TouchBody = { ...touch }
  if (options.consent) body.consent = options.consent
  if (existing) body.visitor_id = existing
  const cartId = options.cartId ?? (await resolveValue(getConfig().cartId))
  if (cartId && CART_ID.test(cartId)) body.cart_id = cartId
  const res = await storeOf(options).recordTouch(body)
  remember(RECORDED, key)
  if (options.consent === "denied") forgetVisitorId()
  else storeVisitorId(res.visitor_id)
  return { recorded: res.recorded, visitor_id: options.consent === "denied" ? null : res.visitor_id }
}

/**
 * Binds this visitor's earlier touches to the cart (call it when the cart is created). Once per
 * cart and visitor; nothing to do without a visitor id.
 */
export async function bindCart(cartId: string, options: { baseUrl?: string; publishableKey?: string } = {}): Promise<number> {
  const visitor = visitorId(false)
  if (!visitor || !CART_ID.test(cartId)) return 0
  const key = `${cartId}:${visitor}`
  if (sessionList(BOUND).includes(key)) return 0
  const { bound } = await storeOf(options).bindTouches({ cart_id: cartId, visitor_id: visitor })
  remember(BOUND, key)
  return bound
}

/**
 * The visitor refused or withdrew consent: the server erases the touches this visitor id left
 * (consent "denied" on the touches route) and the cookie is removed. Nothing to do without an id.
 */
export async function withdrawConsent(options: { baseUrl?: string; publishableKey?: string } = {}): Promise<boolean> {
  const visitor = visitorId(false)
  if (!visitor) return false
  await storeOf(options).recordTouch({ consent: "denied", visitor_id: visitor })
  forgetVisitorId()
  return true
}

/** The visitor id the tracker keeps (null before a landing was recorded). */
export const getVisitorId = (): string | null => visitorId(false)

/**
 * `<social-tracker consent="granted|analytics|denied|pending" cart-id="cart_...">`: the landing
 * tracker as an element. `consent="pending"` waits until the page sets a value (after its consent
 * banner); setting `cart-id` binds the touches to that cart.
 *
 * Events: `social-landing` `{ recorded, visitor_id, skipped? }`, `social-bound` `{ cart_id, bound }`,
 * `social-error` `{ error }`.
 */
export class SocialTrackerElement extends Base {
  static observedAttributes = ["consent", "cart-id", "backend-url", "publishable-key"]
  private tracked: Promise<unknown> | null = null

  private get endpoint() {
    return { baseUrl: this.getAttribute("backend-url") ?? undefined, publishableKey: this.getAttribute("publishable-key") ?? undefined }
  }

  connectedCallback(): void {
    this.hidden = true
    this.sync()
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (this.isConnected && old !== value) this.sync(name)
  }

  private fire(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))
  }

  private sync(changed?: string): void {
    const raw = this.getAttribute("consent")
    const consent = parseConsent(raw)
    const pending = raw != null && !consent
    if (changed === "consent" && consent === "denied" && this.tracked) {
      // Consent withdrawn after a landing was recorded: erase it rather than record again.
      this.tracked = withdrawConsent(this.endpoint)
        .then(() => this.fire("social-landing", { recorded: false, visitor_id: null, withdrawn: true }))
        .catch((error) => this.fire("social-error", { error }))
      return
    }
    if (!pending && (!this.tracked || changed === "consent")) {
      const cartId = this.getAttribute("cart-id")
      this.tracked = trackLanding({ consent, cartId, ...this.endpoint })
        .then((r) => this.fire("social-landing", r))
        .catch((error) => this.fire("social-error", { error }))
    }
    const cartId = this.getAttribute("cart-id")
    if (cartId && this.tracked && consent !== "denied") {
      this.tracked
        .then(() => bindCart(cartId, this.endpoint))
        .then((bound) => this.fire("social-bound", { cart_id: cartId, bound }))
        .catch((error) => this.fire("social-error", { error }))
    }
  }
}

define("social-tracker", SocialTrackerElement)

export { configure } from "./core/config"
