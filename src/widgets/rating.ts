import type { ReviewList } from "./core/api"
import { define, h, stars } from "./core/dom"
import { COMMON_ATTRIBUTES, SocialElement } from "./core/element"
import { starFill } from "./lib/histogram"
import { formatAverage } from "./lib/money"

const CSS = `:host{display:inline-block}.rating{display:inline-flex;gap:.35em;align-items:center;color:inherit;text-decoration:none}`

/**
 * `<social-rating product-id="prod_...">`: the product's average as stars and its review count
 * (approved reviews only). With `href` it is a link (e.g. to the reviews section).
 */
export class SocialRatingElement extends SocialElement {
  static observedAttributes = [...COMMON_ATTRIBUTES, "product-id", "href"]

  constructor() {
    super(CSS)
  }

  protected async load(isCurrent: () => boolean): Promise<void> {
    const productId = this.getAttribute("product-id")
    if (!productId) return
    const { stats } = (await this.api.listReviews(productId, { limit: 1 })) as unknown as ReviewList
    if (!isCurrent()) return
    const count = stats.count
    const label = count
      ? `${this.t("ratingLabel", { average: formatAverage(stats.average ?? 0, this.locale) })}, ${this.t("reviewCount", { count })}`
      : this.t("noRating")
    const href = this.getAttribute("href")
    const content = [
      stars(starFill(stats.average)),
      h("span", { part: "count", class: "muted", "aria-hidden": "true" }, count ? `(${count})` : ""),
      h("span", { class: "sr" }, label),
    ]
    this.show(href ? h("a", { class: "rating", part: "container", href }, content) : h("span", { class: "rating", part: "container", role: "img", "aria-label": label }, content))
    this.done()
  }
}

define("social-rating", SocialRatingElement)

export { configure } from "./core/config"
