import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { CARD_FORMATS, type CardFormat } from "../../lib/card-formats"
import { loadProductDisplays } from "../../lib/product-display"
import { resolveMarket } from "../../lib/market"
import { SOCIAL_SETTINGS_MODULE } from "../../modules/social-settings"
import type SocialSettingsModuleService from "../../modules/social-settings/service"
import { describeCard, type CardShown } from "../../modules/social-card/lib/content"
import { sha256 } from "../../modules/social-card/lib/hash"
import { fitImage, fitLogo, type FittedImage } from "../../modules/social-card/lib/image"
import { SizedLru } from "../../modules/social-card/lib/lru"
import { renderCard, type RenderedCard } from "../../modules/social-card/lib/render"
import { LAYOUTS } from "../../modules/social-card/lib/templates"
import { canonicalLocale } from "../../modules/social-card/lib/text"

export type CardRequest = {
  product_id: string
  format: CardFormat
  variant_id?: string
  currency_code?: string
  locale?: string
}

export const DEFAULT_CARD_LOCALE = "en"
const IMAGE_TIMEOUT_MS = 1500
const IMAGE_MAX_BYTES = 15 * 1024 * 1024

type Source = { bytes: Buffer; hash: string } | null
// Image bytes by URL for a minute: hashing them is part of every card request, and reading them
// again on each crawler hit would make the stable URL slow. A changed upload gets a new URL.
const images = new SizedLru<Source>(64 * 1024 * 1024, 60_000)
const logos = new SizedLru<Source>(8 * 1024 * 1024, 60_000)
// Photos already fitted to a layout: a price or locale change, or another format of the same
// product, re-renders with the same photo, which then skips decoding and scaling it again. The
// pixels are raw (1 MB for og, 3.5 MB for story), so 32 MB holds every layout of a few products.
const fitted = new SizedLru<FittedImage | null>(32 * 1024 * 1024, 10 * 60_000)
// The shop's logo as the data URI every card embeds: one logo, fitted once.
const fittedLogos = new SizedLru<string | null>(2 * 1024 * 1024, 10 * 60_000)
const currencies: { value: { codes: Set<string>; default: string | null }; expiresAt: number } = {
  value: { codes: new Set(), default: null },
  expiresAt: 0,
}

