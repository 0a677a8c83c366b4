import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { randomBytes } from "crypto"
import type { Readable } from "stream"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import type { ImportedReviewInsert } from "../../../modules/product-review/service"
import type { ImportFormat, ImportRow, ImportRowError } from "../../../modules/product-review/lib/import-csv"
import { PhotoRejectedError } from "../../../modules/product-review/lib/photos"
import { concurrencyLimit } from "../../../modules/social-card/lib/lru"
import { entityIds } from "../../../lib/entity-ids"
import { fetchImportPhoto } from "./fetch-photo"
import { matchPurchases, productMatcher, readImportBatches } from "./import-rows"

/** Rows read, matched and written per transaction. */
export const IMPORT_BATCH_SIZE = 1000
/** Row errors kept on the import (and answered by a dry run); the counts are always complete. */
export const MAX_REPORTED_ERRORS = 1000
/** Photos fetched at a time by one import. */
const PHOTO_FETCHES = 4

export type ImportTotals = {
  format: ImportFormat
  total_rows: number
  valid_rows: number
  created_count: number
  existing_count: number
  error_count: number
  photo_count: number
  errors: ImportRowError[]
}

export type RunImportOptions = {
  import_id: string | null
  format: ImportFormat | "auto"
  /** "approved" publishes the imported reviews at once (a source's hidden ones wait). */
  review_status: "approved" | "pending"
  photo_hosts: string[]
  dry_run: boolean
  onProgress?: (t: ImportTotals) => Promise<void>
}

/**
 * Reads a reviews CSV and, unless it is a dry run, writes it: each batch is matched to products
 * (id, handle or SKU), checked against the import keys already taken, matched to paid orders by
 * the reviewer's email (verified only then), its photos fetched and stored, and written in one
 * transaction. A dry run does all the reading and matching and writes nothing (no photo is
 * fetched; their URLs and hosts are checked). Returns the totals and the first row errors.
 */
