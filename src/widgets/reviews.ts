import { fieldOf, SocialClientError, type Review, type ReviewList } from "./core/api"
import { define, h, nextId, stars } from "./core/dom"
import { COMMON_ATTRIBUTES, SocialElement } from "./core/element"
import { errorText } from "./lib/errors"
import { histogram, pageInfo, starFill } from "./lib/histogram"
import { formatAverage, formatDate } from "./lib/money"
import { visitorId } from "./lib/visitor"

const SORTS = ["newest", "most_helpful", "rating_desc", "rating_asc"] as const
const FIELDS = ["rating", "title", "body", "photos"] as const
type Field = (typeof FIELDS)[number]

const CSS = `
.summary{display:grid;grid-template-columns:auto 1fr;gap:1rem 2rem;align-items:start;margin-bottom:1rem}
.average{font-size:2.2em;font-weight:700;line-height:1}
.histogram{list-style:none;margin:0;padding:0;display:grid;gap:.25rem;min-width:12rem}
.histogram li{display:grid;grid-template-columns:4.5em 1fr 2.5em;gap:.5em;align-items:center;font-size:.9em}
.bar{height:.6em;border-radius:999px;background:var(--social-color-bar-track,#e5e7eb);overflow:hidden}
.bar>span{display:block;height:100%;width:var(--pct,0%);background:var(--social-color-bar,var(--social-color-star,#f59e0b))}
.toolbar{display:flex;flex-wrap:wrap;gap:.5rem 1rem;justify-content:space-between;align-items:center;margin:.5rem 0}
.list{list-style:none;margin:0;padding:0}
.review{border-top:1px solid var(--social-color-border,#e5e7eb);padding:1rem 0;display:grid;gap:.35rem}
.meta{font-size:.875em}
.badge{display:inline-block;font-size:.75em;padding:.1em .5em;border-radius:999px;background:var(--social-color-badge,#ecfdf5);color:var(--social-color-badge-text,#065f46)}
.photos{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;margin:0;padding:0}
.photos img{width:var(--social-photo-size,5rem);height:var(--social-photo-size,5rem);object-fit:cover;border-radius:var(--social-radius,6px)}
.reply{margin:.25rem 0 0 1rem;padding:.5rem .75rem;border-left:3px solid var(--social-color-primary,#111827);background:var(--social-color-reply,#f9fafb)}
.pager{display:flex;gap:.75rem;align-items:center;justify-content:center;margin-top:1rem}
form{display:grid;gap:.75rem;margin:1rem 0;padding:1rem;border:1px solid var(--social-color-border,#e5e7eb);border-radius:var(--social-radius,6px)}
fieldset{border:0;padding:0;margin:0}
.field{display:grid;gap:.25rem}
.choices{display:flex;flex-wrap:wrap;gap:.25rem .75rem}
p{margin:0}
`

/**
 * `<social-reviews product-id="prod_...">`: the product's approved reviews: the average and a
 * histogram, sorted and paged reviews with their photos, badges and the shop's reply, helpful
 * votes, and a "write a review" form (the server decides who may post: a verified buyer; its 400
 * is shown under the field it names, 401 asks to log in).
 *
 * Events: `social-review-submitted` `{ review }`, `social-review-helpful` `{ id, helpful_count }`,
 * `social-error` `{ error }`.
 */
export class SocialReviewsElement extends SocialElement {
  static observedAttributes = [...COMMON_ATTRIBUTES, "product-id", "page-size", "sort", "no-form", "login-url", "max-photos"]
  private sort = ""
  private offset = 0
  private data: ReviewList | null = null
  private formOpen = false
  private form: HTMLFormElement | null = null
  private voted = new Set<string>()

  constructor() {
    super(CSS)
  }

  private get pageSize(): number {
    const n = Number(this.getAttribute("page-size"))
    return Number.isInteger(n) && n >= 1 && n <= 50 ? n : 10
  }

  private get currentSort(): string {
    const s = this.sort || this.getAttribute("sort") || "newest"
    return (SORTS as readonly string[]).includes(s) ? s : "newest"
  }

