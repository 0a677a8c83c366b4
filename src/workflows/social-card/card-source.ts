import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CARD_FORMATS, type CardFormat } from "../../lib/card-formats"
import { SOCIAL_SETTINGS_MODULE } from "../../modules/social-settings"
import type SocialSettingsModuleService from "../../modules/social-settings/service"
import { describeCard, type CardShown } from "../../modules/social-card/lib/content"
import { sha256 } from "../../modules/social-card/lib/hash"
import { SizedLru } from "../../modules/social-card/lib/lru"
import type { RenderedCard } from "../../modules/social-card/lib/render"
import { renderOnPool } from "../../modules/social-card/lib/render-pool"
import { canonicalLocale } from "../../modules/social-card/lib/text"
import { canonicalTag, DEFAULT_LOCALE, offeredCurrency, offeredLocale, storeMarkets } from "../../lib/store-markets"
import { loadCardProduct } from "./card-product"

export type CardRequest = {
  product_id: string
  format: CardFormat
  variant_id?: string
  currency_code?: string
  locale?: string
}

export const DEFAULT_CARD_LOCALE = DEFAULT_LOCALE
const IMAGE_TIMEOUT_MS = 1500
const IMAGE_MAX_BYTES = 15 * 1024 * 1024

type Source = { bytes: Buffer; hash: string } | null
// Image bytes by URL for a minute: hashing them is part of every card request, and reading them
// again on each crawler hit would make the stable URL slow. A changed upload gets a new URL.
const images = new SizedLru<Source>(64 * 1024 * 1024, 60_000)
const logos = new SizedLru<Source>(8 * 1024 * 1024, 60_000)
function invalid(field: string, message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${field}: ${message}`)
}

/**
 * A File module key a card may read, or null: relative, without "." or ".." segments, backslashes
 * or control characters, and not one of the local provider's private files (`private-...`, kept
 * in another folder). A product image URL is admin data, but a crafted path must not make a
 * public card show a file from outside the public upload folder.
 */
export function safeFileKey(key: string): string | null {
  if (!key || key.length > 512 || key.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(key)) {
    return null
  }
  const segments = key.split("/")
  if (segments.some((s) => s === "" || s === "." || s === "..") || segments[0].startsWith("private-")) {
    return null
  }
  return key
}

/**
 * The File module keys a product image's URL path may stand for, most likely first: the local
 * provider serves `/static/<key>`; S3-style providers serve `/<key>` (a key may carry a prefix
 * folder, `products/shoe.png`) or, path-style, `/<bucket>/<key>`; a key without folders is the
 * last segment. Only safe keys (`safeFileKey`).
 */
export function fileKeyCandidates(path: string): string[] {
  let keys: string[]
  if (path.includes("/static/")) {
    keys = [path.slice(path.indexOf("/static/") + 8)]
  } else {
    const segments = path.split("/").filter(Boolean)
    keys = [segments.join("/"), segments.slice(1).join("/"), segments[segments.length - 1]]
  }
  return [...new Set(keys.map((k) => safeFileKey(k ?? "")).filter((k): k is string => !!k))]
}

/** Reads a stream up to `max` bytes; null when it is longer (it is destroyed, not read further). */
async function readCapped(stream: AsyncIterable<Buffer | Uint8Array> & { destroy?: () => void }, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    total += chunk.length
    if (total > max) {
      stream.destroy?.()
      return null
    }
    chunks.push(Buffer.from(chunk))
  }
  return Buffer.concat(chunks)
}

/** The file behind a key, through the File module, at most IMAGE_MAX_BYTES; null otherwise. */
async function readFileCapped(container: MedusaContainer, key: string): Promise<Buffer | null> {
  const file = container.resolve(Modules.FILE)
  const stream = await file.getDownloadStream(key).catch(() => null)
  if (!stream) {
    return null
  }
  return readCapped(stream, IMAGE_MAX_BYTES).catch(() => null)
}

/**
 * The bytes of an image on one of the `cardImageHosts` (a CDN the shop's images live on), over
 * https (http for a host listed with it, such as a test server): the declared length is checked
 * before the body is read, and the body is cut off past the cap whatever was declared.
 */
async function fetchCapped(url: URL, hosts: string[]): Promise<Buffer | null> {
  if (!/^https?:$/.test(url.protocol) || url.username || url.password) {
    return null
  }
  if (!hosts.some((h) => h.toLowerCase() === url.hostname.toLowerCase() || h.toLowerCase() === url.host.toLowerCase())) {
    return null
  }
  const res = await fetch(url, { signal: AbortSignal.timeout(IMAGE_TIMEOUT_MS), redirect: "error" })
  const declared = Number(res.headers.get("content-length") ?? NaN)
  if (!res.ok || !res.body || (Number.isFinite(declared) && declared > IMAGE_MAX_BYTES)) {
    await res.body?.cancel().catch(() => undefined)
    return null
  }
  return readCapped(res.body, IMAGE_MAX_BYTES)
}

/**
 * The bytes behind a product image URL, never from the open internet: a file the File module
 * stores (its key is read off the URL's path, `fileKeyCandidates`), a data URI, or a URL on a
 * host of the `cardImageHosts` option, with a short timeout and a size cap. Anything else is
 * null (fallback design).
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
      const data = url.slice(comma + 1)
      bytes = /;base64$/.test(url.slice(0, comma)) && data.length <= (IMAGE_MAX_BYTES * 4) / 3 + 4 ? Buffer.from(data, "base64") : null
    } else {
      const parsed = new URL(url)
      for (const key of fileKeyCandidates(decodeURIComponent(parsed.pathname))) {
        bytes = await readFileCapped(container, key)
        if (bytes) {
          break
        }
      }
      if (!bytes) {
        const hosts = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions().cardImageHosts
        bytes = await fetchCapped(parsed, hosts)
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

/**
 * Where a first request's time went, in ms (see `ensureCard`; the route sends them as
 * Server-Timing): `prepare` is everything read before the hash is known, of which `db` is the
 * product, prices and channels (`loadCardProduct`) and `photo` the image and logo bytes; `lookup`
 * the record of the hash; `render` the pool thread; `store` the File module write; `record` the
 * row.
 */
export type CardTimings = Partial<Record<"check" | "prepare" | "db" | "photo" | "lookup" | "render" | "store" | "record", number>>

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
 * 400 naming the parameter (a malformed locale, an unknown variant) and 404 for an unknown or
 * unpublished product. A well-formed locale or currency the store does not offer (`en-x-123`)
 * gets the default's card: it is part of the hash, so honouring any tag would let a stranger
 * make the server render and store without bound. `exact` (the cleanup job, re-deriving the hash
 * of a stored card) takes the locale and currency as given. `publicOnly` (the public route) also
 * answers 404 for a product sold in no public sales channel (see `publicSalesChannelIds`): a card
 * shows a price, and its URL needs no key. Reads only.
 */
export async function prepareCard(
  container: MedusaContainer,
  req: CardRequest,
  { exact = false, publicOnly = false, timings }: { exact?: boolean; publicOnly?: boolean; timings?: CardTimings } = {}
): Promise<PreparedCard> {
  if (!CARD_FORMATS[req.format]) {
    invalid("format", `must be one of ${Object.keys(CARD_FORMATS).join(", ")}`)
  }
  if (req.locale && !canonicalTag(req.locale)) {
    invalid("locale", "is not a known locale (use a BCP 47 tag such as en-US)")
  }
  // Both cached per process (markets for ten seconds, settings for `settingsCacheTtlSeconds`).
  const [markets, settings] = await Promise.all([
    storeMarkets(container),
    container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getEffectiveSettings(),
  ])
  const locale = exact
    ? req.locale ?? DEFAULT_CARD_LOCALE
    : canonicalLocale(offeredLocale(markets, req.locale) ?? DEFAULT_CARD_LOCALE) ?? DEFAULT_CARD_LOCALE
  const currency = exact ? (req.currency_code ?? markets.default_currency).toLowerCase() : offeredCurrency(markets, req.currency_code) ?? markets.default_currency

  // The market of the locale asked for (not of the default "en" the text falls back to): the
  // card shows the price the shopper there pays, as the share link's tags do.
  const { display, publicly_sold } = await loadCardProduct(
    container,
    { product_id: req.product_id, currency_code: currency, locale: req.locale, variant_id: req.variant_id },
    timings
  )
  if (!display || display.status !== "published" || (publicOnly && !publicly_sold)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.product_id} was not found`)
  }
  if (req.variant_id && display.variant?.id !== req.variant_id) {
    invalid("variant_id", "is not a variant of this product")
  }

  const t = performance.now()
  const [image, logo] = await Promise.all([
    readImage(container, display.thumbnail ?? display.images[0] ?? null),
    readLogo(container, settings.logo_file_id),
  ])
  if (timings) {
    timings.photo = performance.now() - t
  }
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

/**
 * Renders a prepared card on the render threads (pure CPU work: no database, no network). The
 * thread fits the photo and the logo itself and keeps them for the next formats of the product.
 */
export function renderPrepared(card: PreparedCard): Promise<RenderedCard> {
  return renderOnPool({
    format: card.request.format,
    shown: card.shown,
    image: card.image,
    imageHash: card.imageHash,
    logo: card.logo,
    logoHash: card.logoHash,
  })
}
