import satori from "satori"
import sharp from "sharp"
import { CARD_FORMATS, type CardFormat } from "../../../lib/card-formats"
import { cardFonts } from "./fonts"
import { cardTree, type CardContent } from "./templates"

// Each card is rasterised once and then stored: libvips' operation cache would only hold memory
// for reuse that never comes (measured in bench/cards.js, peak RSS).
sharp.cache(false)

/** og-light is for WhatsApp and Telegram previews, which want a JPEG of about 300 KB or less. */
export const OG_LIGHT_MAX_BYTES = 300 * 1024

export type RenderedCard = { bytes: Buffer; mime: "image/png" | "image/jpeg"; width: number; height: number }

/** The card as SVG (satori draws text as paths, so the SVG needs no font at rasterising time). */
export async function cardSvg(format: CardFormat, content: CardContent): Promise<string> {
  const { width, height } = CARD_FORMATS[format]
  return satori(cardTree(format, content) as any, { width, height, fonts: cardFonts() })
}

/**
 * Renders one card to PNG or JPEG bytes. The rasteriser is sharp (librsvg): on these templates it
 * measured faster than resvg (see bench/cards.js and docs/cards.md).
 */
export async function renderCard(format: CardFormat, content: CardContent): Promise<RenderedCard> {
  const { width, height, type } = CARD_FORMATS[format]
  const svg = await cardSvg(format, content)
  let raster = sharp(Buffer.from(svg), { density: 72 })
  if (content.image) {
    // The photo is opaque and sits in the box the template left empty, so compositing it after
    // the SVG is drawn (sharp composites last in its pipeline) gives the same picture.
    raster = raster.composite([{ input: content.image, left: 0, top: 0 }])
  }
  if (type === "jpg") {
    // Lower the quality until the card fits the WhatsApp budget; the first try nearly always does.
    let bytes = Buffer.alloc(0)
    const raw = await raster.flatten({ background: content.colors.background }).raw().toBuffer({ resolveWithObject: true })
    for (const quality of [82, 72, 60, 45]) {
      bytes = await sharp(raw.data, { raw: raw.info }).jpeg({ quality, mozjpeg: true }).toBuffer()
      if (bytes.length <= OG_LIGHT_MAX_BYTES) {
        break
      }
    }
    return { bytes, mime: "image/jpeg", width, height }
  }
  const bytes = await raster.png({ compressionLevel: 3 }).toBuffer()
  return { bytes, mime: "image/png", width, height }
}