  protected async load(isCurrent: () => boolean): Promise<void> {
    const productId = this.getAttribute("product-id")
    if (!productId) return
    if (!this.data) this.showLoading()
    const data = (await this.api.listReviews(productId, { limit: this.pageSize, offset: this.offset, sort: this.currentSort as (typeof SORTS)[number] })) as unknown as ReviewList
    if (!isCurrent()) return
    this.data = data
    this.render(data)
    this.done()
  }

  private render(data: ReviewList): void {
    const headingId = nextId("reviews")
    const { page, pages } = pageInfo(data.count, data.offset, data.limit)
    const focusList = this.root.activeElement?.getAttribute("data-pager") != null
    const list = h("ol", { class: "list", part: "list", "aria-labelledby": headingId }, data.reviews.map((r) => this.review(r)))
    this.show(
      h(
        "section",
        { part: "container", "aria-labelledby": headingId },
        h("h2", { id: headingId, part: "heading" }, this.t("reviews")),
        this.summary(data),
        this.hasAttribute("no-form") ? null : this.writeArea(),
        data.stats.count ? this.toolbar() : null,
        list,
        pages > 1
          ? h(
              "nav",
              { class: "pager", part: "pager", "aria-label": this.t("pageOf", { page, pages }) },
              h("button", { type: "button", part: "button", "data-pager": "", disabled: page <= 1, onclick: () => this.go(-1) }, this.t("previous")),
              h("span", { "aria-current": "page" }, this.t("pageOf", { page, pages })),
              h("button", { type: "button", part: "button", "data-pager": "", disabled: page >= pages, onclick: () => this.go(1) }, this.t("next"))
            )
          : null
      )
    )
    if (focusList) {
      list.setAttribute("tabindex", "-1")
      list.focus()
      this.announce(this.t("pageOf", { page, pages }))
    }
  }

  private summary(data: ReviewList): HTMLElement {
    const s = data.stats
    if (!s.count) return h("p", { class: "muted", part: "empty" }, this.t("noRating"))
    const avg = formatAverage(s.average ?? 0, this.locale)
    return h(
      "div",
      { class: "summary", part: "summary" },
      h(
        "div",
        {},
        h("div", { class: "average", part: "average", "aria-hidden": "true" }, avg),
        stars(starFill(s.average)),
        h("p", { class: "muted" }, h("span", { class: "sr" }, this.t("ratingLabel", { average: avg }), ". "), this.t("basedOn", { count: s.count }))
      ),
      h(
        "ul",
        { class: "histogram", part: "histogram", role: "list" },
        histogram(s).map((row) => {
          const fill = h("span", { part: "bar-fill" })
          fill.style.setProperty("--pct", `${row.percent}%`) // CSSOM: allowed under a strict CSP
          return h(
            "li",
            { part: "histogram-row" },
            h("span", { class: "sr" }, this.t("histogramRow", { stars: row.stars, count: row.count, percent: row.percent })),
            h("span", { "aria-hidden": "true" }, row.stars === 1 ? this.t("starsRowOne") : this.t("starsRow", { stars: row.stars })),
            h("span", { class: "bar", part: "bar", "aria-hidden": "true" }, fill),
            h("span", { class: "muted", "aria-hidden": "true" }, String(row.count))
          )
        })
      )
    )
  }

  private toolbar(): HTMLElement {
    const id = nextId("sort")
    return h(
      "div",
      { class: "toolbar", part: "toolbar" },
      h(
        "span",
        { class: "row" },
        h("label", { for: id }, this.t("sortBy")),
        h(
          "select",
          {
            id,
            part: "sort",
            onchange: (e: Event) => {
              this.sort = (e.target as HTMLSelectElement).value
              this.offset = 0
              this.refresh()
            },
          },
          SORTS.map((s) => h("option", { value: s, selected: s === this.currentSort }, this.t(`sort_${s}`)))
        )
      )
    )
  }

