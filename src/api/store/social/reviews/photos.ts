import { MedusaError } from "@medusajs/framework/utils"
import { randomBytes } from "crypto"
import type ProductReviewModuleService from "../../../../modules/product-review/service"
import { PhotoRejectedError, reencodePhoto } from "../../../../modules/product-review/lib/photos"
import type { ReviewPhotoInput } from "../../../../workflows/product-review/steps/upload-review-photos"

export type UploadedFile = { originalname: string; buffer: Buffer }

/**
 * Re-encodes uploaded review photos (lib/photos.ts: two at a time per process, each within the
 * pixel limit); a file that is not an acceptable image is a 400 naming it. Used by the store
 * review route and the review-request route.
 */
export async function decodeReviewPhotos(options: ReturnType<ProductReviewModuleService["getReviewOptions"]>, files: UploadedFile[]) {
  const photos: ReviewPhotoInput[] = await Promise.all(
    files.map(async (file, i) => {
      try {
        const encoded = await reencodePhoto(file.buffer, {
          maxBytes: options.maxPhotoBytes,
          maxDimension: options.photoMaxDimension,
          maxPixels: options.maxPhotoPixels,
        })
        return {
          // The customer's file name is not kept (it can carry personal data); a random one keeps
          // providers that key files by name and time (the local one) from overwriting a photo.
          filename: `review-${randomBytes(9).toString("base64url")}-${i + 1}.jpg`,
          content: encoded.buffer.toString("base64"),
          mime_type: encoded.mime_type,
          width: encoded.width,
          height: encoded.height,
          size: encoded.size,
        }
      } catch (e) {
        if (e instanceof PhotoRejectedError) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: photos.${i}: ${e.message}`)
        }
        throw e
      }
    })
  )
  return photos
}

