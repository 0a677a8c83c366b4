// Run by bench/attribution.js through `medusa exec`: builds a shop to check out in, an admin, and
// 100,000 attributed orders written straight into the attribution tables (the report never reads
// orders, so the ledger alone is what it has to sum).
import fs from "fs"
import path from "path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createShop } from "../integration-tests/helpers/commerce"

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000)

export default async function seed({ container }: ExecArgs) {
  const shop = await createShop(container)
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  const user = await users.createUsers({ email: "bench@test.local" })
  const { authIdentity, error } = await auth.register("emailpass", { body: { email: "bench@test.local", password: "bench-password-1" } })
  if (!authIdentity) throw new Error(`the bench admin could not be registered: ${error}`)
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })

  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const networks = "ARRAY['facebook','instagram','pinterest','tiktok','x','direct','whatsapp','google']"
  await knex.raw(`
    INSERT INTO social_order_attribution (id, order_id, model, network, campaign, share_code, total, raw_total,
      currency_code, placed_at, ad_consent, weights, trace, created_at, updated_at)
    SELECT 'soatt_bench_' || g, 'order_bench_' || g, 'last_non_direct', (${networks})[1 + g % 8],
      'campaign-' || (g % 40), CASE WHEN g % 3 = 0 THEN 'share' || (g % 500) END,
      (10 + g % 190)::numeric, jsonb_build_object('value', (10 + g % 190)::text, 'precision', 20),
      'eur',
      now() - ((g % 90) || ' days')::interval - ((g % 1440) || ' minutes')::interval,
      false, '{}'::jsonb, '{}'::jsonb, now(), now()
    FROM generate_series(1, ${ORDERS}) g`)
  await knex.raw(`
    INSERT INTO social_attribution_credit (id, attribution_id, order_id, model, network, campaign, share_code,
      weight, revenue, raw_revenue, currency_code, placed_at, created_at, updated_at)
    SELECT 'soacr_' || m.model || '_' || a.id, a.id, a.order_id, m.model, a.network, a.campaign, a.share_code,
      1, a.total, a.raw_total, a.currency_code, a.placed_at, now(), now()
    FROM social_order_attribution a CROSS JOIN (VALUES ('last_non_direct'), ('first'), ('last')) m(model)
    WHERE a.order_id LIKE 'order_bench_%'`)
  await knex.raw(`
    INSERT INTO social_attribution_credit (id, attribution_id, order_id, model, network, campaign, share_code,
      weight, revenue, raw_revenue, currency_code, placed_at, created_at, updated_at)
    SELECT 'soacr_linear_' || s.n || '_' || a.id, a.id, a.order_id, 'linear',
      CASE WHEN s.n = 1 THEN a.network ELSE 'direct' END, a.campaign, a.share_code,
      0.5, a.total / 2, jsonb_build_object('value', (a.total / 2)::text, 'precision', 20), a.currency_code, a.placed_at, now(), now()
    FROM social_order_attribution a CROSS JOIN (VALUES (1), (2)) s(n)
    WHERE a.order_id LIKE 'order_bench_%'`)
  await knex.raw(`
    INSERT INTO social_attribution_line (id, attribution_id, order_id, product_id, quantity, total, raw_total,
      currency_code, placed_at, created_at, updated_at)
    SELECT 'soaln_' || s.n || '_' || a.id, a.id, a.order_id, 'prod_bench_' || ((a.total::int * s.n) % 200), 1,
      a.total / 2, jsonb_build_object('value', (a.total / 2)::text, 'precision', 20), a.currency_code, a.placed_at, now(), now()
    FROM social_order_attribution a CROSS JOIN (VALUES (1), (2)) s(n)
    WHERE a.order_id LIKE 'order_bench_%'`)
  await knex.raw(`ANALYZE social_order_attribution, social_attribution_credit, social_attribution_line`)

  const out = process.env.BENCH_SEED_OUT ?? path.join(process.cwd(), "bench", "results", ".attribution-seed.json")
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, JSON.stringify({ shop, admin: { email: "bench@test.local", password: "bench-password-1" }, orders: ORDERS }))
}
