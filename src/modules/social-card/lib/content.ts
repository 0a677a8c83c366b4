import type { ProductDisplay } from "../../../lib/product-display"
import type { CardFormat } from "../../../lib/card-formats"
import { FONT_VERSION } from "./fonts"
import { cardHash, TEMPLATE_VERSION } from "./hash"
import type { CardContent } from "./templates"
import { availabilityText, cardText, priceText } from "./text"

export type CardBrand = {
  name: string
  colors: CardContent["colors"]
  /** sha256 of the logo bytes, or null without a logo. */
  logoHash: string | null
}

/**
 * What a card shows, from the product display and the settings, plus the content hash that names
 * it. Everything that changes a pixel goes into the hash; nothing else does (a product's
 * `updated_at` changing alone keeps the same card).
 */
export function describeCard(input: {
  format: CardFormat
  display: ProductDisplay
  locale: string
  currency_code: string
  brand: CardBrand
  imageHash: string | null
}) {
  const { display, locale, brand } = input
  const shown = {
    title: cardText(display.title),
    variantTitle: display.variant && (display.variant.title ?? "") !== "Default variant" ? cardText(display.variant.title) || null : null,
    price: priceText(display.price, locale),
    availability: display.availability,
    availabilityLabel: availabilityText(display.availability, locale),
    brandName: cardText(brand.name),
    colors: brand.colors,
  }
  const hash = cardHash({
    template: TEMPLATE_VERSION,
    fonts: FONT_VERSION,
    format: input.format,
    product_id: display.id,
    variant_id: display.variant?.id ?? null,
    currency_code: input.currency_code.toLowerCase(),
    locale,
    shown,
    logo: brand.logoHash,
    image: input.imageHash,
  })
  return { hash, shown }
}

export type CardShown = ReturnType<typeof describeCard>["shown"]
