// `medusa exec <this> <out.json> <due> <rounds> <stored>...`: what finding due posts costs with
// each `stored` count of posts in the table, `due` of them due: the service's own claim
// (claimDuePosts, the statement the publisher runs) timed for `rounds` claims of every due post,
// the claimed posts put back after each, and the plan PostgreSQL chose. Runs in a database of its
// own (bench/publishing.js): it fills and claims.
"use strict"

const fs = require("fs")
const { ContainerRegistrationKeys } = require("@medusajs/framework/utils")

async function pick({ container, args }) {
  const [out, due, rounds, ...sizes] = args.map((a, i) => (i ? Number(a) : a))
  const results = []
  for (const stored of sizes) results.push(await measure(container, stored, due, rounds))
  fs.writeFileSync(out, JSON.stringify(results))
}

async function measure(container, stored, due, rounds) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const service = container.resolve("social_publish")
  await knex.raw(`DELETE FROM social_publish_post WHERE id LIKE 'spst_pick_%'`)
  // Stored: published posts of the past, scheduled ones of the future, and `due` due now.
  await knex.raw(
    `INSERT INTO social_publish_post (id, account_id, status, text, media, scheduled_at, published_at, created_at, updated_at)
     SELECT 'spst_pick_' || lpad(g::text, 7, '0'), 'spac_pick', CASE WHEN g < ? OR g % 2 = 1 THEN 'scheduled' ELSE 'published' END,
            'Pick ' || g, 'none',
            CASE WHEN g < ? THEN now() - interval '1 minute' WHEN g % 2 = 0 THEN now() - (g || ' minutes')::interval ELSE now() + (g || ' minutes')::interval END,
            CASE WHEN g % 2 = 0 AND g >= ? THEN now() - (g || ' minutes')::interval END, now(), now()
     FROM generate_series(0, ? - 1) AS g`,
    [due, due, due, stored]
  )
  await knex.raw(`ANALYZE social_publish_post`)
  const times = []
  let claimed = 0
  for (let r = 0; r < rounds; r++) {
    const t = performance.now()
    const posts = await service.claimDuePosts({ now: new Date(), limit: due, leaseMs: 60_000 })
    times.push(performance.now() - t)
    claimed = posts.length
    await knex.raw(`UPDATE social_publish_post SET status = 'scheduled', lease_until = NULL, attempts = 0 WHERE id = ANY(?::text[])`, [posts.map((p) => p.id)])
  }
  const { rows: plan } = await knex.raw(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT id FROM social_publish_post
      WHERE status = 'scheduled' AND deleted_at IS NULL AND scheduled_at <= now()
        AND (next_attempt_at IS NULL OR next_attempt_at <= now()) ORDER BY scheduled_at LIMIT ?`,
    [due]
  )
  const top = plan[0]["QUERY PLAN"][0]
  const nodes = []
  const walk = (n) => {
    nodes.push(`${n["Node Type"]}${n["Index Name"] ? ` on ${n["Index Name"]}` : ""} (rows ${n["Actual Rows"]})`)
    for (const c of n.Plans ?? []) walk(c)
  }
  walk(top.Plan)
  await knex.raw(`DELETE FROM social_publish_post WHERE id LIKE 'spst_pick_%'`)
  times.sort((a, b) => a - b)
  const round = (x) => Math.round(x * 100) / 100
  return { stored, due, claimed, rounds, p50_ms: round(times[Math.floor(times.length / 2)]), max_ms: round(times[times.length - 1]), plan: nodes.join(" > "), buffers_read: top.Plan["Shared Hit Blocks"] + top.Plan["Shared Read Blocks"] }
}

module.exports = { default: pick }
