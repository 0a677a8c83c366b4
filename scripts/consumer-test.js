#!/usr/bin/env node
// The consumer test: the BUILT plugin installed into playground/ (a separate Medusa app with its
// own medusa-config and plugin options) migrates, boots with `medusa start` and answers the
// settings route, then one main route of every capability (share bundle, /s/:code, a card render,
// a feed, reviews, rewards, touches, the attribution report) and finds the admin bundle, so a file
// missing from the package fails it; a bad plugin option stops the boot with a message naming it.
// Run by `npm test` (stage "consumer") with DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD set.
"use strict"

const fs = require("fs")
const path = require("path")
const assert = require("assert/strict")
const { Client } = require("@medusajs/framework/pg")
const { adminSql, databaseUrl } = require("./lib/embedded-pg")
const { createChecks } = require("./lib/checks")
const { buildPlugin, migrate, createAdminUser, startPlayground } = require("./lib/playground")
const { exerciseCapabilities } = require("./lib/consumer-capabilities")

const DB_NAME = `social_consumer_${process.pid}`
const { check, summary } = createChecks("consumer")

async function main() {
  const dbUrl = databaseUrl(DB_NAME)
  let server = null
  console.log("consumer test: plugin:build, then playground/ migrate + medusa start")
  await adminSql(`DROP DATABASE IF EXISTS "${DB_NAME}"`)
  await adminSql(`CREATE DATABASE "${DB_NAME}"`)
  try {
    await check("the plugin builds into .medusa/server", () => buildPlugin())
    await check("playground migrations create the plugin's tables", async () => {
      await migrate(dbUrl)
      const client = new Client({ connectionString: dbUrl })
      await client.connect()
      const { rows } = await client.query("SELECT to_regclass('public.social_settings') AS t").finally(() => client.end())
      assert.equal(rows[0].t, "social_settings")
    })
    await createAdminUser(dbUrl, "admin@playground.test", "playground-password")

    await check("medusa start boots with the plugin and answers /health", async () => {
      // Reviews published at once and accepted from non-buyers: the tour reviews without an order.
      server = await startPlayground({
        databaseUrl: dbUrl,
        port: Number(process.env.CONSUMER_TEST_PORT) || undefined,
        pluginOptions: { reviews: { autoApprove: true, allowUnverified: true } },
      })
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
      await check("the built package serves the widgets: stable entry, hashed immutable bundles, 404 for an unknown hash", async () => {
        const manifest = JSON.parse(fs.readFileSync(require.resolve("../.medusa/server/widgets/manifest.json"), "utf8"))
        const stable = await fetch(`${base}/social/widgets/v1.js`)
        assert.equal(stable.status, 200)
        assert.match(stable.headers.get("content-type"), /^text\/javascript/)
        const all = manifest.files["social-widgets"].file
        assert.equal(await stable.text(), `export * from "./${all}"\n`)
        const bundle = await fetch(`${base}/social/widgets/${all}`)
        assert.equal(bundle.status, 200)
        assert.equal(bundle.headers.get("cache-control"), "public, max-age=31536000, immutable")
        assert.equal((await bundle.arrayBuffer()).byteLength, manifest.files["social-widgets"].bytes)
        assert.equal((await fetch(`${base}/social/widgets/social-widgets.0000000000000000.js`)).status, 404)
      })
      await check("the typed client (package export ./client, CJS and ESM) works through the js-sdk", async () => {
        // The package's own name resolves through its "exports" (self-reference), as in an app.
        const { createSocialClient, SocialClientError } = require("medusa-plugin-social-commerce/client")
        const esm = await import("medusa-plugin-social-commerce/client")
        assert.equal(typeof esm.createSocialClient, "function")
        const Medusa = require("@medusajs/js-sdk").default
        const sdk = new Medusa({ baseUrl: base, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
        await sdk.client.setToken(login.token)
        const social = createSocialClient(sdk)
        const { settings } = await social.admin.settings.retrieve()
        assert.equal(settings.brand_name, "Renamed Outfitters")
        const refused = await social.admin.settings.update({ storefront_url: "ftp://nope" }).catch((e) => e)
        assert.ok(refused instanceof SocialClientError, String(refused))
        assert.equal(refused.status, 400)
        assert.equal(refused.field, "storefront_url")
      })
      await check("GET /social/openapi.json serves the document the package ships", async () => {
        const res = await fetch(`${base}/social/openapi.json`)
        assert.equal(res.status, 200)
        const served = await res.json()
        assert.equal(served.openapi, "3.1.0")
        const shipped = require("medusa-plugin-social-commerce/openapi.json")
        assert.deepEqual(Object.keys(served.paths).sort(), Object.keys(shipped.paths).sort())
        assert.ok(served.paths["/store/social/products/{id}/share"].get)
      })
      await exerciseCapabilities({ base, adminAuth: auth, check, root: path.resolve(__dirname, "..") })
      await server.stop()
    }

    await check("an invalid plugin option stops the boot with a message naming it", async () => {
      const bad = await startPlayground({ databaseUrl: dbUrl, pluginOptions: { storefrontUrl: "not-a-url" }, timeoutMs: 45_000 })
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
    await adminSql(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`).catch(() => {})
  }
  const results = summary()
  if (process.env.SOCIAL_TEST_TOTALS) {
    fs.writeFileSync(process.env.SOCIAL_TEST_TOTALS, JSON.stringify(results))
  }
  process.exit(results.failed ? 1 : 0)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
