import { loadSharp } from "../../../lib/imaging"

/** A product photo fitted to a layout's image box: raw, opaque RGB pixels, row after row. */
export type FittedImage = { data: Buffer; width: number; height: number; channels: 3 }

/**
 * Crops and scales product image bytes to the box the template leaves for it (or, with
 * `contain`, scales the whole photo into it). The pixels stay raw:
 * `renderCard` copies them into the card, so no JPEG is encoded here and decoded again there
 * (bench/cards.js). Returns null for bytes sharp cannot read: the template then draws its
 * fallback design.
 */
export async function fitImage(bytes: Buffer | null, width: number, height: number, fit: "cover" | "contain" = "cover"): Promise<FittedImage | null> {
  if (!bytes?.length) {
    return null
  }
  try {
    const { data, info } = await loadSharp()(bytes, { failOn: "error", limitInputPixels: 50_000_000 })
      .rotate()
      // Centre crop: the "attention" strategy measured twice as slow (21 ms against 11 ms).
      // "contain" (the plain photo): the whole product, on white where the ratios differ.
      .resize(width, height, { fit, background: "#ffffff" })
      .flatten({ background: "#ffffff" })
      // Grey photos come out with one band; cards are RGB.
      .toColourspace("srgb")
      .raw({ depth: "uchar" })
      .toBuffer({ resolveWithObject: true })
    if (info.channels !== 3 || info.width !== width || info.height !== height) {
      return null
    }
    return { data, width, height, channels: 3 }
  } catch {
    return null
  }
}

/** A logo as a square PNG data URI (transparency kept), or null when unreadable. */
export async function fitLogo(bytes: Buffer | null, size: number): Promise<string | null> {
  if (!bytes?.length) {
    return null
  }
  try {
    const out = await loadSharp()(bytes, { failOn: "error", limitInputPixels: 20_000_000 })
      .resize(size, size, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer()
    return `data:image/png;base64,${out.toString("base64")}`
  } catch {
    return null
  }
}
