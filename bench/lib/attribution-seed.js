// `medusa exec <this> <orders> <touches>`: the attribution benchmark's history, written straight
// into the attribution tables in the shape the plugin writes (the report never reads orders, so
// the ledgers are what it has to sum): `orders` attributed orders over 90 days (8 networks, 40
// campaigns, a share code on a third, 2 products of 200 each) with their credits under the four
// models, their product lines and product credits, and `touches` landings over the same days.
"use strict"

const { ContainerRegistrationKeys } = require("@medusajs/framework/utils")

async function seed({ container, args }) {
  const orders = Number(args[0] ?? 100_000)
  const touches = Number(args[1] ?? 1_000_000)
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
    FROM generate_series(1, ${orders}) g`)
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
  // The product ledger as writeAttribution writes it: each line times the order's non-direct weight.
  await knex.raw(`
    INSERT INTO social_attribution_product_credit (id, attribution_id, order_id, model, product_id, weight, revenue,
      raw_revenue, currency_code, placed_at, created_at, updated_at)
    SELECT 'soapc_' || c.model || '_' || l.id, l.attribution_id, l.order_id, c.model, l.product_id, c.w, l.total * c.w::numeric,
      jsonb_build_object('value', (l.total * c.w::numeric)::text, 'precision', 20), l.currency_code, l.placed_at, now(), now()
    FROM social_attribution_line l
    JOIN (SELECT attribution_id, model, SUM(weight) AS w FROM social_attribution_credit
          WHERE network <> 'direct' AND order_id LIKE 'order_bench_%' GROUP BY 1, 2) c ON c.attribution_id = l.attribution_id
    WHERE c.w > 0`)
  // Landings: a visitor per ten touches, UTM sets and click ids, a share code on a fifth.
  for (let start = 1; start <= touches; start += 250_000) {
    const end = Math.min(touches, start + 249_999)
    await knex.raw(`
      INSERT INTO social_touch (id, visitor_id, utm_source, utm_medium, utm_campaign, click_ids, share_code, landing_path,
        network, is_direct, consent, ip_hash, ua_hash, occurred_at, expires_at, created_at, updated_at)
      SELECT 'stch_bench_' || g, 'visitor_bench_' || (g / 10), (${networks})[1 + g % 8], 'social', 'campaign-' || (g % 40),
        CASE WHEN g % 4 = 0 THEN jsonb_build_object('fbclid', 'IwAR' || g) END,
        CASE WHEN g % 5 = 0 THEN 'share' || (g % 500) END, '/products/bench-' || (g % 200),
        (${networks})[1 + g % 8], g % 8 = 5, 'granted', md5('ip' || (g % 50000)), md5('ua' || (g % 1000)),
        now() - ((g % 90) || ' days')::interval - ((g % 1440) || ' minutes')::interval,
        now() + interval '30 days', now(), now()
      FROM generate_series(${start}, ${end}) g`)
  }
  await knex.raw(`VACUUM ANALYZE social_order_attribution, social_attribution_credit, social_attribution_line, social_attribution_product_credit, social_touch`)
  console.log(`seeded ${orders} attributed orders and ${touches} touches`)
}

module.exports = { default: seed }