export async function runReviewImport(container: MedusaContainer, input: Readable | Buffer, o: RunImportOptions): Promise<ImportTotals> {
  const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const options = service.getReviewOptions()
  const totals: ImportTotals = {
    format: o.format === "auto" ? "generic" : o.format,
    total_rows: 0,
    valid_rows: 0,
    created_count: 0,
    existing_count: 0,
    error_count: 0,
    photo_count: 0,
    errors: [],
  }
  // Photo failures are listed but do not count as failed rows: the review is imported without it.
  const report = (errs: ImportRowError[], count = true) => {
    if (count) totals.error_count += new Set(errs.map((e) => e.row)).size
    for (const e of errs) if (totals.errors.length < MAX_REPORTED_ERRORS) totals.errors.push(e)
  }
  const seen = new Set<string>()
  const photoLimits = { maxBytes: options.maxPhotoBytes, maxDimension: options.photoMaxDimension, maxPixels: options.maxPhotoPixels }
  const slot = concurrencyLimit(PHOTO_FETCHES)
  const matchProducts = productMatcher(container)
  const limits = { titleMaxLength: options.titleMaxLength, bodyMaxLength: options.bodyMaxLength, maxPhotos: options.maxPhotos }

  for await (const batch of readImportBatches(input, { format: o.format, limits, batchSize: IMPORT_BATCH_SIZE })) {
    totals.format = batch.format
    totals.total_rows += batch.records
    const errors = [...batch.errors]
    const productOf = await matchProducts(batch.rows)
    const matched: { row: ImportRow; product_id: string }[] = []
    for (const row of batch.rows) {
      const product_id = productOf(row)
      if (!product_id) {
        const ref = row.product.id ?? row.product.handle ?? row.product.sku
        errors.push({ row: row.row, field: "product", message: `no product with the id, handle or SKU "${ref}"` })
        continue
      }
      for (const [i, url] of row.photo_urls.entries()) {
        const host = new URL(url).host
        if (!o.photo_hosts.includes(host) && !o.photo_hosts.includes(new URL(url).hostname)) {
          errors.push({ row: row.row, field: `photos.${i}`, message: `${host} is not an allowed photo host` })
        }
      }
      if (errors.length && errors[errors.length - 1].row === row.row) continue
      matched.push({ row, product_id })
    }
    report(errors)
    totals.valid_rows += matched.length

    const taken = await service.takenImportKeys(matched.map((m) => m.row.import_key))
    const fresh = matched.filter((m) => {
      // A key seen earlier in this file (the same review twice) counts as existing, as on re-import.
      if (taken.has(m.row.import_key) || seen.has(m.row.import_key)) return false
      seen.add(m.row.import_key)
      return true
    })
    totals.existing_count += matched.length - fresh.length
    if (o.dry_run) {
      totals.created_count += fresh.length
      continue
    }

    const purchases = await matchPurchases(container, fresh)
    const ids = entityIds("prev", fresh.length)
    const rows: ImportedReviewInsert[] = fresh.map(({ row, product_id }, i) => {
      const purchase = purchases.get(row.row)
      return {
        id: ids[i],
        product_id,
        customer_id: purchase?.customer_id ?? null,
        order_id: purchase?.order_id ?? null,
        order_line_item_id: purchase?.order_line_item_id ?? null,
        rating: row.rating,
        title: row.title,
        body: row.body,
        author_name: row.author_name,
        status: row.published ? o.review_status : "pending",
        verified_purchase: !!purchase,
        source: row.source,
        import_key: row.import_key,
        import_id: o.import_id!,
        created_at: row.created_at,
        reply: row.reply,
        media: [],
      }
    })
    const uploaded = await storePhotos(container, fresh, rows, photoLimits, o.photo_hosts, slot, report)
    const created = await service.insertImportedReviews(rows)
    // Rows that lost a race with a concurrent import of the same file: their photos go.
    const orphans = rows.filter((r) => created.get(r.import_key) !== r.id).flatMap((r) => r.media.map((m) => m.file_id))
    if (orphans.length) await container.resolve(Modules.FILE).deleteFiles(orphans)
    totals.created_count += created.size
    totals.existing_count += rows.length - created.size
    totals.photo_count += uploaded - orphans.length
    await o.onProgress?.(totals)
  }
  return totals
}

/**
 * Fetches, re-encodes and stores the photos of the new rows (public when the review is published
 * at once, private while it waits). A photo that fails is a row error; the review is imported
 * without it.
 */
async function storePhotos(
  container: MedusaContainer,
  fresh: { row: ImportRow }[],
  rows: ImportedReviewInsert[],
  limits: { maxBytes: number; maxDimension: number; maxPixels: number },
  hosts: string[],
  slot: ReturnType<typeof concurrencyLimit>,
  report: (errs: ImportRowError[], count?: boolean) => void
): Promise<number> {
  const jobs = fresh.flatMap(({ row }, i) => row.photo_urls.map((url, rank) => ({ url, rank, i, row: row.row })))
  if (!jobs.length) return 0
  const file = container.resolve(Modules.FILE)
  const errs: ImportRowError[] = []
  let stored = 0
  await Promise.all(
    jobs.map((job) =>
      slot(async () => {
        try {
          const photo = await fetchImportPhoto(job.url, hosts, limits)
          const target = rows[job.i]
          const isPublic = target.status === "approved"
          const [f] = await file.createFiles([
            {
              filename: `review-${randomBytes(9).toString("base64url")}-${job.rank + 1}.jpg`,
              mimeType: photo.mime_type,
              content: photo.buffer.toString("base64"),
              access: isPublic ? "public" : "private",
            },
          ])
          target.media.push({ file_id: f.id, url: f.url, mime_type: photo.mime_type, width: photo.width, height: photo.height, size: photo.size, rank: job.rank, is_public: isPublic })
          stored++
        } catch (e) {
          if (!(e instanceof PhotoRejectedError)) throw e
          errs.push({ row: job.row, field: `photos.${job.rank}`, message: `${e.message}; the review is imported without it` })
        }
      })
    )
  )
  for (const r of rows) r.media.sort((a, b) => a.rank - b.rank)
  report(errs, false)
  return stored
}
