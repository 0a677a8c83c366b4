import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CARD_FORMATS, type CardFormat } from "../../../../../lib/card-formats"
import { cardsEnabled, type CardTimings } from "../../../../../workflows/social-card/card-source"
import { ensureCard } from "../../../../../workflows/social-card/ensure-card"
import { consumeRateLimit, RateLimitedError, sendRateLimited } from "../../../../utils/rate-limit"
import type { CardQuery } from "../../validators"

/**
 * GET /social/cards/:product_id/:format.(png|jpg): the stable card URL that share bundles, meta
 * tags and RSS link. It answers a 302 to the immutable URL named by the card's content hash,
 * rendering the card first when that content was never rendered. Only for a product sold in a
 * public sales channel (the store's default or a publishable key's): a card shows a price. That
 * check is part of the one read of the product (`loadCardProduct`).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const start = performance.now()
  // Settings are cached per process: no database read here on a warm server.
  if (!(await cardsEnabled(req.scope))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cards are switched off")
  }
  const match = /^([a-z-]+)\.(png|jpg)$/.exec(req.params.format)
  const format = match?.[1] as CardFormat | undefined
  if (!match || !format || !Object.prototype.hasOwnProperty.call(CARD_FORMATS, format) || CARD_FORMATS[format].type !== match[2]) {
    const names = Object.entries(CARD_FORMATS).map(([name, f]) => `${name}.${f.type}`)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: format: must be one of ${names.join(", ")}`)
  }
  const query = (req as unknown as { validatedQuery: CardQuery }).validatedQuery
  let hash: string
  const timings: CardTimings = { check: performance.now() - start }
  try {
    hash = await ensureCard(
      req.scope,
      {
        product_id: req.params.product_id,
        format,
        variant_id: query.variant_id,
        currency_code: query.currency_code,
        locale: query.locale,
      },
      // A card already rendered costs a lookup: only renders spend the caller's budget.
      { beforeRender: () => consumeRateLimit(req, "cardRender"), timings, publicOnly: true }
    )
  } catch (e) {
    if (e instanceof RateLimitedError) {
      return sendRateLimited(res, e)
    }
    throw e
  }
  // Where a first request's time went (browser devtools and bench/cards.js show it).
  res.set(
    "Server-Timing",
    Object.entries(timings)
      .map(([name, ms]) => `${name};dur=${ms.toFixed(1)}`)
      .join(", ")
  )
  // Relative on purpose: it stays right behind any proxy or public host name.
  res.set("Cache-Control", "public, max-age=60")
  res.redirect(302, `/social/cards/i/${hash}.${match[2]}`)
}
