#!/usr/bin/env node
// The consumer test: the BUILT plugin installed into playground/ (a separate Medusa app with its
// own medusa-config and plugin options) migrates, boots with `medusa start` and answers the
// settings route; a bad plugin option stops the boot with a message naming it.
// Run by `npm test` (stage "consumer") with DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD set.
"use strict"

const fs = require("fs")
const assert = require("assert/strict")
const { Client } = require("@medusajs/framework/pg")
const { buildPlugin, migrate, createAdminUser, startPlayground } = require("./lib/playground")

const { DB_HOST = "localhost", DB_PORT = "5432", DB_USERNAME = "postgres", DB_PASSWORD = "" } = process.env
const DB_NAME = `social_consumer_${process.pid}`
const serverUrl = (db) =>
  `postgres://${encodeURIComponent(DB_USERNAME)}${DB_PASSWORD ? `:${encodeURIComponent(DB_PASSWORD)}` : ""}@${DB_HOST}:${DB_PORT}/${db}`

async function admin(sql) {
  const client = new Client({ connectionString: serverUrl("postgres") })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

const results = { passed: 0, failed: 0 }
async function check(name, fn) {
  try {
    await fn()
    results.passed++
    console.log(`  ✓ ${name}`)
  } catch (e) {
    results.failed++
    console.log(`  ✕ ${name}\n    ${String(e.stack ?? e).split("\n").slice(0, 6).join("\n    ")}`)
  }
}

async function main() {
  const databaseUrl = serverUrl(DB_NAME)
  let server = null
  console.log("consumer test: plugin:build, then playground/ migrate + medusa start")
  await admin(`DROP DATABASE IF EXISTS "${DB_NAME}"`)
  await admin(`CREATE DATABASE "${DB_NAME}"`)
  try {
    await check("the plugin builds into .medusa/server", () => buildPlugin())
    await check("playground migrations include the plugin's", async () => {
      const out = await migrate(databaseUrl)
      assert.match(out, /social_settings/)
    })
    await createAdminUser(databaseUrl, "admin@playground.test", "playground-password")

    await check("medusa start boots with the plugin and answers /health", async () => {
      server = await startPlayground({ databaseUrl })
    })
    if (server) {
      const base = server.url
      await check("the settings route refuses a request without admin auth", async () => {
        const res = await fetch(`${base}/admin/social/settings`)
        assert.equal(res.status, 401)
      })
      const login = await fetch(`${base}/auth/user/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "admin@playground.test", password: "playground-password" }),
      }).then((r) => r.json())
      const auth = { authorization: `Bearer ${login.token}`, "content-type": "application/json" }

      await check("the settings route answers the plugin options from the consumer's config", async () => {
        const res = await fetch(`${base}/admin/social/settings`, { headers: auth })
        assert.equal(res.status, 200)
        const { settings } = await res.json()
        assert.equal(settings.brand_name, "Playground Outfitters")
        assert.equal(settings.storefront_url, "https://shop.playground.test")
        assert.deepEqual(settings.enabled_networks, ["facebook", "x", "pinterest", "whatsapp", "email"])
      })
      await check("a change is saved and read back", async () => {
        const res = await fetch(`${base}/admin/social/settings`, {
          method: "POST",
          headers: auth,
          body: JSON.stringify({ brand_name: "Renamed Outfitters" }),
        })
        assert.equal(res.status, 200)
        const again = await fetch(`${base}/admin/social/settings`, { headers: auth }).then((r) => r.json())
        assert.equal(again.settings.brand_name, "Renamed Outfitters")
      })
      await check("an invalid value is a 400 naming the field", async () => {
        const res = await fetch(`${base}/admin/social/settings`, {
          method: "POST",
          headers: auth,
          body: JSON.stringify({ storefront_url: "ftp://nope" }),
        })
        assert.equal(res.status, 400)
        assert.match((await res.json()).message, /storefront_url/)
      })
      await server.stop()
    }

    await check("an invalid plugin option stops the boot with a message naming it", async () => {
      const bad = await startPlayground({ databaseUrl, pluginOptions: { storefrontUrl: "not-a-url" }, timeoutMs: 45_000 })
        .then(async (s) => {
          await s.stop()
          return null
        })
        .catch((e) => e)
      assert.ok(bad, "the server started with an invalid option")
      assert.match(bad.logs ?? bad.message, /invalid plugin options: option "storefrontUrl"/)
    })
  } finally {
    if (server) await server.stop()
    await admin(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`).catch(() => {})
  }
  console.log(`consumer: ${results.passed} passed, ${results.failed} failed`)
  if (process.env.SOCIAL_TEST_TOTALS) {
    fs.writeFileSync(process.env.SOCIAL_TEST_TOTALS, JSON.stringify(results))
  }
  process.exit(results.failed ? 1 : 0)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
