import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

type Moved = { id: string; file_id: string; url: string; old_file_id: string }

/**
 * This step makes an approved review's photos public: each photo stored private while the review
 * waited is stored again as a public file and the private one deleted. Its compensation deletes
 * the public copies and points the rows back (the private files are deleted only once every
 * photo is copied, as the last thing the step does).
 */
export const publishReviewPhotosStep = createStep(
  "publish-review-photos",
  async (input: { review_id: string }, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const file = container.resolve(Modules.FILE)
    const pending = await service.listReviewMedias({ review_id: input.review_id, is_public: false })
    const moved: Moved[] = []
    try {
      for (const m of pending) {
        const bytes = await file.getAsBuffer(m.file_id)
        const [copy] = await file.createFiles([
          { filename: `review-${m.id}.jpg`, mimeType: m.mime_type, content: bytes.toString("base64"), access: "public" },
        ])
        moved.push({ id: m.id, file_id: copy.id, url: copy.url, old_file_id: m.file_id })
      }
      if (moved.length) {
        await service.updateReviewMedias(moved.map((m) => ({ id: m.id, file_id: m.file_id, url: m.url, is_public: true })))
      }
    } catch (e) {
      if (moved.length) await file.deleteFiles(moved.map((m) => m.file_id))
      throw e
    }
    if (moved.length) await file.deleteFiles(moved.map((m) => m.old_file_id)).catch(() => undefined)
    return new StepResponse({ published: moved.length }, null)
  }
)
