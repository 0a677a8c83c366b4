// `medusa exec` script for bench/reviews-import.js (plain JavaScript: it runs in the production
// app without ts-node): BENCH_PRODUCTS published products with handles `bench-product-<n>` and
// an admin user with an emailpass identity. Writes { handles } to REVIEWS_BENCH_OUT.
"use strict"
const { writeFileSync } = require("fs")
const { Modules } = require("@medusajs/framework/utils")

exports.default = async function seed({ container }) {
  const n = Number(process.env.BENCH_PRODUCTS ?? 1000)
  const products = container.resolve(Modules.PRODUCT)
  const handles = []
  for (let start = 0; start < n; start += 250) {
    const batch = []
    for (let i = start; i < Math.min(n, start + 250); i++) {
      handles.push(`bench-product-${i}`)
      batch.push({
        title: `Bench product ${i}`,
        handle: `bench-product-${i}`,
        status: "published",
        options: [{ title: "Size", values: ["M"] }],
        variants: [{ title: "M", sku: `BENCH-${i}-M`, barcode: String(4006381000000 + i), options: { Size: "M" } }],
      })
    }
    await products.createProducts(batch)
  }
  const email = "bench-admin@bench.test"
  const user = await container.resolve(Modules.USER).createUsers({ email })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password: "bench-password-1" } })
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  writeFileSync(process.env.REVIEWS_BENCH_OUT, JSON.stringify({ handles, email, password: "bench-password-1" }))
}
