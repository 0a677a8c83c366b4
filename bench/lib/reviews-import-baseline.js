// `medusa exec` script for bench/reviews-import.js: the baseline a competent developer would write
// for a reviews import, run in the same production app: csv-parse's stream, the products looked up
// once by handle (a Map), then the rows written through the module service in batches of
// BATCH (`createProductReviews` with an array: one transaction and one multi-row insert each).
// It reads REVIEWS_BENCH_CSV (its first REVIEWS_BENCH_BASELINE_ROWS rows) and writes
// { rows, seconds } to REVIEWS_BENCH_OUT. It skips what the plugin's import does besides writing
// (dry-run errors, duplicate keys, order matching, photos, progress): it is the fastest honest way
// to get the rows in, which the import has to beat.
"use strict"
const fs = require("fs")
const { parse } = require("csv-parse")
const { ContainerRegistrationKeys } = require("@medusajs/framework/utils")

exports.default = async function baseline({ container }) {
  const limit = Number(process.env.REVIEWS_BENCH_BASELINE_ROWS ?? 5000)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const reviews = container.resolve("product_review")
  const t0 = performance.now()
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle"] })
  const byHandle = new Map(products.map((p) => [p.handle, p.id]))
  const BATCH = 1000
  let rows = 0
  let batch = []
  const flush = async () => {
    if (batch.length) await reviews.createProductReviews(batch)
    batch = []
  }
  const parser = fs.createReadStream(process.env.REVIEWS_BENCH_CSV).pipe(parse({ columns: true, bom: true }))
  for await (const r of parser) {
    if (rows >= limit) break
    const product_id = byHandle.get(r.product_handle)
    if (!product_id) continue
    batch.push({
      product_id,
      customer_id: null,
      rating: Number(r.rating),
      title: r.title,
      body: r.body,
      author_name: r.reviewer_name,
      status: "approved",
      source: "judgeme",
      created_at: new Date(r.review_date),
    })
    rows++
    if (batch.length === BATCH) await flush()
  }
  await flush()
  parser.destroy()
  fs.writeFileSync(process.env.REVIEWS_BENCH_OUT, JSON.stringify({ rows, seconds: (performance.now() - t0) / 1000 }))
}