function invalid(field: string, message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${field}: ${message}`)
}

function isLoopback(hostname: string) {
  const h = hostname.replace(/^\[|\]$/g, "").toLowerCase()
  return h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h)
}

/**
 * The File module keys a product image's URL path may stand for, most likely first: the local
 * provider serves `/static/<key>`; S3-style providers serve `/<key>` (a key may carry a prefix
 * folder, `products/shoe.png`) or, path-style, `/<bucket>/<key>`; a key without folders is the
 * last segment.
 */
export function fileKeyCandidates(path: string): string[] {
  if (path.includes("/static/")) {
    return [path.slice(path.indexOf("/static/") + 8)].filter(Boolean)
  }
  const segments = path.split("/").filter(Boolean)
  return [...new Set([segments.join("/"), segments.slice(1).join("/"), segments[segments.length - 1]])].filter(Boolean)
}

/**
 * The bytes behind a product image URL, without going to the internet: a file the File module
 * stores (its key is read off the URL's path, `fileKeyCandidates`),
 * a data URI, or a loopback URL with a short timeout. Anything else is null (fallback design).
 */
async function readImage(container: MedusaContainer, url: string | null): Promise<Source> {
  if (!url) {
    return null
  }
  const cached = images.get(url)
  if (cached !== undefined) {
    return cached
  }
  let bytes: Buffer | null = null
  try {
    if (url.startsWith("data:")) {
      const comma = url.indexOf(",")
      bytes = /;base64$/.test(url.slice(0, comma)) ? Buffer.from(url.slice(comma + 1), "base64") : null
    } else {
      const parsed = new URL(url)
      const file = container.resolve(Modules.FILE)
      for (const key of fileKeyCandidates(decodeURIComponent(parsed.pathname))) {
        bytes = await file.getAsBuffer(key).catch(() => null)
        if (bytes) {
          break
        }
      }
      if (!bytes && isLoopback(parsed.hostname) && /^https?:$/.test(parsed.protocol)) {
        const res = await fetch(parsed, { signal: AbortSignal.timeout(IMAGE_TIMEOUT_MS), redirect: "error" })
        const length = Number(res.headers.get("content-length") ?? 0)
        if (res.ok && length <= IMAGE_MAX_BYTES) {
          const body = Buffer.from(await res.arrayBuffer())
          bytes = body.length <= IMAGE_MAX_BYTES ? body : null
        }
      }
    }
  } catch {
    bytes = null
  }
  const source = bytes?.length ? { bytes, hash: sha256(bytes) } : null
  images.set(url, source, source?.bytes.length ?? 64)
  return source
}

async function readLogo(container: MedusaContainer, fileId: string | null): Promise<Source> {
  if (!fileId) {
    return null
  }
  const cached = logos.get(fileId)
  if (cached !== undefined) {
    return cached
  }
  const bytes = await container
    .resolve(Modules.FILE)
    .getAsBuffer(fileId)
    .catch(() => null)
  const source = bytes?.length ? { bytes, hash: sha256(bytes) } : null
  logos.set(fileId, source, source?.bytes.length ?? 64)
  return source
}

/** The store's currencies (lower case) and its default, cached for ten seconds. */
async function storeCurrencies(container: MedusaContainer) {
  if (currencies.expiresAt > Date.now()) {
    return currencies.value
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["supported_currencies.currency_code", "supported_currencies.is_default"],
  })
  const list = ((stores as any[])[0]?.supported_currencies ?? []) as { currency_code: string; is_default: boolean }[]
  currencies.value = {
    codes: new Set(list.map((c) => c.currency_code.toLowerCase())),
    default: (list.find((c) => c.is_default) ?? list[0])?.currency_code.toLowerCase() ?? null,
  }
  currencies.expiresAt = Date.now() + 10_000
  return currencies.value
}

export type PreparedCard = {
  hash: string
  request: Required<Pick<CardRequest, "product_id" | "format" | "currency_code" | "locale">> & { variant_id: string | null }
  shown: CardShown
  image: Buffer | null
  imageHash: string | null
  logo: Buffer | null
  logoHash: string | null
}

/** Whether the `cards` feature switch is on. */
export async function cardsEnabled(container: MedusaContainer) {
  const settings = await container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getEffectiveSettings()
  return settings.features.cards !== false
}

/**
 * Validates a card request and gathers everything the card shows, with its content hash. Throws
 * 400 naming the parameter (currency not sold by the store, unknown locale or variant) and 404
 * for an unknown or unpublished product. Reads only: rendering happens in the workflow.
 */
export async function prepareCard(container: MedusaContainer, req: CardRequest): Promise<PreparedCard> {
  if (!CARD_FORMATS[req.format]) {
    invalid("format", `must be one of ${Object.keys(CARD_FORMATS).join(", ")}`)
  }
  const locale = canonicalLocale(req.locale ?? DEFAULT_CARD_LOCALE)
  if (!locale) {
    invalid("locale", "is not a known locale (use a BCP 47 tag such as en-US)")
  }
  const store = await storeCurrencies(container)
  const currency = (req.currency_code ?? store.default ?? "").toLowerCase()
  if (!store.codes.has(currency)) {
    invalid("currency_code", `is not one of the store's currencies (${[...store.codes].join(", ") || "none"})`)
  }

  const settings = await container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getEffectiveSettings()
  // The market of the locale asked for (not of the default "en" the text falls back to): the
  // card shows the price the shopper there pays, as the share link's tags do.
  const market = await resolveMarket(container, currency, req.locale)
  const [display] = await loadProductDisplays(container, {
    ids: [req.product_id],
    currency_code: currency,
    variant_id: req.variant_id,
    market,
  })
  if (!display || display.status !== "published") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.product_id} was not found`)
  }
  if (req.variant_id && display.variant?.id !== req.variant_id) {
    invalid("variant_id", "is not a variant of this product")
  }

  const [image, logo] = await Promise.all([
    readImage(container, display.thumbnail ?? display.images[0] ?? null),
    readLogo(container, settings.logo_file_id),
  ])
  const { hash, shown } = describeCard({
    format: req.format,
    display,
    locale,
    currency_code: currency,
    brand: { name: settings.brand_name, colors: settings.brand_colors, logoHash: logo?.hash ?? null },
    imageHash: image?.hash ?? null,
  })
  return {
    hash,
    request: { product_id: display.id, format: req.format, variant_id: display.variant?.id ?? null, currency_code: currency, locale },
    shown,
    image: image?.bytes ?? null,
    imageHash: image?.hash ?? null,
    logo: logo?.bytes ?? null,
    logoHash: logo?.hash ?? null,
  }
}

/** Renders a prepared card (pure CPU work: no database, no network). */
export async function renderPrepared(card: PreparedCard): Promise<RenderedCard> {
  const layout = LAYOUTS[card.request.format]
  const key = card.imageHash && `${card.imageHash}:${layout.image.width}x${layout.image.height}`
  const cached = key ? fitted.get(key) : undefined
  // Not awaited here: renderCard lays the words out while the photo is being fitted.
  const image =
    cached !== undefined
      ? cached
      : fitImage(card.image, layout.image.width, layout.image.height).then((img) => {
          if (key) {
            fitted.set(key, img, img?.data.length ?? 64)
          }
          return img
        })
  let logo = card.logoHash ? fittedLogos.get(card.logoHash) : undefined
  if (logo === undefined) {
    logo = await fitLogo(card.logo, 128)
    if (card.logoHash) {
      fittedLogos.set(card.logoHash, logo, logo?.length ?? 64)
    }
  }
  return renderCard(card.request.format, { ...card.shown, image, logo })
}
