import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parse } from "csv-parse"
import type { Readable } from "stream"
import {
  detectFormat,
  mapRecord,
  missingColumns,
  normalizeHeader,
  type ImportFormat,
  type ImportRow,
  type ImportRowError,
  type MapLimits,
} from "../../../modules/product-review/lib/import-csv"
import { findPurchase } from "../../../modules/product-review/lib/verification"

/** A file that cannot be read as a whole (bad CSV, missing columns): a 400 naming `file`. */
export class ImportFileError extends Error {}

/**
 * The CSV records of a file, a batch at a time, mapped to ImportRows or row errors. csv-parse
 * reads the stream as it comes (a 20 MB file is never one string), and a syntax error (an
 * unclosed quote, a stray quote in a field) stops the import with the line it happened on.
 */
export async function* readImportBatches(
  input: Readable | Buffer,
  opts: { format: ImportFormat | "auto"; limits: MapLimits; batchSize: number }
): AsyncGenerator<{ format: ImportFormat; rows: ImportRow[]; errors: ImportRowError[]; records: number }> {
  let format: ImportFormat | null = opts.format === "auto" ? null : opts.format
  const parser = parse({
    bom: true,
    columns: (header: string[]) => {
      format ??= detectFormat(header)
      const missing = missingColumns(format, header)
      if (missing.length) {
        throw new ImportFileError(`the ${format} format needs the columns ${missing.join(", ")}`)
      }
      return header.map(normalizeHeader)
    },
    skip_empty_lines: true,
    relax_column_count: true,
    trim: false,
  })
  if (Buffer.isBuffer(input)) {
    parser.end(input)
  } else {
    input.on("error", (e) => parser.destroy(e))
    input.pipe(parser)
  }
  let rows: ImportRow[] = []
  let errors: ImportRowError[] = []
  let records = 0
  let n = 0
  try {
    for await (const rec of parser as AsyncIterable<Record<string, string>>) {
      n++
      records++
      const mapped = mapRecord(format!, rec, n, opts.limits)
      if (mapped.row) rows.push(mapped.row)
      else errors.push(...mapped.errors)
      if (records >= opts.batchSize) {
        yield { format: format!, rows, errors, records }
        rows = []
        errors = []
        records = 0
      }
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e
    const err = e as { code?: string; lines?: number; message?: string }
    if (err?.code?.startsWith?.("CSV_")) {
      throw new ImportFileError(`is not valid CSV at line ${err.lines ?? "?"}: ${String(err.message).replace(/^Invalid\s+/i, "")}`)
    }
    throw e
  }
  if (format === null) throw new ImportFileError("is empty (no header line)")
  if (records || n === 0) yield { format, rows, errors, records }
}

/** Product references remembered by one import (an import of a large catalog starts over past it). */
const MAX_REMEMBERED_REFS = 100_000

/**
 * Matches rows to products by id, handle or variant SKU. One matcher serves a whole import and
 * remembers each reference it looked up (found or not), so a batch only queries the references
 * no earlier batch named: an export of 50,000 reviews of 1,000 products loads each product once
 * instead of once per batch (loading them through Query is most of what a batch allocates).
 */
export function productMatcher(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // "id:…", "handle:…", "sku:…" -> product id, or null when no product has it.
  const known = new Map<string, string | null>()

  return async function match(rows: ImportRow[]): Promise<(r: ImportRow) => string | null> {
    if (known.size > MAX_REMEMBERED_REFS) known.clear()
    const ids = new Set<string>()
    const handles = new Set<string>()
    const skus = new Set<string>()
    const want = (set: Set<string>, kind: string, ref: string) => {
      if (!known.has(`${kind}:${ref}`)) set.add(ref)
    }
    for (const r of rows) {
      if (r.product.id) {
        want(ids, "id", r.product.id)
        // Yotpo's product_id is the merchant's identifier: it may be a handle or a SKU.
        want(handles, "handle", r.product.id)
        want(skus, "sku", r.product.id)
      }
      if (r.product.handle) want(handles, "handle", r.product.handle)
      if (r.product.sku) want(skus, "sku", r.product.sku)
    }
    const [a, b, c] = await Promise.all([
      ids.size ? query.graph({ entity: "product", fields: ["id"], filters: { id: [...ids] } }) : { data: [] },
      handles.size ? query.graph({ entity: "product", fields: ["id", "handle"], filters: { handle: [...handles] } }) : { data: [] },
      skus.size ? query.graph({ entity: "product_variant", fields: ["sku", "product_id"], filters: { sku: [...skus] } }) : { data: [] },
    ])
    for (const ref of ids) known.set(`id:${ref}`, null)
    for (const ref of handles) known.set(`handle:${ref}`, null)
    for (const ref of skus) known.set(`sku:${ref}`, null)
    for (const p of a.data as { id: string }[]) known.set(`id:${p.id}`, p.id)
    for (const p of b.data as { id: string; handle: string }[]) known.set(`handle:${p.handle}`, p.id)
    for (const v of c.data as { sku: string | null; product_id: string }[]) if (v.sku) known.set(`sku:${v.sku}`, v.product_id)

    const get = (kind: string, ref: string | null | undefined) => (ref ? known.get(`${kind}:${ref}`) ?? null : null)
    return (r: ImportRow): string | null => {
      const { id, handle, sku } = r.product
      return get("id", id) ?? get("handle", id) ?? get("sku", id) ?? get("handle", handle) ?? get("sku", sku)
    }
  }
}

export type Purchase = { order_id: string; order_line_item_id: string; customer_id: string | null }

/**
 * The paid orders that make imported reviews verified: an order placed with the reviewer's email
 * that contains the product and is paid (the same `findPurchase` rule as a review written here).
 * An email with no such order leaves the review unverified.
 */
export async function matchPurchases(
  container: MedusaContainer,
  rows: { row: ImportRow; product_id: string }[]
): Promise<Map<number, Purchase>> {
  const out = new Map<number, Purchase>()
  const emails = [...new Set(rows.map((r) => r.row.author_email).filter((e): e is string => !!e))]
  if (!emails.length) return out
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "email",
      "customer_id",
      "status",
      "created_at",
      "items.id",
      "items.product_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { email: emails },
  })
  const byEmail = new Map<string, typeof orders>()
  for (const o of orders as { email?: string | null }[]) {
    const key = (o.email ?? "").toLowerCase()
    byEmail.set(key, [...(byEmail.get(key) ?? []), o as (typeof orders)[number]])
  }
  for (const { row, product_id } of rows) {
    const mine = row.author_email ? byEmail.get(row.author_email) : undefined
    if (!mine?.length) continue
    const proof = findPurchase(mine as Parameters<typeof findPurchase>[0], product_id)
    if (proof) {
      const order = (mine as { id: string; customer_id?: string | null }[]).find((o) => o.id === proof.order_id)
      out.set(row.row, { ...proof, customer_id: order?.customer_id ?? null })
    }
  }
  return out
}
