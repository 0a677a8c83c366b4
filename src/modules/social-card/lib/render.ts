import type Sharp from "sharp"
import { CARD_FORMATS, type CardFormat } from "../../../lib/card-formats"
import { loadSatori, loadSharp } from "../../../lib/imaging"
import { cardFonts } from "./fonts"
import type { FittedImage } from "./image"
import { cardTree, LAYOUTS, panelBox, type CardContent } from "./templates"

/** og-light is for WhatsApp and Telegram previews, which want a JPEG of about 300 KB or less. */
export const OG_LIGHT_MAX_BYTES = 300 * 1024
/**
 * The other JPEGs (Instagram's portrait, TikTok's photo) are uploaded to platforms that take far
 * more (8 MB, 20 MB): a budget that keeps a noisy photo at a good quality and still small.
 */
export const JPEG_MAX_BYTES = 1024 * 1024

/**
 * zlib level of the PNG cards. Level 3 measured as fast as 1 and 2 (zlib-ng) with smaller files;
 * 6 costs more time for a few percent (bench/cards.js, docs/cards.md).
 */
const PNG_COMPRESSION = 3

export type RenderedCard = { bytes: Buffer; mime: "image/png" | "image/jpeg"; width: number; height: number }

/**
 * One card-sized pixel buffer, reused: a card's pixels are needed only until they are encoded, and
 * a new 2–6 MB buffer per card would wait for V8's garbage collector before its memory is freed
 * (peak RSS in bench/cards.js). One spare is kept, the largest seen (a story's 6 MB); renders that
 * run at the same time allocate their own.
 */
const scratch = {
  spare: null as Buffer | null,
  take(size: number): Buffer {
    const spare = this.spare
    if (spare && spare.length >= size) {
      this.spare = null
      return spare
    }
    return Buffer.allocUnsafeSlow(size)
  },
  give(b: Buffer) {
    if (!this.spare || b.length > this.spare.length) {
      this.spare = b
    }
  },
}

type SatoriElement = Parameters<ReturnType<typeof loadSatori>>[0]

type Raw = { data: Buffer; info: { width: number; height: number; channels: 3 } }

/**
 * The card as SVG (satori draws text as paths, so the SVG needs no font at rasterising time). With
 * `only: "panel"`, the words panel alone (see `panelBox`), which is what renderCard rasterises when
 * the card has a photo.
 */
export async function cardSvg(format: CardFormat, content: CardContent, only: "card" | "panel" = "card"): Promise<string> {
  const { width, height } = only === "panel" ? panelBox(format) : CARD_FORMATS[format]
  // satori takes React elements; the templates build the same plain { type, props } objects
  // without React (templates.ts).
  const tree = cardTree(format, content, only) as unknown as SatoriElement
  return loadSatori()(tree, { width, height, fonts: cardFonts() })
}

/** Rasterises an SVG to opaque RGB pixels (every template paints its whole background). */
async function rasterise(svg: string): Promise<Raw> {
  const { data, info } = await loadSharp()(Buffer.from(svg), { density: 72 }).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  return { data, info: { width: info.width, height: info.height, channels: 3 } }
}

/**
 * Copies a box of RGB pixels into the card's pixels at (left, top). The card is the photo plus the
 * words panel, side by side (og) or one above the other (the others): plain copies, nothing to
 * blend, since both are opaque (sharp's composite measured 15–18 ms more CPU for the same picture).
 */
function place(card: Raw, box: { left: number; top: number; width: number; height: number }, pixels: Buffer) {
  const cardRow = card.info.width * 3
  const row = box.width * 3
  if (box.width === card.info.width) {
    pixels.copy(card.data, box.top * cardRow, 0, row * box.height)
    return
  }
  for (let y = 0; y < box.height; y++) {
    pixels.copy(card.data, (box.top + y) * cardRow + box.left * 3, y * row, (y + 1) * row)
  }
}

function placePhoto(format: CardFormat, card: Raw, image: FittedImage) {
  const L = LAYOUTS[format]
  if (image.width !== L.image.width || image.height !== L.image.height || image.channels !== 3) {
    throw new Error(`renderCard: the ${format} photo must be fitted to ${L.image.width}x${L.image.height} RGB`)
  }
  place(card, { left: 0, top: 0, ...L.image }, image.data)
}

/**
 * Renders one card to PNG or JPEG bytes. The rasteriser is sharp (librsvg): on these templates it
 * measured as fast as resvg or faster, and it runs off the event loop (bench/cards.js, docs/cards.md).
 */
export async function renderCard(format: CardFormat, content: CardContent): Promise<RenderedCard> {
  const { width, height, type } = CARD_FORMATS[format]
  if (!content.image) {
    return renderFallback(format, content)
  }
  const buffer = scratch.take(width * height * 3)
  const card: Raw = { data: buffer.subarray(0, width * height * 3), info: { width, height, channels: 3 } }
  try {
    // The words panel does not depend on the photo: satori lays it out on this thread and sharp
    // rasterises it while sharp fits the photo on another of libuv's threads. Each is copied into
    // the card as soon as it is there, so its own buffer is garbage at once (young, and freed by
    // the next scavenge: peak RSS). allSettled: the card's buffer goes back to the pool only once
    // nothing can write into it.
    const [photo, panel] = await Promise.allSettled([
      Promise.resolve(content.image).then((image) => image !== null && (placePhoto(format, card, image), true)),
      // The plain photo has no panel to draw.
      LAYOUTS[format].plain
        ? Promise.resolve()
        : cardSvg(format, content, "panel")
            .then(rasterise)
            .then((raw) => place(card, panelBox(format), raw.data)),
    ])
    for (const r of [photo, panel]) {
      if (r.status === "rejected") {
        throw r.reason
      }
    }
    if (!(photo as PromiseFulfilledResult<boolean>).value) {
      // Unreadable after all (rare): the panel drawn meanwhile is not used.
      return renderFallback(format, { ...content, image: null })
    }
    return { bytes: await encode(format, card), mime: type === "jpg" ? "image/jpeg" : "image/png", width, height }
  } finally {
    scratch.give(buffer)
  }
}

/** The card without a photo (none, or unreadable): the fallback design is all SVG. */
async function renderFallback(format: CardFormat, content: CardContent): Promise<RenderedCard> {
  const { width, height, type } = CARD_FORMATS[format]
  const svg = await cardSvg(format, { ...content, image: null })
  if (type === "jpg") {
    return { bytes: await encode(format, await rasterise(svg)), mime: "image/jpeg", width, height }
  }
  // One pipeline from SVG to PNG.
  const bytes = await png(loadSharp()(Buffer.from(svg), { density: 72 }).removeAlpha())
  return { bytes, mime: "image/png", width, height }
}

async function encode(format: CardFormat, raw: Raw): Promise<Buffer> {
  if (CARD_FORMATS[format].type === "png") {
    return png(loadSharp()(raw.data, { raw: raw.info }))
  }
  // Lower the quality until the card fits its budget; the first try nearly always does.
  const budget = format === "og-light" ? OG_LIGHT_MAX_BYTES : JPEG_MAX_BYTES
  let bytes = Buffer.alloc(0)
  for (const quality of [82, 72, 60, 45]) {
    bytes = await loadSharp()(raw.data, { raw: raw.info }).jpeg({ quality, mozjpeg: true }).toBuffer()
    if (bytes.length <= budget) {
      break
    }
  }
  return bytes
}

function png(pipeline: Sharp.Sharp): Promise<Buffer> {
  return pipeline.png({ compressionLevel: PNG_COMPRESSION }).toBuffer()
}
