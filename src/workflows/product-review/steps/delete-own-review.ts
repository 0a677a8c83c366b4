import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

/**
 * This step soft-deletes a customer's own review (another customer's answers 404) and returns
 * the File module ids of its photos, for `deleteReviewPhotoFilesStep`. Its compensation restores
 * the review.
 */
export const deleteOwnReviewStep = createStep(
  "delete-own-product-review",
  async (input: { id: string; customer_id: string }, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const [review] = await service.listProductReviews(
      { id: input.id, customer_id: input.customer_id },
      { take: 1, select: ["id", "product_id", "customer_id", "media.file_id"], relations: ["media"] }
    )
    if (!review) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review "${input.id}" not found`)
    }
    const file_ids = (review.media ?? []).map((m) => m.file_id).filter(Boolean)
    await service.softDeleteProductReviews(review.id)
    return new StepResponse(
      { id: review.id, product_id: review.product_id, customer_id: review.customer_id, deleted: true, file_ids },
      review.id
    )
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).restoreProductReviews(id)
  }
)

/**
 * This step deletes a deleted review's photo files from the File module, so a removed review
 * leaves no public image behind. It runs last: nothing after it can fail and ask for the files
 * back (a deleted file cannot be restored, so it has no compensation). A file already gone is
 * not an error.
 */
export const deleteReviewPhotoFilesStep = createStep("delete-product-review-photo-files", async (fileIds: string[], { container }) => {
  if (!fileIds.length) {
    return new StepResponse(0)
  }
  const files = container.resolve(Modules.FILE)
  let deleted = 0
  for (const id of fileIds) {
    try {
      await files.deleteFiles(id)
      deleted++
    } catch {
      // Already removed (or the provider lost it): nothing left to serve.
    }
  }
  return new StepResponse(deleted)
})
