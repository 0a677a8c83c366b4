import { sdkFor, socialClient } from "./api"
import type { SocialClient } from "../../client"
import { getConfig, onConfigure, type SdkLike } from "./config"
import { adoptStyles, h, type Child } from "./dom"
import { BASE_CSS } from "./styles"
import { pickLocale, t, type MessageKey } from "../lib/i18n"

// During server rendering there is no HTMLElement: the classes still evaluate (extending a
// placeholder) and nothing is defined, so importing a widget file never throws.
export const Base = (typeof HTMLElement === "undefined" ? class {} : HTMLElement) as typeof HTMLElement

/** Attributes every widget reads. */
export const COMMON_ATTRIBUTES = ["locale", "lang", "backend-url", "publishable-key", "currency"]

/**
 * What the widgets share: an open shadow root with the adopted styles, a live region for status
 * messages, the language from `locale`/`lang`, the API client from attributes or `configure()`,
 * and a reload when an observed attribute or the configuration changes.
 */
export abstract class SocialElement extends Base {
  protected root: ShadowRoot
  protected status!: HTMLElement
  private unsubscribe: (() => void) | null = null
  private loadToken = 0
  private connected = false

  constructor(css: string) {
    super()
    this.root = this.attachShadow({ mode: "open" })
    adoptStyles(this.root, BASE_CSS + css)
  }

  private resolvedLocale: string | null = null

  /** The language, worked out once per load (a page of reviews asks for hundreds of words). */
  get locale(): string {
    if (!this.resolvedLocale) {
      const page = this.closest?.("[lang]")?.getAttribute("lang")
      this.resolvedLocale = pickLocale(this.getAttribute("locale"), this.getAttribute("lang"), getConfig().locale, page)
    }
    return this.resolvedLocale
  }

  protected t(key: MessageKey, vars?: Record<string, string | number>): string {
    return t(this.locale, key, vars)
  }

  /** The transport: the page's js-sdk, or fetch with this element's or the configured URL and key. */
  protected get sdk(): SdkLike {
    return sdkFor({ baseUrl: this.getAttribute("backend-url"), publishableKey: this.getAttribute("publishable-key") })
  }

  /** The typed client over that transport. */
  protected get api(): SocialClient["store"] {
    return socialClient(this.sdk).store
  }

  connectedCallback(): void {
    this.connected = true
    this.unsubscribe ??= onConfigure(() => this.refresh())
    this.refresh()
  }

  disconnectedCallback(): void {
    this.connected = false
    this.unsubscribe?.()
    this.unsubscribe = null
  }

  attributeChangedCallback(_name: string, oldValue: string | null, value: string | null): void {
    if (this.connected && oldValue !== value) this.refresh()
  }

  /** Loads again; an answer that arrives after a newer load started is dropped. */
  protected refresh(): void {
    this.resolvedLocale = null
    const token = ++this.loadToken
    this.load(() => token === this.loadToken).catch((e) => this.fail(e))
  }

  protected abstract load(isCurrent: () => boolean): Promise<void>

  /** Replaces the content; the live region stays the last child so announcements keep working. */
  protected show(...children: Child[]): void {
    this.root.replaceChildren()
    const status = h("div", { class: "sr", role: "status", "aria-live": "polite" })
    this.status = status
    for (const c of children.flat(Infinity as 1)) if (c != null && c !== false) this.root.append(c as Node | string)
    this.root.append(status)
  }

  protected showLoading(): void {
    this.setAttribute("aria-busy", "true")
    this.show(h("p", { class: "muted", part: "loading" }, this.t("loading")))
  }

  /** Content is on screen: `social-loaded` tells the page (and tests) it may look at it. */
  protected done(): void {
    this.removeAttribute("aria-busy")
    this.emit("social-loaded", {})
  }

  protected fail(e: unknown): void {
    this.removeAttribute("aria-busy")
    this.show(
      h("p", { class: "error", role: "alert", part: "error" }, this.t("loadFailed")),
      h("button", { type: "button", onclick: () => this.refresh(), part: "button" }, this.t("retry"))
    )
    this.emit("social-error", { error: e })
  }

  /** Tells screen readers (polite live region). */
  protected announce(text: string): void {
    if (this.status) this.status.textContent = text
  }

  protected emit(name: string, detail: unknown): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }))
  }
}

/** Copies text to the clipboard; false when the browser refuses (no permission, no API). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
