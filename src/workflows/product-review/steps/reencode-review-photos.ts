import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { randomBytes } from "crypto"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import { PhotoRejectedError, reencodePhoto } from "../../../modules/product-review/lib/photos"
import type { ReviewPhotoInput } from "./upload-review-photos"

/** A photo as the shopper sent it: base64 of the bytes (any accepted format). */
export type ReviewPhotoUpload = { content: string; filename?: string }

/**
 * This step re-encodes a review's photos to JPEG within the `reviews` limits (format sniffed,
 * pixels checked from the header before decoding, metadata such as GPS dropped; see
 * lib/photos.ts). A photo that is not an acceptable image is a 400 naming `photos.<i>`. Nothing
 * is stored here, so there is nothing to undo.
 */
export const reencodeReviewPhotosStep = createStep(
  "reencode-review-photos",
  async (photos: ReviewPhotoUpload[], { container }) => {
    const o = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).getReviewOptions()
    const encoded: ReviewPhotoInput[] = await Promise.all(
      photos.map(async (photo, i) => {
        try {
          const out = await reencodePhoto(Buffer.from(photo.content, "base64"), {
            maxBytes: o.maxPhotoBytes,
            maxDimension: o.photoMaxDimension,
            maxPixels: o.maxPhotoPixels,
          })
          return {
            // The shopper's file name is not kept (it can carry personal data); a random one keeps
            // providers that key files by name and time (the local one) from overwriting a photo.
            filename: `review-${randomBytes(9).toString("base64url")}-${i + 1}.jpg`,
            content: out.buffer.toString("base64"),
            mime_type: out.mime_type,
            width: out.width,
            height: out.height,
            size: out.size,
          }
        } catch (e) {
          if (e instanceof PhotoRejectedError) {
            throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: photos.${i}: ${e.message}`)
          }
          throw e
        }
      })
    )
    return new StepResponse(encoded)
  }
)
