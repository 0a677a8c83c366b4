import { loadSharp } from "../../../lib/imaging"
import { ACCEPTED_PHOTO_FORMATS } from "./vocabulary"
import { concurrencyLimit } from "../../social-card/lib/lru"

export type PhotoLimits = { maxBytes: number; maxDimension: number; maxPixels?: number }

/**
 * Decodes at a time in this process: a decoded photo takes width x height x 4 bytes of memory
 * (48 MB for a 12 MP photo), and a burst of uploads must not multiply that without bound.
 */
export const PHOTO_DECODE_CONCURRENCY = 2
const DEFAULT_MAX_PIXELS = 40_000_000

const decodeSlot = concurrencyLimit(PHOTO_DECODE_CONCURRENCY)

export type EncodedPhoto = { buffer: Buffer; width: number; height: number; size: number; mime_type: "image/jpeg" }

export class PhotoRejectedError extends Error {}

/**
 * Re-encodes an uploaded photo as a JPEG no larger than `maxDimension` on its long side. The
 * format is sniffed from the bytes (the declared type is not trusted); EXIF orientation is applied
 * and then every metadata block (EXIF with GPS position, XMP, IPTC, ICC) is dropped, because sharp
 * writes none unless asked to. Throws PhotoRejectedError with a message for the customer.
 */
export async function reencodePhoto(input: Buffer, limits: PhotoLimits): Promise<EncodedPhoto> {
  if (input.length > limits.maxBytes) {
    throw new PhotoRejectedError(`is larger than ${Math.floor(limits.maxBytes / 1024)} KB`)
  }
  const maxPixels = limits.maxPixels ?? DEFAULT_MAX_PIXELS
  let meta: { format?: string; width?: number; height?: number; pages?: number }
  try {
    // Reads the header only: no pixel is decoded here, so no pixel limit (the size is checked
    // just below, with a message that says it).
    meta = await loadSharp()(input, { limitInputPixels: false }).metadata()
  } catch {
    throw new PhotoRejectedError("is not an image")
  }
  const format = meta.format
  if (!format || !(ACCEPTED_PHOTO_FORMATS as readonly string[]).includes(format)) {
    throw new PhotoRejectedError(`must be one of ${ACCEPTED_PHOTO_FORMATS.join(", ")} (got ${format ?? "unknown"})`)
  }
  // A decompression bomb (a few KB of PNG standing for 20000 x 20000 pixels) is refused from its
  // header, before decoding; sharp's limitInputPixels below is the second guard.
  const pixels = (meta.width ?? 0) * (meta.height ?? 0)
  if (!pixels || pixels > maxPixels) {
    throw new PhotoRejectedError(
      `is ${meta.width ?? "?"}x${meta.height ?? "?"} pixels; at most ${Math.round(maxPixels / 1_000_000)} megapixels are taken`
    )
  }
  return decodeSlot(() => encode(input, limits, maxPixels))
}

async function encode(input: Buffer, limits: PhotoLimits, maxPixels: number): Promise<EncodedPhoto> {
  try {
    // The first frame only (an animated GIF or WebP is a photo here, not its frames stacked).
    const { data, info } = await loadSharp()(input, { limitInputPixels: maxPixels, pages: 1 })
      .rotate()
      .resize({ width: limits.maxDimension, height: limits.maxDimension, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      // Not mozjpeg: measured by `npm run bench -- reviews` on a 12 MP photo, it took 2.8 s
      // against 0.25 s for libjpeg-turbo, to save about 10% of the bytes.
      .jpeg({ quality: 85 })
      .toBuffer({ resolveWithObject: true })
    return { buffer: data, width: info.width, height: info.height, size: data.length, mime_type: "image/jpeg" }
  } catch {
    throw new PhotoRejectedError("could not be decoded")
  }
}
