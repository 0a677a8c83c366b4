// `medusa exec <this> <out.json> <products> <links>`: published products and share links for the
// share-redirect benchmark. Products go through Medusa's workflow; the links are written as the
// plugin writes them (random codes, one per sharer, product, network, locale and currency).
"use strict"

const fs = require("fs")
const crypto = require("crypto")
const { ContainerRegistrationKeys, Modules } = require("@medusajs/framework/utils")
const flows = require("@medusajs/medusa/core-flows")

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
const code = () => Array.from(crypto.randomBytes(10), (b) => ALPHABET[b % 62]).join("")
const NETWORKS = ["facebook", "x", "pinterest", "whatsapp", "email"]

async function seed({ container, args }) {
  const [out, productCount = "200", linkCount = "10000"] = args
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Storefront" })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  const products = []
  for (let start = 0; start < Number(productCount); start += 50) {
    const n = Math.min(50, Number(productCount) - start)
    const { result } = await flows.createProductsWorkflow(container).run({
      input: {
        products: Array.from({ length: n }, (_, i) => ({
          title: `Bench product ${start + i}`,
          handle: `bench-product-${start + i}`,
          status: "published",
          shipping_profile_id: profile.id,
          options: [{ title: "Size", values: ["M"] }],
          variants: [{ title: "M", manage_inventory: false, options: { Size: "M" }, prices: [{ currency_code: "eur", amount: 20 + (i % 30) }] }],
          sales_channels: [{ id: channel.id }],
        })),
      },
    })
    products.push(...result.map((p) => p.id))
  }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const codes = []
  const rows = []
  for (let i = 0; i < Number(linkCount); i++) {
    const c = code()
    codes.push(c)
    // The first product x network links are anonymous shares (one each: the unique key), the rest
    // are shared by logged-in customers (ten links per sharer, each of another product).
    const customer = i < products.length * NETWORKS.length ? null : `cus_bench_${Math.floor(i / 10)}`
    rows.push({
      id: `sshl_bench_${i}`,
      code: c,
      product_id: products[i % products.length],
      customer_id: customer,
      sharer_key: customer ?? "anonymous",
      network: NETWORKS[Math.floor(i / products.length) % NETWORKS.length],
      creator_visitor_hash: crypto.createHash("sha256").update(`creator-${i}`).digest("hex").slice(0, 32),
      locale: "",
      currency_code: "eur",
    })
  }
  for (let i = 0; i < rows.length; i += 1000) {
    await knex("social_share_link").insert(rows.slice(i, i + 1000))
  }
  fs.writeFileSync(out, JSON.stringify({ products, codes }))
  console.log(`seeded ${products.length} products and ${codes.length} links`)
}

module.exports = { default: seed }
