// `medusa exec` script for bench/cards.js: store currencies and CARDS_BENCH_PRODUCTS published
// products (bench/cards.js sets it) in the store's default sales channel, each with its own photo stored by
// the File module (different pixels, so no card can reuse another's fitted photo). Writes the
// product ids to CARDS_BENCH_OUT.
import { writeFileSync } from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import sharp from "sharp"

const BATCH = 50

async function photo(i: number) {
  const hue = (i * 37) % 360
  const circle = `<svg width="1200" height="900"><circle cx="${400 + (i % 400)}" cy="450" r="${200 + (i % 150)}" fill="hsl(${(hue + 180) % 360}, 80%, 50%)"/></svg>`
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: `hsl(${hue}, 70%, 55%)` } })
    .composite([{ input: Buffer.from(circle) }])
    .jpeg({ quality: 85 })
    .toBuffer()
}

export default async function seed({ container }: ExecArgs) {
  const count = Number(process.env.CARDS_BENCH_PRODUCTS ?? 460)
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { take: 1 })
  await storeModule.updateStores(store.id, {
    supported_currencies: [{ currency_code: "usd", is_default: true }, { currency_code: "eur" }],
  })
  const files = container.resolve(Modules.FILE)
  const ids: string[] = []
  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start)
    const stored = await files.createFiles(
      await Promise.all(
        Array.from({ length: n }, async (_, k) => ({
          filename: `bench-photo-${start + k}.jpg`,
          mimeType: "image/jpeg",
          content: (await photo(start + k)).toString("base64"),
          access: "public" as const,
        }))
      )
    )
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: stored.map((file, k) => ({
          title: `Crème brûlée jacket n°${start + k}, édition spéciale`,
          status: "published" as const,
          thumbnail: file.url,
          sales_channels: store.default_sales_channel_id ? [{ id: store.default_sales_channel_id }] : [],
          options: [{ title: "Size", values: ["M"] }],
          variants: [
            {
              title: "M",
              options: { Size: "M" },
              manage_inventory: false,
              prices: [
                { amount: 49 + k, currency_code: "usd" },
                { amount: 45 + k, currency_code: "eur" },
              ],
            },
          ],
        })),
      },
    })
    ids.push(...result.map((p) => p.id))
  }
  writeFileSync(process.env.CARDS_BENCH_OUT!, JSON.stringify({ product_ids: ids }))
}
