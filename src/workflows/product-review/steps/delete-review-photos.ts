import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

/**
 * This step deletes a review's photos (or only `media_id`): the File module's files and the rows,
 * and clears `has_media` when none is left. It runs last in its workflows, after the status
 * change it follows, because a deleted file cannot be restored: there is no compensation.
 */
export const deleteReviewPhotosStep = createStep(
  "delete-review-photos",
  async (input: { review_id: string; media_id?: string | null }, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const media = await service.listReviewMedias({ review_id: input.review_id, ...(input.media_id ? { id: input.media_id } : {}) }, { select: ["id", "file_id"] })
    if (input.media_id && !media.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Photo "${input.media_id}" of review "${input.review_id}" not found`)
    }
    if (!media.length) return new StepResponse({ deleted: 0 })
    await container.resolve(Modules.FILE).deleteFiles(media.map((m) => m.file_id))
    await service.deleteReviewMedias(media.map((m) => m.id))
    const left = await service.listReviewMedias({ review_id: input.review_id }, { select: ["id"], take: 1 })
    if (!left.length) await service.updateProductReviews({ id: input.review_id, has_media: false })
    return new StepResponse({ deleted: media.length })
  }
)
