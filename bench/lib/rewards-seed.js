// `medusa exec <this> <out.json> <customers>`: customers and an active review reward rule (no
// hold, so each grant is issued as a promotion at once) for the rewards benchmark.
"use strict"

const fs = require("fs")
const { Modules } = require("@medusajs/framework/utils")

async function seed({ container, args }) {
  const [out, count = "1000"] = args
  const customers = await container
    .resolve(Modules.CUSTOMER)
    .createCustomers(Array.from({ length: Number(count) }, (_, i) => ({ email: `bench-${i}@rewards.test`, first_name: "Bench", last_name: String(i) })))
  await container.resolve("social_reward").createRule({
    name: "Bench review reward",
    status: "active",
    trigger: "review_approved",
    trigger_config: {},
    reward: { type: "fixed", value: 5, currency_code: "eur", expires_in_days: 30 },
    caps: { period: "month", max_count: null, max_value: null, budget: null },
    min_order_value: null,
    hold_hours: 0,
  })
  fs.writeFileSync(out, JSON.stringify({ customers: customers.map((c) => c.id) }))
}

module.exports = { default: seed }
