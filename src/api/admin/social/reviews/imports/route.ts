import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../modules/product-review/service"
import type { ImportFormat } from "../../../../../modules/product-review/lib/import-csv"
import { runReviewImport } from "../../../../../workflows/product-review/lib/import-runner"
import { ImportFileError, readImportBatches } from "../../../../../workflows/product-review/lib/import-rows"
import { DEFAULT_IMPORT_PHOTO_HOSTS } from "../../../../../workflows/product-review/lib/fetch-photo"
import { SocialEvents, type ReviewImportCreatedEvent } from "../../../../../lib/events"
import { uploadedCsv } from "../import-upload"
import { presentImport } from "../present"
import type { AdminListImportsQueryType, AdminReviewImportFieldsType } from "../validators"

const fileError = (e: unknown) =>
  e instanceof ImportFileError ? new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: file: ${e.message}`) : e

/**
 * Imports a reviews CSV (multipart: `file`, plus `format`, `dry_run`, `review_status`,
 * `photo_hosts`). A dry run reads and matches every row and answers each row's errors, writing
 * nothing. Otherwise the file is checked as CSV, stored (private) and imported by a workflow on
 * the worker; the answer (202) is the import, whose progress GET /imports/:id shows.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminReviewImportFieldsType>, res: MedusaResponse) {
  const fields = req.validatedBody
  const file = uploadedCsv(req)
  const service = req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const hosts = fields.photo_hosts ? fields.photo_hosts.split(/[\s,]+/).filter(Boolean) : DEFAULT_IMPORT_PHOTO_HOSTS
  if (fields.dry_run === "true") {
    const totals = await runReviewImport(req.scope, file.buffer, {
      import_id: null,
      format: fields.format,
      review_status: fields.review_status,
      photo_hosts: hosts,
      dry_run: true,
    }).catch((e) => Promise.reject(fileError(e)))
    res.json({
      dry_run: {
        format: totals.format,
        total_rows: totals.total_rows,
        valid_rows: totals.valid_rows,
        would_create: totals.created_count,
        existing_count: totals.existing_count,
        error_count: totals.error_count,
        errors: totals.errors,
      },
    })
    return
  }

  // Syntax and header first: a malformed file is a 400 before anything is stored.
  const o = service.getReviewOptions()
  let format: ImportFormat = "generic"
  let total = 0
  try {
    for await (const b of readImportBatches(file.buffer, {
      format: fields.format,
      limits: { titleMaxLength: o.titleMaxLength, bodyMaxLength: o.bodyMaxLength, maxPhotos: o.maxPhotos },
      batchSize: 10_000,
    })) {
      format = b.format
      total += b.records
    }
  } catch (e) {
    throw fileError(e)
  }
  const [stored] = await req.scope.resolve(Modules.FILE).createFiles([
    {
      filename: `review-import-${Date.now()}.csv`,
      mimeType: "text/csv",
      content: file.buffer.toString("base64"),
      access: "private",
    },
  ])
  const created = await service.createReviewImports({
    format,
    filename: file.originalname?.slice(0, 200) || null,
    file_id: stored.id,
    review_status: fields.review_status,
    photo_hosts: { hosts },
    total_rows: total,
    created_by: req.auth_context.actor_id,
  })
  await req.scope.resolve(Modules.EVENT_BUS).emit({ name: SocialEvents.REVIEW_IMPORT_CREATED, data: { id: created.id } satisfies ReviewImportCreatedEvent })
  res.status(202).json({ import: presentImport(created) })
}

/** The imports, newest first, with their progress. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as AdminListImportsQueryType
  const [imports, count] = await req.scope
    .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    .listAndCountReviewImports({}, { order: { created_at: "DESC", id: "DESC" }, skip: q.offset, take: q.limit })
  res.json({ imports: imports.map(presentImport), count, offset: q.offset, limit: q.limit })
}
