import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cardsEnabled } from "../../../../../workflows/social-card/card-source"
import { cardBytes } from "../../../../../workflows/social-card/ensure-card"

/**
 * GET /social/cards/i/:hash.(png|jpg): a card's bytes under its content hash. The content never
 * changes for a hash, so it is cached for a year everywhere; old hashes stay served because a
 * social network that cached the URL must still find the image.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const match = /^([0-9a-f]{32})\.(png|jpg)$/.exec(req.params.file)
  if (!match || !(await cardsEnabled(req.scope))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Card not found")
  }
  const [, hash, ext] = match
  const etag = `"${hash}"`
  res.set("Cache-Control", "public, max-age=31536000, immutable")
  res.set("ETag", etag)
  const inm = req.headers["if-none-match"]
  if (inm && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) {
    res.status(304).end()
    return
  }
  const card = await cardBytes(req.scope, hash)
  if ((ext === "jpg") !== (card.mime === "image/jpeg")) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Card not found")
  }
  res.set("Content-Type", card.mime)
  res.set("Content-Length", String(card.bytes.length))
  res.status(200).end(card.bytes)
}
