// `npm run bench -- reviews`: the cost of a review photo on the request path, and of the stats fold.
//
// photo: reencodePhoto (sniff, EXIF rotate, resize to 2048, JPEG q85 mozjpeg, metadata dropped) on a
//   12 MP phone-sized JPEG carrying EXIF, against a baseline of a bare sharp JPEG→JPEG re-encode of
//   the same file at full size (what any pipeline that strips metadata pays at least).
// stats: statsFromRows over the grouped rows of 1,000 products (5 ratings each), the per-request
//   work after the one grouped query.
"use strict"

require("ts-node").register({ transpileOnly: true, swc: true, compilerOptions: { module: "commonjs" } })
const sharp = require("sharp")
const { performance } = require("perf_hooks")
const { report, percentile } = require("./_report")
const { reencodePhoto } = require("../src/modules/product-review/lib/photos")
const { statsFromRows } = require("../src/modules/product-review/lib/stats")

async function time(n, fn) {
  const out = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await fn(i)
    out.push(performance.now() - t)
  }
  return out
}

async function main() {
  const RUNS = Number(process.env.RUNS ?? 15)
  // A noisy 4000x3000 image compresses like a photo (a flat colour would be unrealistically cheap).
  const noise = Buffer.alloc(400 * 300 * 3)
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24
  const photo = await sharp(noise, { raw: { width: 400, height: 300, channels: 3 } })
    .resize(4000, 3000, { kernel: "nearest" })
    .blur(1.2)
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Copyright: "owner", ImageDescription: "GPS" } })
    .toBuffer()

  await reencodePhoto(photo, { maxBytes: 25e6, maxDimension: 2048 }) // warm up
  const baseline = await time(RUNS, () => sharp(photo).jpeg({ quality: 85 }).toBuffer())
  const ours = await time(RUNS, () => reencodePhoto(photo, { maxBytes: 25e6, maxDimension: 2048 }))
  const out = await reencodePhoto(photo, { maxBytes: 25e6, maxDimension: 2048 })

  const ids = Array.from({ length: 1000 }, (_, i) => `prod_${i}`)
  const rows = ids.flatMap((id) => [1, 2, 3, 4, 5].map((rating) => ({ product_id: id, rating, count: "7", verified: "3", with_media: "1" })))
  const stats = await time(200, () => statsFromRows(ids, rows))

  report("reviews", {
    photo: {
      input: { width: 4000, height: 3000, bytes: photo.length },
      output: { width: out.width, height: out.height, bytes: out.size },
      runs: RUNS,
      reencode_p50_ms: +percentile(ours, 50).toFixed(1),
      reencode_p95_ms: +percentile(ours, 95).toFixed(1),
      baseline_full_size_reencode_p50_ms: +percentile(baseline, 50).toFixed(1),
      ratio_to_baseline_p50: +(percentile(ours, 50) / percentile(baseline, 50)).toFixed(2),
    },
    stats_fold: {
      products: ids.length,
      rows: rows.length,
      p50_ms: +percentile(stats, 50).toFixed(3),
      p95_ms: +percentile(stats, 95).toFixed(3),
    },
  })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
