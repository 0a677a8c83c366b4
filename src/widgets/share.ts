import type { ShareBundle } from "./core/api"
import { define, h } from "./core/dom"
import { COMMON_ATTRIBUTES, copyText, SocialElement } from "./core/element"

const NETWORK_NAMES: Record<string, string> = {
  facebook: "Facebook",
  instagram: "Instagram",
  x: "X",
  pinterest: "Pinterest",
  whatsapp: "WhatsApp",
  linkedin: "LinkedIn",
  telegram: "Telegram",
  reddit: "Reddit",
  tiktok: "TikTok",
  email: "Email",
}

const CSS = `
.share{display:grid;gap:var(--social-gap,.75rem)}
.preview{width:var(--social-preview-width,100%);max-width:100%;height:auto;border-radius:var(--social-radius,6px);border:1px solid var(--social-color-border,#e5e7eb);display:block}
.networks{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:var(--social-gap,.5rem)}
.link{display:flex;gap:var(--social-gap,.5rem);align-items:center}
.link input{flex:1;min-width:0}
`

/**
 * `<social-share product-id="prod_...">`: the share bundle of a product: the device's share sheet
 * (Web Share, with the card image as a file where the device accepts files), a link per enabled
 * network, copy link, and the card as a preview. Links are made for the logged-in customer when
 * the request carries their session or token (they become the sharer), else anonymous.
 *
 * Events: `social-share` `{ network, url }` before a network or the share sheet opens;
 * `social-share-copy` `{ url }`; `social-error` `{ error }`.
 */
export class SocialShareElement extends SocialElement {
  static observedAttributes = [...COMMON_ATTRIBUTES, "product-id", "variant-id", "card", "no-preview"]
  bundle: ShareBundle | null = null
  private cardFile: File | null = null

  constructor() {
    super(CSS)
  }

  protected async load(isCurrent: () => boolean): Promise<void> {
    const productId = this.getAttribute("product-id")
    if (!productId) return
    this.showLoading()
    const { share } = (await this.api.share(productId, {
      currency_code: this.getAttribute("currency")?.toLowerCase() || undefined,
      locale: this.getAttribute("locale") || this.getAttribute("lang") || undefined,
      variant_id: this.getAttribute("variant-id") || undefined,
    })) as { share: ShareBundle }
    if (!isCurrent()) return
    this.bundle = share
    this.cardFile = null
    this.render(share)
    this.done()
    this.prefetchCard(share)
  }

  private render(share: ShareBundle): void {
    const format = this.getAttribute("card") || "og"
    const card = share.cards[format] ?? share.cards.og
    const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function"
    const linkId = `link-${share.product_id}`
    const url = share.web_share.url
    const input = h("input", { id: linkId, type: "text", readonly: true, value: url, part: "link-input" })
    this.show(
      h(
        "section",
        { class: "share", part: "container", "aria-label": this.t("share") },
        card && !this.hasAttribute("no-preview")
          ? h("img", {
              class: "preview",
              part: "preview",
              src: card.url,
              width: card.width,
              height: card.height,
              alt: this.t("cardPreview", { title: share.web_share.title }),
              loading: "lazy",
              decoding: "async",
            })
          : null,
        h(
          "ul",
          { class: "networks", part: "networks", role: "list" },
          canShare
            ? h("li", {}, h("button", { type: "button", class: "primary", part: "button native-share", onclick: () => this.nativeShare(share) }, this.t("shareDevice")))
            : null,
          share.links
            .filter((l) => l.intent_url)
            .map((l) =>
              h(
                "li",
                {},
                h(
                  "a",
                  {
                    class: "btn",
                    part: `network network-${l.network}`,
                    href: l.intent_url!,
                    target: l.network === "email" ? null : "_blank",
                    rel: "noopener noreferrer",
                    "data-network": l.network,
                    "aria-label": this.t("shareVia", { network: NETWORK_NAMES[l.network] ?? l.network }),
                    onclick: (e: MouseEvent) => {
                      if (!this.emit("social-share", { network: l.network, url: l.url })) e.preventDefault()
                    },
                  },
                  NETWORK_NAMES[l.network] ?? l.network
                )
              )
            )
        ),
        h(
          "div",
          { class: "link", part: "link" },
          h("label", { class: "sr", for: linkId }, this.t("copyLink")),
          input,
          h(
            "button",
            {
              type: "button",
              part: "button copy",
              onclick: async () => {
                const ok = await copyText(url)
                if (!ok) input.select()
                this.announce(ok ? this.t("copied") : this.t("copyFailed"))
                if (ok) this.emit("social-share-copy", { url })
              },
            },
            this.t("copyLink")
          )
        )
      )
    )
  }

  // The file is fetched ahead: the share sheet must open within the click's user activation,
  // which a download started on click can outlast.
  private async prefetchCard(share: ShareBundle): Promise<void> {
    if (typeof navigator === "undefined" || typeof navigator.canShare !== "function") return
    try {
      const res = await fetch(share.web_share.image.url)
      if (!res.ok) return
      const blob = await res.blob()
      const file = new File([blob], `${share.product_id}.${share.web_share.image.type || "png"}`, { type: blob.type || "image/png" })
      if (navigator.canShare({ files: [file] })) this.cardFile = file
    } catch {
      // No CORS on the card or offline: the share sheet gets the link without the image.
    }
  }

  private async nativeShare(share: ShareBundle): Promise<void> {
    const ws = share.web_share
    if (!this.emit("social-share", { network: "webshare", url: ws.url })) return
    const data: ShareData = { title: ws.title, text: ws.text, url: ws.url }
    if (this.cardFile) data.files = [this.cardFile]
    try {
      await navigator.share(data)
    } catch (e: any) {
      // AbortError: the person closed the sheet. Anything else: retry without the file.
      if (e?.name !== "AbortError" && data.files) await navigator.share({ title: ws.title, text: ws.text, url: ws.url }).catch(() => undefined)
    }
  }
}

define("social-share", SocialShareElement)

export { configure } from "./core/config"
