// `medusa exec` script for bench/cards.js: store currencies and one published product with a
// photo stored by the File module. Writes the product id to CARDS_BENCH_OUT.
import { writeFileSync } from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import sharp from "sharp"

export default async function seed({ container }: ExecArgs) {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { take: 1 })
  await storeModule.updateStores(store.id, {
    supported_currencies: [{ currency_code: "usd", is_default: true }, { currency_code: "eur" }],
  })
  const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#3b82f6" } })
    .composite([{ input: Buffer.from('<svg width="1200" height="900"><circle cx="600" cy="450" r="300" fill="#f59e0b"/></svg>') }])
    .jpeg()
    .toBuffer()
  const file = await container.resolve(Modules.FILE).createFiles({
    filename: "bench-photo.jpg",
    mimeType: "image/jpeg",
    content: photo.toString("base64"),
    access: "public",
  })
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Bench jacket",
          status: "published",
          thumbnail: file.url,
          options: [{ title: "Size", values: ["M"] }],
          variants: [{ title: "M", options: { Size: "M" }, manage_inventory: false, prices: [{ amount: 49, currency_code: "usd" }, { amount: 45, currency_code: "eur" }] }],
        },
      ],
    },
  })
  writeFileSync(process.env.CARDS_BENCH_OUT!, JSON.stringify({ product_id: result[0].id }))
}
