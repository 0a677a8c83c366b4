import { addPromotion, SocialClientError, type Reward } from "./core/api"
import { getConfig, resolveValue } from "./core/config"
import { define, h } from "./core/dom"
import { COMMON_ATTRIBUTES, copyText, SocialElement } from "./core/element"
import { errorText } from "./lib/errors"
import { formatDate, rewardValue } from "./lib/money"
import type { MessageKey } from "./lib/i18n"

const CSS = `
.list{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}
.reward{border:1px solid var(--social-color-border,#e5e7eb);border-radius:var(--social-radius,6px);padding:.75rem;display:grid;gap:.35rem}
.value{font-weight:700;font-size:1.1em}
.code{font-family:var(--social-font-mono,ui-monospace,monospace);font-weight:700}
.status{font-size:.8em;padding:.1em .5em;border-radius:999px;background:var(--social-color-badge,#f3f4f6)}
p{margin:0}
`

/**
 * `<social-rewards>`: the logged-in customer's rewards (value, why, status, code, expiry) with
 * "apply to cart" on the usable ones: the code is added to the cart (`cart-id` attribute or
 * `configure({ cartId })`) through the js-sdk's `store.cart.addPromotions` when the page gave an
 * sdk, else the same store route. `social-reward-applied` `{ code, cart_id, cart }` follows; a
 * listener that calls `preventDefault()` on `social-reward-apply` `{ code, cart_id }` applies it
 * itself instead.
 */
export class SocialRewardsElement extends SocialElement {
  static observedAttributes = [...COMMON_ATTRIBUTES, "cart-id", "login-url"]

  constructor() {
    super(CSS)
  }

  protected async load(isCurrent: () => boolean): Promise<void> {
    this.showLoading()
    let rewards: Reward[]
    try {
      rewards = (await this.api.myRewards()).rewards as Reward[]
    } catch (e) {
      if (!isCurrent()) return
      if (e instanceof SocialClientError && e.status === 401) {
        const login = this.getAttribute("login-url")
        this.show(h("p", { part: "signed-out" }, login ? h("a", { href: login }, this.t("loginForRewards")) : this.t("loginForRewards")))
        return this.done()
      }
      throw e
    }
    if (!isCurrent()) return
    this.show(
      h(
        "section",
        { part: "container", "aria-label": this.t("rewards") },
        h("h2", { part: "heading" }, this.t("rewards")),
        rewards.length
          ? h("ul", { class: "list", part: "list", role: "list" }, rewards.map((r) => this.reward(r)))
          : h("p", { class: "muted", part: "empty" }, this.t("noRewards"))
      )
    )
    this.done()
  }

  private reward(r: Reward): HTMLElement {
    const v = rewardValue(r.reward, this.locale)
    const value = !v ? "" : v.kind === "free_shipping" ? this.t("freeShipping") : this.t(v.kind === "percent" ? "offPercent" : "offAmount", { value: v.text })
    const msg = h("p", { part: "reward-message" })
    const usable = r.status === "issued" && r.code
    return h(
      "li",
      { class: "reward", part: `reward reward-${r.status}`, "data-status": r.status },
      h(
        "div",
        { class: "row" },
        h("span", { class: "value", part: "value" }, value),
        h("span", { class: "status", part: "status" }, this.t(`status_${r.status}` as MessageKey) || r.status)
      ),
      h("p", { class: "muted" }, this.t(`reason_${r.reason}` as MessageKey)),
      r.code
        ? h(
            "div",
            { class: "row" },
            h("span", { class: "muted" }, this.t("code")),
            h("span", { class: "code", part: "code" }, r.code),
            h("button", { type: "button", part: "button copy-code", onclick: async () => this.announce((await copyText(r.code!)) ? this.t("codeCopied") : this.t("copyFailed")) }, this.t("copyCode"))
          )
        : null,
      r.expires_at ? h("p", { class: "muted" }, this.t("expires", { date: formatDate(r.expires_at, this.locale) })) : null,
      r.available_at ? h("p", { class: "muted" }, this.t("availableOn", { date: formatDate(r.available_at, this.locale) })) : null,
      usable
        ? h("div", {}, h("button", { type: "button", class: "primary", part: "button apply", onclick: (e: Event) => this.apply(r.code!, e.currentTarget as HTMLButtonElement, msg) }, this.t("applyToCart")))
        : null,
      msg
    )
  }

  private async apply(code: string, button: HTMLButtonElement, msg: HTMLElement): Promise<void> {
    const cartId = this.getAttribute("cart-id") || (await resolveValue(getConfig().cartId)) || null
    const say = (text: string, ok: boolean) => {
      msg.textContent = text
      msg.className = ok ? "ok" : "error"
      msg.setAttribute("role", ok ? "status" : "alert")
    }
    if (!cartId) return say(this.t("noCart"), false)
    if (!this.emit("social-reward-apply", { code, cart_id: cartId })) return
    button.disabled = true
    try {
      const res = await addPromotion(this.sdk, cartId, code)
      say(this.t("applied"), true)
      this.emit("social-reward-applied", { code, cart_id: cartId, cart: res?.cart ?? null })
    } catch (e) {
      say(errorText((e as Error).message), false)
    } finally {
      button.disabled = false
    }
  }
}

define("social-rewards", SocialRewardsElement)

export { configure } from "./core/config"
