// `medusa exec <this> <out.json> <count>`: the rewards benchmark's baseline, Medusa's Promotion
// module creating customer-only promotions of the rewards' shape, 4 at a time (the concurrency of
// two workers' subscribers), in a production process.
"use strict"

const fs = require("fs")
const { Modules } = require("@medusajs/framework/utils")

async function baseline({ container, args }) {
  const [out, count = "300"] = args
  const promotions = container.resolve(Modules.PROMOTION)
  const customers = await container.resolve(Modules.CUSTOMER).listCustomers({}, { take: Number(count), select: ["id"] })
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < customers.length) {
        const i = next++
        await promotions.createPromotions([
          {
            code: `BASE-${i}`,
            type: "standard",
            status: "active",
            limit: 1,
            application_method: { type: "fixed", target_type: "order", allocation: "across", value: 5, currency_code: "eur" },
            rules: [{ attribute: "customer.id", operator: "eq", values: [customers[i].id] }],
            campaign: { name: `base ${i}`, campaign_identifier: `base-${i}`, starts_at: new Date(), ends_at: new Date(Date.now() + 30 * 86400_000) },
          },
        ])
      }
    })
  )
  const seconds = (performance.now() - started) / 1000
  fs.writeFileSync(out, JSON.stringify({ promotions: customers.length, concurrency: 4, seconds: Math.round(seconds * 100) / 100, promotions_per_s: Math.round((customers.length / seconds) * 10) / 10 }))
}

module.exports = { default: baseline }
