import satori from "satori"
import sharp from "sharp"
import { CARD_FORMATS, type CardFormat } from "../../../lib/card-formats"
import { cardFonts } from "./fonts"
import type { FittedImage } from "./image"
import { cardTree, LAYOUTS, panelBox, type CardContent } from "./templates"

// Each card is rasterised once and then stored: libvips' operation cache would only hold memory
// for reuse that never comes (measured in bench/cards.js, peak RSS).
sharp.cache(false)

/** og-light is for WhatsApp and Telegram previews, which want a JPEG of about 300 KB or less. */
export const OG_LIGHT_MAX_BYTES = 300 * 1024

/**
 * zlib level of the PNG cards. Level 3 measured as fast as 1 and 2 (zlib-ng) with smaller files;
 * 6 costs more time for a few percent (bench/cards.js, docs/cards.md).
 */
const PNG_COMPRESSION = 3

export type RenderedCard = { bytes: Buffer; mime: "image/png" | "image/jpeg"; width: number; height: number }

type Raw = { data: Buffer; info: { width: number; height: number; channels: 3 } }

/**
 * The card as SVG (satori draws text as paths, so the SVG needs no font at rasterising time). With
 * `only: "panel"`, the words panel alone (see `panelBox`), which is what renderCard rasterises when
 * the card has a photo.
 */
export async function cardSvg(format: CardFormat, content: CardContent, only: "card" | "panel" = "card"): Promise<string> {
  const { width, height } = only === "panel" ? panelBox(format) : CARD_FORMATS[format]
  return satori(cardTree(format, content, only) as any, { width, height, fonts: cardFonts() })
}

/** Rasterises an SVG to opaque RGB pixels (every template paints its whole background). */
async function rasterise(svg: string): Promise<Raw> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 72 }).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  return { data, info: { width: info.width, height: info.height, channels: 3 } }
}

/**
 * The card's pixels: the photo's rows copied next to (og) or above (the others) the rasterised
 * words panel. A plain copy: the photo is opaque and the panel is the rest of the card, so there
 * is nothing to blend (sharp's composite measured 15–18 ms more CPU for the same picture).
 */
function assemble(format: CardFormat, image: FittedImage, panel: Raw): Raw {
  const { width, height } = CARD_FORMATS[format]
  const box = panelBox(format)
  const L = LAYOUTS[format]
  if (image.width !== L.image.width || image.height !== L.image.height || image.channels !== 3) {
    throw new Error(`renderCard: the ${format} photo must be fitted to ${L.image.width}x${L.image.height} RGB`)
  }
  const out = Buffer.allocUnsafe(width * height * 3)
  if (box.left === 0) {
    // Column layouts: the photo's rows, then the panel's, each one contiguous block.
    image.data.copy(out, 0, 0, image.width * image.height * 3)
    panel.data.copy(out, box.top * width * 3)
  } else {
    const photoRow = image.width * 3
    const panelRow = box.width * 3
    for (let y = 0; y < height; y++) {
      image.data.copy(out, y * width * 3, y * photoRow, (y + 1) * photoRow)
      panel.data.copy(out, y * width * 3 + photoRow, y * panelRow, (y + 1) * panelRow)
    }
  }
  return { data: out, info: { width, height, channels: 3 } }
}

/**
 * Renders one card to PNG or JPEG bytes. The rasteriser is sharp (librsvg): on these templates it
 * measured as fast as resvg or faster, and it runs off the event loop (bench/cards.js, docs/cards.md).
 */
export async function renderCard(format: CardFormat, content: CardContent): Promise<RenderedCard> {
  const { width, height, type } = CARD_FORMATS[format]
  // The words panel does not depend on the photo: satori lays it out on this thread while sharp
  // fits the photo on libuv's (both are CPU work, and the machine has more than one core).
  const [image, panelSvg] = content.image
    ? await Promise.all([content.image, cardSvg(format, content, "panel")])
    : [null, null]
  if (!image || !panelSvg) {
    return renderFallback(format, { ...content, image: null })
  }
  const raw = assemble(format, image, await rasterise(panelSvg))
  return { bytes: await encode(format, raw), mime: type === "jpg" ? "image/jpeg" : "image/png", width, height }
}

/** The card without a photo (none, or unreadable): the fallback design is all SVG. */
async function renderFallback(format: CardFormat, content: CardContent): Promise<RenderedCard> {
  const { width, height, type } = CARD_FORMATS[format]
  const svg = await cardSvg(format, content)
  if (type === "jpg") {
    return { bytes: await encode(format, await rasterise(svg)), mime: "image/jpeg", width, height }
  }
  // One pipeline from SVG to PNG.
  const bytes = await png(sharp(Buffer.from(svg), { density: 72 }).removeAlpha())
  return { bytes, mime: "image/png", width, height }
}

async function encode(format: CardFormat, raw: Raw): Promise<Buffer> {
  if (CARD_FORMATS[format].type === "png") {
    return png(sharp(raw.data, { raw: raw.info }))
  }
  // Lower the quality until the card fits the WhatsApp budget; the first try nearly always does.
  let bytes = Buffer.alloc(0)
  for (const quality of [82, 72, 60, 45]) {
    bytes = await sharp(raw.data, { raw: raw.info }).jpeg({ quality, mozjpeg: true }).toBuffer()
    if (bytes.length <= OG_LIGHT_MAX_BYTES) {
      break
    }
  }
  return bytes
}

function png(pipeline: sharp.Sharp): Promise<Buffer> {
  return pipeline.png({ compressionLevel: PNG_COMPRESSION }).toBuffer()
}