  private review(r: Review): HTMLElement {
    const author = r.author_name || this.t("anonymous")
    const voted = this.voted.has(r.id)
    return h(
      "li",
      { class: "review", part: "review" },
      h("article", { "aria-label": `${r.title} – ${author}` },
        h("div", { class: "row" }, stars(starFill(r.rating)), h("span", { class: "sr" }, this.t("starN", { stars: r.rating })), h("h3", { part: "review-title" }, r.title)),
        h(
          "p",
          { class: "meta muted row" },
          h("span", { part: "author" }, author),
          h("time", { datetime: r.created_at }, formatDate(r.created_at, this.locale)),
          r.verified_purchase ? h("span", { class: "badge", part: "badge verified" }, this.t("verified")) : null,
          r.incentivized ? h("span", { class: "badge", part: "badge incentivized" }, this.t("incentivized")) : null
        ),
        h("p", { part: "review-body" }, r.body),
        r.media.length
          ? h(
              "ul",
              { class: "photos", part: "photos", role: "list" },
              r.media.map((m, i) =>
                h(
                  "li",
                  {},
                  h(
                    "a",
                    { href: m.url, target: "_blank", rel: "noopener" },
                    h("img", { src: m.url, width: m.width, height: m.height, loading: "lazy", decoding: "async", part: "photo", alt: this.t("photoOf", { index: i + 1, author }) })
                  )
                )
              )
            )
          : null,
        r.response ? h("div", { class: "reply", part: "reply" }, h("p", {}, h("strong", {}, this.t("merchantReply"))), h("p", {}, r.response.body)) : null,
        h(
          "div",
          {},
          h(
            "button",
            {
              type: "button",
              part: "button helpful",
              "aria-pressed": voted ? "true" : "false",
              disabled: voted,
              onclick: (e: Event) => this.helpful(r, e.currentTarget as HTMLButtonElement),
            },
            this.t("helpful", { count: r.helpful_count })
          )
        )
      )
    )
  }

  private async helpful(r: Review, button: HTMLButtonElement): Promise<void> {
    button.disabled = true
    try {
      const res = (await this.api.markHelpful(r.id, { visitor_id: visitorId(true) ?? undefined })) as { helpful_count: number }
      r.helpful_count = res.helpful_count
      this.voted.add(r.id)
      button.textContent = this.t("helpful", { count: res.helpful_count })
      button.setAttribute("aria-pressed", "true")
      this.announce(this.t("helpfulDone"))
      this.emit("social-review-helpful", { id: r.id, helpful_count: res.helpful_count })
    } catch (e) {
      button.disabled = false
      this.announce(errorText((e as Error).message))
    }
  }

  private go(step: number): void {
    if (!this.data) return
    this.offset = Math.max(0, this.offset + step * this.pageSize)
    this.refresh()
  }

  private writeArea(): HTMLElement {
    const formId = nextId("write")
    const toggle = h(
      "button",
      {
        type: "button",
        part: "button write",
        "aria-expanded": this.formOpen ? "true" : "false",
        "aria-controls": formId,
        onclick: () => {
          this.formOpen = !this.formOpen
          toggle.setAttribute("aria-expanded", String(this.formOpen))
          form.hidden = !this.formOpen
          if (this.formOpen) (form.querySelector("input") as HTMLInputElement | null)?.focus()
        },
      },
      this.t("writeReview")
    )
    // The form is kept across reloads (sort, paging) so nothing typed is lost.
    const form = this.form ?? this.buildForm()
    this.form = form
    form.id = formId
    form.hidden = !this.formOpen
    return h("div", { part: "write-area" }, toggle, form)
  }

