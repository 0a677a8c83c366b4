// `medusa exec <this> <out.json> <accounts> <posts> <page token> <x token>`: the publishing
// benchmark's accounts (half Facebook Pages, half X accounts, credentials sealed by the service
// as the admin route does) and its posts, scheduled far in the future (bench/publishing.js moves
// them to their times once the workers are up). Posts are inserted with one SQL statement: the
// benchmark measures publishing, not the admin route that makes them one at a time.
"use strict"

const fs = require("fs")
const { ContainerRegistrationKeys } = require("@medusajs/framework/utils")

async function seed({ container, args }) {
  const [out, accountCount, postCount, pageToken, xToken] = args
  const service = container.resolve("social_publish")
  const accounts = []
  for (let i = 0; i < Number(accountCount); i++) {
    const facebook = i % 2 === 0
    accounts.push(
      await service.createAccount(
        facebook
          ? { network: "facebook", name: `Bench page ${i}`, external_id: `10${1000 + i}`, credentials: { page_access_token: pageToken } }
          : { network: "x", name: `Bench X ${i}`, external_id: `20${1000 + i}`, credentials: { access_token: xToken } }
      )
    )
  }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.raw(
    `INSERT INTO social_publish_post (id, account_id, status, link_url, text, media, scheduled_at, created_at, updated_at)
     SELECT 'spst_bench_' || lpad(g::text, 7, '0'), (?::text[])[1 + g % ?], 'scheduled',
            'https://shop.bench.test/p/' || g, 'Bench post ' || g || ' https://shop.bench.test/p/' || g, 'none',
            now() + interval '10 years', now(), now()
     FROM generate_series(0, ? - 1) AS g`,
    [accounts.map((a) => a.id), accounts.length, Number(postCount)]
  )
  fs.writeFileSync(out, JSON.stringify({ accounts: accounts.map((a) => ({ id: a.id, network: a.network })) }))
}

module.exports = { default: seed }
