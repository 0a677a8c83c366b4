import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import type { ImportFormat } from "../../../modules/product-review/lib/import-csv"
import { runReviewImport, type ImportTotals } from "../lib/import-runner"
import { ImportFileError } from "../lib/import-rows"

const progressOf = (t: ImportTotals) => ({
  total_rows: t.total_rows,
  processed_rows: t.total_rows,
  created_count: t.created_count,
  existing_count: t.existing_count,
  error_count: t.error_count,
  photo_count: t.photo_count,
  // JSON columns hold objects: the list goes under a key.
  errors: { rows: t.errors },
})

/**
 * This step reads the import's CSV from the File module and writes its reviews a batch at a time
 * (see `runReviewImport`), saving the progress on the import after each batch for the admin page.
 * Its compensation deletes every review (and photo file) the import wrote, so a failed import
 * leaves nothing half-written; the import row then says "failed".
 */
export const importReviewRowsStep = createStep(
  "import-review-rows",
  async (input: { import_id: string }, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const imp = await service.retrieveReviewImport(input.import_id)
    if (imp.status === "completed") {
      // A second delivery of the start event: the import is done, nothing is read again.
      return new StepResponse({ ...imp, already_done: true }, null)
    }
    await service.updateReviewImports({ id: imp.id, status: "running", started_at: new Date() })
    const stream = await container.resolve(Modules.FILE).getDownloadStream(imp.file_id)
    try {
      const totals = await runReviewImport(container, stream, {
        import_id: imp.id,
        format: imp.format as ImportFormat,
        review_status: imp.review_status as "approved" | "pending",
        photo_hosts: ((imp.photo_hosts as { hosts?: string[] } | null)?.hosts) ?? [],
        dry_run: false,
        onProgress: async (t) => {
          await service.updateReviewImports({ id: imp.id, ...progressOf(t) })
        },
      })
      const done = await service.updateReviewImports({
        id: imp.id,
        ...progressOf(totals),
        status: "completed",
        finished_at: new Date(),
      })
      return new StepResponse({ ...done, already_done: false }, imp.id)
    } catch (e) {
      if (e instanceof ImportFileError) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: file: ${e.message}`)
      }
      throw e
    }
  },
  async (importId, { container }) => {
    if (!importId) return
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const files = await service.deleteImportedReviews(importId)
    if (files.length) await container.resolve(Modules.FILE).deleteFiles(files)
  }
)