  private buildForm(): HTMLFormElement {
    const ids = Object.fromEntries(FIELDS.map((f) => [f, nextId(f)])) as Record<Field, string>
    const err = (f: Field) => h("p", { id: `${ids[f]}-error`, class: "error", part: "field-error", "data-error": f })
    const general = h("p", { class: "error", role: "alert", part: "form-error", "data-error": "_" })
    const submit = h("button", { type: "submit", class: "primary", part: "button submit" }, this.t("submit"))
    const form = h(
      "form",
      { part: "form", novalidate: true, "aria-label": this.t("writeReview") },
      h(
        "fieldset",
        { "aria-describedby": `${ids.rating}-error`, "data-field": "rating" },
        h("legend", {}, this.t("rating")),
        h(
          "div",
          { class: "choices" },
          [5, 4, 3, 2, 1].map((n) =>
            h("label", {}, h("input", { type: "radio", name: "rating", value: n, part: "rating-input" }), ` ${this.t("starN", { stars: n })}`)
          )
        ),
        err("rating")
      ),
      h("div", { class: "field" }, h("label", { for: ids.title }, this.t("title")),
        h("input", { id: ids.title, name: "title", type: "text", maxlength: 120, part: "input", "aria-describedby": `${ids.title}-error`, "data-field": "title" }), err("title")),
      h("div", { class: "field" }, h("label", { for: ids.body }, this.t("body")),
        h("textarea", { id: ids.body, name: "body", rows: 5, part: "textarea", "aria-describedby": `${ids.body}-error`, "data-field": "body" }), err("body")),
      h("div", { class: "field" }, h("label", { for: ids.photos }, this.t("photos")),
        h("input", { id: ids.photos, name: "photos", type: "file", multiple: true, accept: "image/jpeg,image/png,image/webp,image/heic,image/heif,image/avif", part: "file", "aria-describedby": `${ids.photos}-hint ${ids.photos}-error`, "data-field": "photos" }),
        h("p", { id: `${ids.photos}-hint`, class: "muted" }, this.t("photosHint", { max: Number(this.getAttribute("max-photos")) || 5 })), err("photos")),
      general,
      h("div", { class: "row" }, submit)
    )
    form.addEventListener("submit", (e) => {
      e.preventDefault()
      this.submit(form, submit)
    })
    return form
  }

  private setErrors(form: HTMLFormElement, errors: Partial<Record<Field | "_", string>>): void {
    for (const el of form.querySelectorAll<HTMLElement>("[data-error]")) el.textContent = errors[el.dataset.error as Field] ?? ""
    for (const el of form.querySelectorAll<HTMLElement>("[data-field]")) {
      const bad = Boolean(errors[el.dataset.field as Field])
      const target = el.tagName === "FIELDSET" ? el.querySelectorAll("input") : [el]
      for (const t of target) t.setAttribute("aria-invalid", String(bad))
    }
    const first = FIELDS.find((f) => errors[f])
    if (first) (form.querySelector(`[data-field=${first}]`)?.querySelector("input") ?? form.querySelector<HTMLElement>(`[data-field=${first}]`))?.focus()
  }

  private async submit(form: HTMLFormElement, button: HTMLButtonElement): Promise<void> {
    const fd = new FormData(form)
    const errors: Partial<Record<Field | "_", string>> = {}
    if (!fd.get("rating")) errors.rating = this.t("required")
    if (!String(fd.get("title") ?? "").trim()) errors.title = this.t("required")
    if (!String(fd.get("body") ?? "").trim()) errors.body = this.t("required")
    this.setErrors(form, errors)
    if (Object.keys(errors).length) return
    const photos = fd.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0)
    button.disabled = true
    button.textContent = this.t("submitting")
    try {
      const { review } = (await this.api.createReview({
        product_id: this.getAttribute("product-id")!,
        rating: Number(fd.get("rating")),
        title: String(fd.get("title")).trim(),
        body: String(fd.get("body")).trim(),
        ...(photos.length ? { photos } : {}),
      })) as { review: Review & { status: string } }
      form.reset()
      this.form = null
      this.formOpen = false
      const message = review.status === "approved" ? this.t("reviewPublished") : this.t("reviewThanks")
      this.emit("social-review-submitted", { review })
      this.offset = 0
      await this.load(() => true)
      const note = h("p", { class: "ok", role: "status", part: "success" }, message)
      this.root.querySelector("[part=write-area]")?.prepend(note)
      note.setAttribute("tabindex", "-1")
      note.focus()
    } catch (e) {
      const err = e instanceof SocialClientError ? e : new SocialClientError(String((e as Error)?.message ?? e), 0)
      const named = fieldOf(err)
      const field = named && (FIELDS as readonly string[]).includes(named) ? (named as Field) : null
      const login = this.getAttribute("login-url")
      if (err.status === 401) {
        this.setErrors(form, { _: login ? "" : this.t("loginToReview") })
        if (login) form.querySelector("[data-error=_]")?.append(h("a", { href: login, part: "login-link" }, this.t("loginToReview")))
      } else this.setErrors(form, field ? { [field]: errorText(err.message) } : { _: errorText(err.message) })
    } finally {
      button.disabled = false
      button.textContent = this.t("submit")
    }
  }
}

define("social-reviews", SocialReviewsElement)

export { configure } from "./core/config"
