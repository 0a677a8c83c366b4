import { SocialClientError, type Referral } from "./core/api"
import { define, h, nextId } from "./core/dom"
import { COMMON_ATTRIBUTES, copyText, SocialElement } from "./core/element"
import { errorText } from "./lib/errors"

const CSS = `
section{display:grid;gap:.75rem}
.code{font-family:var(--social-font-mono,ui-monospace,monospace);font-size:1.25em;font-weight:700;letter-spacing:.05em}
.field{display:grid;gap:.25rem}
form{display:grid;gap:.5rem;border-top:1px solid var(--social-color-border,#e5e7eb);padding-top:.75rem}
p{margin:0}
`

/**
 * `<social-referral>`: the logged-in customer's referral code and link (copy, share) with how
 * many friends joined, and a form to claim a friend's code. Signed out (401) it shows
 * `login-url` as a link, or a message.
 *
 * Events: `social-referral-copy` `{ what, value }`, `social-referral-claimed` `{ referral }`.
 */
export class SocialReferralElement extends SocialElement {
  static observedAttributes = [...COMMON_ATTRIBUTES, "login-url", "no-claim"]

  constructor() {
    super(CSS)
  }

  protected async load(isCurrent: () => boolean): Promise<void> {
    this.showLoading()
    let referral: Referral
    try {
      referral = (await this.api.myReferral()).referral
    } catch (e) {
      if (!isCurrent()) return
      if (e instanceof SocialClientError && e.status === 401) return this.signedOut()
      throw e
    }
    if (!isCurrent()) return
    this.render(referral)
    this.done()
  }

  private signedOut(): void {
    const login = this.getAttribute("login-url")
    this.show(h("p", { part: "signed-out" }, login ? h("a", { href: login }, this.t("loginForReferral")) : this.t("loginForReferral")))
    this.done()
  }

  private copyButton(what: "code" | "link", value: string): HTMLElement {
    return h(
      "button",
      {
        type: "button",
        part: `button copy-${what}`,
        onclick: async () => {
          const ok = await copyText(value)
          this.announce(ok ? this.t(what === "code" ? "codeCopied" : "copied") : this.t("copyFailed"))
          if (ok) this.emit("social-referral-copy", { what, value })
        },
      },
      this.t(what === "code" ? "copyCode" : "copyLink")
    )
  }

  private render(r: Referral): void {
    const linkId = nextId("ref-link")
    const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function"
    this.show(
      h(
        "section",
        { part: "container", "aria-label": this.t("referral") },
        h("h2", { part: "heading" }, this.t("referral")),
        h("div", { class: "row" }, h("span", { class: "muted" }, this.t("yourCode")), h("span", { class: "code", part: "code" }, r.code), this.copyButton("code", r.code)),
        h(
          "div",
          { class: "field" },
          h("label", { for: linkId, class: "muted" }, this.t("yourLink")),
          h(
            "div",
            { class: "row" },
            h("input", { id: linkId, type: "text", readonly: true, value: r.link, part: "link-input", size: 32 }),
            this.copyButton("link", r.link),
            canShare
              ? h("button", { type: "button", class: "primary", part: "button native-share", onclick: () => navigator.share({ url: r.link, text: r.code }).catch(() => undefined) }, this.t("share"))
              : null
          )
        ),
        h(
          "p",
          { class: "muted", part: "friends" },
          this.t("friendsJoined", { count: r.friends_joined }),
          r.friends_pending ? ` · ${this.t("friendsPending", { count: r.friends_pending })}` : ""
        ),
        this.hasAttribute("no-claim") ? null : this.claimForm()
      )
    )
  }

  private claimForm(): HTMLElement {
    const id = nextId("claim")
    const input = h("input", { id, name: "code", type: "text", autocomplete: "off", part: "input", "aria-describedby": `${id}-msg`, required: true })
    const msg = h("p", { id: `${id}-msg`, part: "claim-message" })
    const button = h("button", { type: "submit", part: "button claim" }, this.t("claim"))
    const form = h("form", { part: "claim-form", novalidate: true }, h("label", { for: id }, this.t("claimTitle")), h("div", { class: "row" }, input, button), msg)
    form.addEventListener("submit", async (e) => {
      e.preventDefault()
      const code = input.value.trim()
      const setMsg = (text: string, ok: boolean) => {
        msg.textContent = text
        msg.className = ok ? "ok" : "error"
        msg.setAttribute("role", ok ? "status" : "alert")
        input.setAttribute("aria-invalid", String(!ok))
      }
      if (!code) return (setMsg(this.t("required"), false), input.focus())
      button.disabled = true
      try {
        const { referral } = await this.api.claimReferral({ code })
        setMsg(this.t("claimed"), true)
        input.value = ""
        this.emit("social-referral-claimed", { referral })
      } catch (err) {
        setMsg(errorText((err as Error).message), false)
        input.focus()
      } finally {
        button.disabled = false
      }
    })
    return form
  }
}

define("social-referral", SocialReferralElement)

export { configure } from "./core/config"
