import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, ProductWorkflowEvents } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import { XMLParser } from "fast-xml-parser"
import { parse } from "csv-parse/sync"
import { gunzipSync } from "zlib"
import {
  createPriceListsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createTaxRegionsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import socialCatalogDelta from "../../src/jobs/social-catalog-delta"
import socialCatalogDaily from "../../src/jobs/social-catalog-daily"
import { createAdminHeaders } from "../helpers/auth"
import { catalogApi } from "../helpers/catalog-api"
import { FakeCatalogProvider, seedCatalog, VALID_EAN } from "../helpers/catalog-fixtures"
import { registerCatalogProvider } from "../../src/providers/catalog/registry"
import { catalogService, loadChannel } from "../../src/workflows/social-catalog/lib/channel"
import { runCatalogSync } from "../../src/workflows/social-catalog/lib/run-sync"
import { buildSnapshot } from "../../src/workflows/social-catalog/lib/snapshot-builder"
import { startMetaServer } from "../contract-servers/meta"
import { makeServiceAccount } from "../contract-servers/_keys"

// The contract servers run on loopback: channels may send calls only to the platforms' hosts and
// those in the plugin's catalogAllowedHosts (read by medusa-config.ts when the app boots).
process.env.SOCIAL_CATALOG_ALLOWED_HOSTS = "127.0.0.1"


const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let shop: Awaited<ReturnType<typeof seedCatalog>>

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer(), api)
    })

    beforeEach(async () => {
      shop = await seedCatalog(getContainer())
    })

    const status = (p: Promise<any>) => p.then((r) => r.status).catch((e) => e.response?.status)
    const path = (url: string) => new URL(url).pathname

    const catalog = () => catalogApi(api, admin, shop.web.id)
    const createChannel = (body: Record<string, unknown>) => catalog().createChannel(body)
    const syncAndWait = (id: string, body: Record<string, unknown> = {}) => catalog().syncAndWait(id, body)

    it("refuses every route without admin auth, a wrong feed token, and bad input with a 400 naming the field", async () => {
      const ch = await createChannel({ destination: "google" })
      const routes: [string, string][] = [
        ["get", "/admin/social/channels"],
        ["get", "/admin/social/channels/destinations"],
        ["post", "/admin/social/channels"],
        ["get", `/admin/social/channels/${ch.id}`],
        ["post", `/admin/social/channels/${ch.id}`],
        ["delete", `/admin/social/channels/${ch.id}`],
        ["post", `/admin/social/channels/${ch.id}/preview`],
        ["post", `/admin/social/channels/${ch.id}/sync`],
        ["get", `/admin/social/channels/${ch.id}/runs`],
        ["get", `/admin/social/channels/${ch.id}/items`],
        ["get", `/admin/social/catalog/products/${shop.products[0].id}`],
      ]
      for (const [method, url] of routes) {
        expect([method, url, await status((api as any)[method](url, ...(method === "post" ? [{}] : [])))]).toEqual([method, url, 401])
      }
      expect(await status(api.get(`/social/feeds/${ch.id}/${"x".repeat(32)}.xml`))).toBe(404)
      expect(await status(api.get(`/social/feeds/${ch.id}/${new URL(ch.feed_url).pathname.split("/").pop()!.replace(".xml", ".csv")}`))).toBe(404)

      // Bad input: a 400 naming the field, and nothing written.
      const cases: [Record<string, unknown>, string][] = [
        [{ destination: "myspace" }, "destination"],
        [{ destination: "google", currency_code: "dollars" }, "currency_code"],
        [{ destination: "google", credentials: { password: "x" } }, "credentials.password"],
        [{ destination: "google", feed_format: "tiktok_csv" }, "feed_format"],
        [{ destination: "google", field_mapping: { custom_labels: [{ from: "weather" }] } }, "field_mapping.custom_labels.0"],
      ]
      for (const [body, field] of cases) {
        const res = await api
          .post("/admin/social/channels", { name: "X", language: "en", country: "us", currency_code: "usd", ...body }, admin)
          .catch((e: any) => e.response)
        expect([field, res.status]).toEqual([field, 400])
        expect(res.data.message).toContain(field)
      }
      expect((await api.get("/admin/social/channels", admin)).data.count).toBe(1)
    })

    it("says what each destination takes: feed formats (default first) and the credentials its provider needs", async () => {
      // A static segment beside /channels/:id: answered here, not taken for a channel id (404).
      const { data } = await api.get("/admin/social/channels/destinations", admin)
      const byName = Object.fromEntries(data.destinations.map((d: any) => [d.destination, d]))
      expect(Object.keys(byName).sort()).toEqual(["google", "meta", "pinterest", "tiktok"])
      expect(byName.meta.feed_formats).toEqual(["meta_csv", "meta_xml"])
      expect(byName.google.credential_keys).toEqual([
        "merchant_id",
        "data_source_id",
        "service_account_json?",
        "client_id?",
        "client_secret?",
        "refresh_token?",
        "token_uri?",
        "access_token?",
      ])
      expect(byName.google.sign_in).toEqual([["service_account_json"], ["client_id", "client_secret", "refresh_token"], ["access_token"]])
      expect(byName.pinterest.credential_keys).toContain("catalog_id?")
      expect(byName.pinterest.sign_in).toEqual([["client_id", "client_secret", "refresh_token"], ["access_token"]])
      expect(byName.meta.sign_in).toEqual([["access_token"]])
    })

    it("takes credentials that do not expire per destination, never returns them, and refuses a bad key with a 400 naming the field", async () => {
      const keyFile = makeServiceAccount().keyFile("https://oauth2.googleapis.com/token")
      // The key file's text, or the same JSON as an object (stored as its text).
      const google = await createChannel({ destination: "google", mode: "push", credentials: { merchant_id: "1", data_source_id: "2", service_account_json: JSON.parse(keyFile) } })
      expect(google.credentials_set).toEqual({ data_source_id: true, merchant_id: true, service_account_json: true })
      const pinterest = await createChannel({ destination: "pinterest", mode: "push", credentials: { client_id: "1484000", client_secret: "app-secret", refresh_token: "pinr.abc" } })
      expect(pinterest.credentials_set).toEqual({ client_id: true, client_secret: true, refresh_token: true })
      const seen = JSON.stringify([google, pinterest, (await api.get("/admin/social/channels", admin)).data])
      for (const secret of ["PRIVATE KEY", "catalog-sync@", "app-secret", "pinr.abc"]) expect(seen).not.toContain(secret)
      expect((await catalogService(getContainer()).openCredentials(google.id)).service_account_json).toBe(JSON.stringify(JSON.parse(keyFile)))

      const file = JSON.parse(keyFile)
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ destination: "google", credentials: { service_account_json: "{ not json" } }, "credentials.service_account_json", /is not JSON/],
        [{ destination: "google", credentials: { service_account_json: { ...file, private_key: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----" } } }, "credentials.service_account_json", /not a readable PEM private key/],
        [{ destination: "google", credentials: { service_account_json: JSON.stringify({ installed: { client_id: "x" } }) } }, "credentials.service_account_json", /OAuth client file/],
        [{ destination: "google", credentials: { service_account_json: { ...file, client_email: undefined } } }, "credentials.service_account_json", /client_email/],
        [{ destination: "meta", credentials: { service_account_json: keyFile } }, "credentials.service_account_json", /meta channels do not take it/],
        [{ destination: "pinterest", credentials: { client_id: "1", refresh_token: "pinr.x" } }, "credentials.client_secret", /required with refresh_token/],
        [{ destination: "google", credentials: { token_uri: "not a url" } }, "credentials.token_uri", /./],
      ]
      for (const [body, field, message] of cases) {
        const res = await api
          .post("/admin/social/channels", { name: "X", language: "en", country: "us", currency_code: "usd", ...body }, admin)
          .catch((e: any) => e.response)
        expect([field, res.status]).toEqual([field, 400])
        expect(res.data.message).toContain(`${field}: `)
        expect(res.data.message).toMatch(message)
        expect(res.data.message).not.toContain("PRIVATE KEY-----")
      }
      // An update is checked against the channel's destination and what it stores; nothing is written.
      for (const [credentials, field] of [
        [{ service_account_json: keyFile }, "credentials.service_account_json"],
        [{ client_secret: null }, "credentials.client_secret"],
      ] as const) {
        const res = await api.post(`/admin/social/channels/${pinterest.id}`, { name: "Renamed", credentials }, admin).catch((e: any) => e.response)
        expect([field, res.status]).toEqual([field, 400])
        expect(res.data.message).toContain(field)
      }
      const after = (await api.get(`/admin/social/channels/${pinterest.id}`, admin)).data.channel
      expect([after.name, after.credentials_set]).toEqual(["Test", { client_id: true, client_secret: true, refresh_token: true }])
      expect((await api.get("/admin/social/channels", admin)).data.count).toBe(2)
    })

    it("stores credentials sealed and only says which are set", async () => {
      const ch = await createChannel({ destination: "meta", mode: "feed", credentials: { catalog_id: "cat-123", access_token: "EAAB-secret-token" } })
      expect(ch.credentials_set).toEqual({ access_token: true, catalog_id: true })
      const again = await api.get(`/admin/social/channels/${ch.id}`, admin)
      const list = await api.get(`/admin/social/channels`, admin)
      const updated = await api.post(`/admin/social/channels/${ch.id}`, { credentials: { access_token: null, api_key: "k-2" } }, admin)
      for (const body of [ch, again.data, list.data, updated.data]) {
        const text = JSON.stringify(body)
        expect(text).not.toContain("EAAB-secret-token")
        expect(text).not.toContain("cat-123")
        expect(text).not.toContain("k-2")
      }
      expect(updated.data.channel.credentials_set).toEqual({ api_key: true, catalog_id: true })
      const [row] = await catalogService(getContainer()).listSocialCatalogChannels({ id: ch.id })
      expect(row.credentials).toMatch(/^v2\./)
      expect(row.credentials).not.toContain("k-2")
    })

    it("previews without writing, then publishes a Google feed a parser reads back", async () => {
      await createPriceListsWorkflow(getContainer()).run({
        input: {
          price_lists_data: [
            {
              title: "Summer sale",
              description: "Shirts for less",
              type: "sale",
              status: "active",
              starts_at: "2026-01-01T00:00:00.000Z",
              ends_at: "2099-01-31T00:00:00.000Z",
              prices: [{ amount: 12, currency_code: "usd", variant_id: shop.variantBySku["SHIRT-S"].id }],
            },
          ],
        } as any,
      })
      const ch = await createChannel({ destination: "google" })
      const { data: preview } = await api.post(`/admin/social/channels/${ch.id}/preview`, {}, admin)
      expect(preview.preview).toMatchObject({ create: 3, update: 0, delete: 0, invalid: 1 })
      expect(preview.preview.invalid_samples[0].errors.map((e: any) => e.code)).toContain("invalid_gtin")
      expect((await api.get(`/admin/social/channels/${ch.id}/items`, admin)).data.count).toBe(0)

      // Nothing is served before the first build.
      expect(await status(api.get(path(ch.feed_url)))).toBe(404)
      const run = await syncAndWait(ch.id)
      expect(run).toMatchObject({ status: "succeeded", results: { snapshot: { created: 3, invalid: 1 }, feed: { published: true, item_count: 3 } } })
      expect(run.done).toBeGreaterThan(0)

      const res = await api.get(path(ch.feed_url), { responseType: "text" })
      expect(res.headers["content-type"]).toContain("application/xml")
      expect(res.headers["etag"]).toBeTruthy()
      expect(res.headers["last-modified"]).toBeTruthy()
      const doc = xml.parse(res.data)
      expect(doc.rss["@_xmlns:g"]).toBe("http://base.google.com/ns/1.0")
      const items = [].concat(doc.rss.channel.item) as any[]
      const byId = Object.fromEntries(items.map((i) => [i["g:id"], i]))
      const s = byId[shop.variantBySku["SHIRT-S"].id]
      const m = byId[shop.variantBySku["SHIRT-M"].id]
      const mug = byId[shop.variantBySku["MUG"].id]
      expect(Object.keys(byId).sort()).toEqual([s, m, mug].map((i) => i["g:id"]).sort())
      expect(byId[shop.variantBySku["BROKEN"].id]).toBeUndefined()
      expect(byId[shop.variantBySku["ELSE"].id]).toBeUndefined()
      expect(s).toMatchObject({ "g:price": "15.00 USD", "g:availability": "in_stock", "g:size": "S", "g:color": "Blue", "g:gtin": VALID_EAN })
      expect(s).toMatchObject({ "g:sale_price": "12.00 USD", "g:sale_price_effective_date": "2026-01-01T00:00:00.000Z/2099-01-31T00:00:00.000Z" })
      expect(m["g:sale_price"]).toBeUndefined()
      expect(m).toMatchObject({ "g:price": "15.00 USD", "g:availability": "out_of_stock", "g:size": "M", "g:color": "Blue" })
      expect(s["g:item_group_id"]).toBe(m["g:item_group_id"])
      expect(s["g:description"]).toBe("Light & quick to dry.")
      expect(s["g:link"]).toMatch(/^http:\/\/localhost:8000\/products\/trail-shirt\?variant=/)
      expect(mug).toMatchObject({ "g:price": "8.50 USD", "g:availability": "in_stock", "g:identifier_exists": "no" })

      const gz = await api.get(path(ch.feed_url_gz), { responseType: "arraybuffer", decompress: false })
      expect(gz.headers["content-type"]).toBe("application/gzip")
      expect(gunzipSync(Buffer.from(gz.data)).toString("utf8")).toBe(res.data)
      expect(await status(api.get(path(ch.feed_url), { headers: { "if-none-match": res.headers["etag"] } }))).toBe(304)

      const errors = await api.get(`/admin/social/channels/${ch.id}/items?status=error&code=invalid_gtin`, admin)
      expect(errors.data.items).toHaveLength(1)
      expect(errors.data.items[0]).toMatchObject({ variant_id: shop.variantBySku["BROKEN"].id, status: "invalid" })
      expect(errors.data.items[0].errors[0]).toMatchObject({ field: "gtin" })
      expect((await api.get(`/admin/social/channels/${ch.id}/items?status=error&code=missing_brand`, admin)).data.count).toBe(0)

      const across = await api.get(`/admin/social/catalog/products/${shop.variantBySku["SHIRT-S"].product_id}`, admin)
      expect(across.data.channels[0]).toMatchObject({ channel_id: ch.id, destination: "google" })
      expect(across.data.channels[0].items).toHaveLength(2)
    })

    it("writes JPY without decimals and each platform's words in TikTok CSV, Meta CSV and Pinterest XML", async () => {
      const tiktok = await createChannel({ destination: "tiktok", currency_code: "jpy", country: "jp", language: "ja" })
      const meta = await createChannel({ destination: "meta" })
      const pinterest = await createChannel({ destination: "pinterest" })
      for (const c of [tiktok, meta, pinterest]) expect((await syncAndWait(c.id)).status).toBe("succeeded")

      const t = parse((await api.get(path(tiktok.feed_url), { responseType: "text" })).data, { columns: true })
      const shirtS = t.find((r: any) => r.sku_id === shop.variantBySku["SHIRT-S"].id)
      // Japan shows prices with tax; without a tax region the rate is 0, so the price is as stored.
      expect(shirtS).toMatchObject({ price: "1500 JPY", availability: "in stock", size: "S", color: "Blue" })
      const m = parse((await api.get(path(meta.feed_url), { responseType: "text" })).data, { columns: true })
      expect(m.find((r: any) => r.id === shop.variantBySku["SHIRT-M"].id)).toMatchObject({ availability: "out of stock", quantity_to_sell_on_facebook: "0", price: "15.00 USD" })
      const p = [].concat(xml.parse((await api.get(path(pinterest.feed_url), { responseType: "text" })).data).rss.channel.item) as any[]
      expect(p.map((i) => i["g:availability"]).sort()).toEqual(["in stock", "in stock", "out of stock"])
    })

    it("keeps the last feed when the item count falls by more than half, unless forced", async () => {
      const ch = await createChannel({ destination: "google" })
      await syncAndWait(ch.id)
      const first = (await api.get(path(ch.feed_url), { responseType: "text" })).data
      await getContainer().resolve(Modules.PRODUCT).softDeleteProducts([shop.variantBySku["SHIRT-S"].product_id])

      const blocked = await syncAndWait(ch.id)
      expect(blocked.results.feed).toMatchObject({ published: false, blocked: true, item_count: 1, previous_count: 3 })
      expect((await api.get(`/admin/social/channels/${ch.id}`, admin)).data.channel.feed_status).toBe("blocked")
      expect((await api.get(path(ch.feed_url), { responseType: "text" })).data).toBe(first)

      const forced = await syncAndWait(ch.id, { force: true })
      expect(forced.results.feed).toMatchObject({ published: true, item_count: 1 })
      const items = [].concat(xml.parse((await api.get(path(ch.feed_url), { responseType: "text" })).data).rss.channel.item) as any[]
      expect(items.map((i) => i["g:id"])).toEqual([shop.variantBySku["MUG"].id])
    })

    describe("push", () => {
      let provider: FakeCatalogProvider
      let restore: () => unknown
      beforeEach(() => {
        provider = new FakeCatalogProvider()
        restore = registerCatalogProvider("meta", () => provider)
      })
      afterEach(() => restore())

      it("sends only changes, retries a throttle, stores item errors, sends stock-outs and deletions", async () => {
        const ch = await createChannel({ destination: "meta", mode: "push", credentials: { catalog_id: "1", access_token: "t" } })
        provider.throttleNext = 1
        provider.failIds.add(shop.variantBySku["MUG"].id)
        const first = await syncAndWait(ch.id)
        expect(first.status).toBe("succeeded")
        expect(first.results.push).toMatchObject({ sent: 3, ok: 2, failed: 1 })
        expect(provider.submitted.every((b) => b.length <= provider.maxBatchSize)).toBe(true)
        expect(provider.sentIds.sort()).toEqual([shop.variantBySku["SHIRT-S"].id, shop.variantBySku["SHIRT-M"].id, shop.variantBySku["MUG"].id].sort())
        const failed = await api.get(`/admin/social/channels/${ch.id}/items?status=error&code=invalid_image`, admin)
        expect(failed.data.items).toHaveLength(1)
        expect(failed.data.items[0]).toMatchObject({ variant_id: shop.variantBySku["MUG"].id, status: "error", attempts: 1 })
        expect(failed.data.items[0].errors[0].message).toBe("Image could not be downloaded")

        // Nothing changed: nothing is sent (the failed item waits for its backoff).
        provider.submitted = []
        const second = await syncAndWait(ch.id)
        expect(second.results.push.sent).toBe(0)
        expect(provider.submitted).toEqual([])

        // S sells out: only S goes, as out of stock. Then the shirt is deleted: both go as deletes.
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const [level] = await inventory.listInventoryLevels({ inventory_item_id: shop.inventoryItemBySku["SHIRT-S"], location_id: shop.location.id })
        await inventory.updateInventoryLevels([{ id: level.id, inventory_item_id: level.inventory_item_id, location_id: level.location_id, stocked_quantity: 0 }])
        await syncAndWait(ch.id)
        expect(provider.submitted.flat()).toEqual([
          { method: "upsert", item: { id: shop.variantBySku["SHIRT-S"].id, payload: expect.objectContaining({ availability: "out_of_stock", quantity: 0 }) } },
        ])

        provider.submitted = []
        await getContainer().resolve(Modules.PRODUCT).softDeleteProducts([shop.variantBySku["SHIRT-S"].product_id])
        // The preview counts the deleted product's two variants, also walking one product a page
        // (the stretches of product ids between pages are counted by the database).
        const preview = await api.post(`/admin/social/channels/${ch.id}/preview`, {}, admin)
        expect(preview.data.preview).toMatchObject({ delete: 2, create: 0 })
        const paged = await buildSnapshot(getContainer(), await loadChannel(getContainer(), ch.id), { runId: "preview", dryRun: true, pageSize: 1 })
        expect(paged.deleted).toBe(2)
        await syncAndWait(ch.id)
        expect(provider.sentIds.sort()).toEqual([`delete:${shop.variantBySku["SHIRT-S"].id}`, `delete:${shop.variantBySku["SHIRT-M"].id}`].sort())
        expect(provider.remote.has(shop.variantBySku["SHIRT-S"].id)).toBe(false)
        const left = await api.get(`/admin/social/channels/${ch.id}/items`, admin)
        expect(left.data.items.map((i: any) => i.variant_id).sort()).toEqual([shop.variantBySku["BROKEN"].id, shop.variantBySku["MUG"].id].sort())
      })
    })

    it("sends a channel's calls only to the platform's hosts or the listed ones; moving them needs the secrets again", async () => {
      const post = (url: string, body: Record<string, unknown>) => api.post(url, body, admin).catch((e: any) => e.response)
      const base = { name: "X", language: "en", country: "us", currency_code: "usd", mode: "push" }
      const key = (tokenUri: string) => JSON.parse(makeServiceAccount().keyFile(tokenUri))
      const refused: [Record<string, unknown>, string][] = [
        [{ destination: "meta", credentials: { catalog_id: "1", access_token: "t", api_base_url: "https://collector.example/graph" } }, "credentials.api_base_url"],
        [{ destination: "meta", credentials: { catalog_id: "1", access_token: "t", api_base_url: "http://169.254.169.254/latest" } }, "credentials.api_base_url"],
        // Loopback, but not the listed address.
        [{ destination: "meta", credentials: { catalog_id: "1", access_token: "t", api_base_url: "http://127.0.0.2:9/v21.0" } }, "credentials.api_base_url"],
        [{ destination: "tiktok", credentials: { access_token: "t", api_base_url: "https://graph.facebook.com/v21.0" } }, "credentials.api_base_url"],
        [{ destination: "google", credentials: { merchant_id: "1", data_source_id: "2", client_id: "c", client_secret: "s", refresh_token: "r", token_uri: "https://collector.example/token" } }, "credentials.token_uri"],
        [{ destination: "google", credentials: { merchant_id: "1", data_source_id: "2", service_account_json: key("http://10.0.0.5/token") } }, "credentials.service_account_json"],
      ]
      for (const [body, field] of refused) {
        const res = await post("/admin/social/channels", { ...base, ...body })
        expect([field, res.status]).toEqual([field, 400])
        expect(res.data.message).toContain(`${field}: `)
      }
      expect((await api.get("/admin/social/channels", admin)).data.count).toBe(0)

      // The platform's own host, and the listed contract-server address, are taken.
      const ch = await createChannel({ destination: "meta", mode: "push", credentials: { catalog_id: "1", access_token: "meta-secret", api_base_url: "https://graph.facebook.com/v21.0" } })
      expect(ch.credentials_set).toMatchObject({ api_base_url: true })
      // Pointing it elsewhere (even at an allowed host) without the access token again: refused.
      const moved = await post(`/admin/social/channels/${ch.id}`, { credentials: { api_base_url: "http://127.0.0.1:9/v21.0" } })
      expect([moved.status, moved.data.message]).toEqual([400, expect.stringContaining("credentials.access_token")])
      const stored = await catalogService(getContainer()).openCredentials(ch.id)
      expect(stored.api_base_url).toBe("https://graph.facebook.com/v21.0")
      const withSecret = await post(`/admin/social/channels/${ch.id}`, { credentials: { api_base_url: "http://127.0.0.1:9/v21.0", access_token: "meta-secret-2" } })
      expect(withSecret.status).toBe(200)
      // Back to the platform's default needs nothing.
      expect((await post(`/admin/social/channels/${ch.id}`, { credentials: { api_base_url: null } })).status).toBe(200)
    })

    it("pushes through the real Meta provider to Meta's contract server, and a second run sends nothing", async () => {
      const meta = await startMetaServer({ catalogId: "cat_1", token: "meta-token", pollsInProgress: 1 })
      try {
        const ch = await createChannel({
          destination: "meta",
          mode: "push",
          credentials: { catalog_id: "cat_1", access_token: "meta-token", api_base_url: meta.url },
        })
        const first = await syncAndWait(ch.id)
        expect(first.status).toBe("succeeded")
        const valid = [shop.variantBySku["SHIRT-S"].id, shop.variantBySku["SHIRT-M"].id, shop.variantBySku["MUG"].id]
        expect([...meta.items.keys()].sort()).toEqual(valid.sort())
        expect(meta.items.get(shop.variantBySku["SHIRT-S"].id)).toMatchObject({ price: expect.stringMatching(/^\d+\.\d{2} USD$/), availability: "in stock" })
        const batches = meta.received.filter((r) => r.path.endsWith("/items_batch"))
        expect(batches.length).toBeGreaterThan(0)

        const second = await syncAndWait(ch.id)
        expect(second.results.push.sent).toBe(0)
        expect(meta.received.filter((r) => r.path.endsWith("/items_batch"))).toHaveLength(batches.length)
      } finally {
        await meta.close()
      }
    })

    it("pages a channel's items by cursor: an item removed between two pages shifts nothing", async () => {
      const ch = await createChannel({ destination: "google" })
      await syncAndWait(ch.id)
      const url = `/admin/social/channels/${ch.id}/items`
      const all = (await api.get(url, admin)).data
      expect(all).toMatchObject({ count: 4, next_cursor: null })
      const ids = all.items.map((i: any) => i.id)

      const first = (await api.get(`${url}?limit=2`, admin)).data
      expect(first.items.map((i: any) => i.id)).toEqual(ids.slice(0, 2))
      expect(first.next_cursor).toBe(ids[1])
      // A write between the pages: the first item of page one leaves the snapshot.
      await catalogService(getContainer()).purgeItems({ ids: [ids[0]] })
      const second = (await api.get(`${url}?limit=2&cursor=${first.next_cursor}`, admin)).data
      expect(second.items.map((i: any) => i.id)).toEqual(ids.slice(2, 4))
      expect(second).toMatchObject({ count: 3, next_cursor: null })

      const bad = await api.get(`${url}?cursor=1%20OR%201=1`, admin).catch((e: any) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("cursor")
      expect((await api.get(`${url}?offset=2`, admin).catch((e: any) => e.response)).status).toBe(400)
    })

    it("prices a market that shows prices with tax as its product pages do, without adding tax twice", async () => {
      const container = getContainer()
      const { result: [de, uk] } = await createRegionsWorkflow(container).run({
        input: {
          regions: [
            { name: "Germany", currency_code: "eur", countries: ["de"] },
            { name: "UK", currency_code: "gbp", countries: ["gb"] },
          ],
        } as any,
      })
      // GBP prices are entered with tax included (the store's currency setting).
      await container.resolve(Modules.PRICING).createPricePreferences([{ attribute: "currency_code", value: "gbp", is_tax_inclusive: true }])
      await createTaxRegionsWorkflow(container).run({
        input: [
          { country_code: "de", provider_id: "tp_system", default_tax_rate: { rate: 19, code: "DE19", name: "MwSt" } },
          { country_code: "gb", provider_id: "tp_system", default_tax_rate: { rate: 20, code: "GB20", name: "VAT" } },
        ] as any,
      })
      const { result: [jacket] } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Rain jacket",
              handle: "rain-jacket",
              status: "published",
              description: "Keeps the rain out.",
              thumbnail: "https://cdn.example.com/jacket.jpg",
              options: [{ title: "Default", values: ["Default"] }],
              variants: [
                {
                  title: "Default variant",
                  sku: "JACKET",
                  manage_inventory: false,
                  options: { Default: "Default" },
                  prices: [
                    { amount: 100, currency_code: "eur" },
                    { amount: 60, currency_code: "gbp" },
                  ],
                },
              ],
              sales_channels: [{ id: shop.web.id }],
            },
          ],
        },
      })
      const variantId = jacket.variants[0].id
      await createPriceListsWorkflow(container).run({
        input: {
          price_lists_data: [
            { title: "Spring sale", description: "Jackets", type: "sale", status: "active", prices: [{ amount: 80, currency_code: "eur", variant_id: variantId }] },
          ],
        } as any,
      })

      const germany = await createChannel({ destination: "google", country: "de", currency_code: "eur", language: "de", region_id: de.id })
      const britain = await createChannel({ destination: "google", country: "gb", currency_code: "gbp", language: "en", region_id: uk.id })
      expect(germany.prices_include_tax).toBe(true)
      for (const c of [germany, britain]) expect((await syncAndWait(c.id)).status).toBe("succeeded")
      const itemOf = async (c: any) =>
        ([].concat(xml.parse((await api.get(path(c.feed_url), { responseType: "text" })).data).rss.channel.item) as any[]).find((i) => i["g:id"] === variantId)

      // Stored without tax (100 EUR, sale 80 EUR): the German page shows 19% VAT on top.
      expect(await itemOf(germany)).toMatchObject({ "g:price": "119.00 EUR", "g:sale_price": "95.20 EUR" })
      // Stored with tax already (60 GBP): shown as stored.
      expect(await itemOf(britain)).toMatchObject({ "g:price": "60.00 GBP" })
      expect((await itemOf(britain))["g:sale_price"]).toBeUndefined()
    })

    describe("scheduled jobs", () => {
      let provider: FakeCatalogProvider
      let restore: () => unknown
      beforeEach(() => {
        provider = new FakeCatalogProvider()
        restore = registerCatalogProvider("meta", () => provider)
      })
      afterEach(() => restore())

      const runsOf = async (id: string) => (await api.get(`/admin/social/channels/${id}/runs`, admin)).data.runs as any[]
      const queueOf = async (id: string) =>
        (await catalogService(getContainer()).listSocialCatalogPendings({ channel_id: id })).map((q) => q.product_id)

      it("the delta job sends a change; a channel another run holds keeps its delta queued, with the change, and runs it next", async () => {
        const container = getContainer()
        const push = await createChannel({ destination: "meta", mode: "push", credentials: { catalog_id: "1", access_token: "t" } })
        const feed = await createChannel({ destination: "google" })
        // Channels that never had a full run get one.
        await socialCatalogDelta(container)
        for (const c of [push, feed]) expect((await runsOf(c.id))[0]).toMatchObject({ kind: "full", status: "succeeded" })
        expect(provider.sentIds).toHaveLength(3)

        const shirtId = shop.variantBySku["SHIRT-S"].product_id
        const updated = TestEventUtils.waitSubscribersExecution(ProductWorkflowEvents.UPDATED, container.resolve(Modules.EVENT_BUS) as any)
        await updateProductsWorkflow(container).run({ input: { selector: { id: shirtId }, update: { title: "Storm shirt" } } })
        await updated
        expect(await queueOf(push.id)).toEqual([shirtId])
        expect(await queueOf(feed.id)).toEqual([shirtId])

        // Another run holds the push channel: its delta is recorded as queued, not failed nor lost.
        provider.submitted = []
        const locking = container.resolve(Modules.LOCKING)
        await locking.acquire(`social-catalog:${push.id}`, { ownerId: "test", expire: 60 })
        try {
          await socialCatalogDelta(container)
        } finally {
          await locking.release(`social-catalog:${push.id}`, { ownerId: "test" })
        }
        const waiting = (await runsOf(push.id))[0]
        expect(waiting).toMatchObject({ kind: "delta", status: "queued", error: null, lease_owner: null })
        expect(provider.submitted).toEqual([])
        expect(await queueOf(push.id)).toEqual([shirtId])
        // The feed channel's delta went through and cleared its own queue.
        expect((await runsOf(feed.id))[0]).toMatchObject({ kind: "delta", status: "succeeded" })
        expect(await queueOf(feed.id)).toEqual([])
        const items = [].concat(xml.parse((await api.get(path(feed.feed_url), { responseType: "text" })).data).rss.channel.item) as any[]
        expect(items.find((i) => i["g:id"] === shop.variantBySku["SHIRT-S"].id)["g:title"]).toBe("Storm shirt - S / Blue")

        // The next delta runs the queued run (no second one), which sends the change, and only that.
        await socialCatalogDelta(container)
        expect((await runsOf(push.id))[0]).toMatchObject({ id: waiting.id, kind: "delta", status: "succeeded", total: 2 })
        expect(provider.submitted.flat().map((op: any) => [op.item.id, op.item.payload.title]).sort()).toEqual(
          [
            [shop.variantBySku["SHIRT-M"].id, "Storm shirt - M / Blue"],
            [shop.variantBySku["SHIRT-S"].id, "Storm shirt - S / Blue"],
          ].sort()
        )
        expect(await queueOf(push.id)).toEqual([])
      })

      it("the daily job rebuilds, deletes what the platform holds that the shop does not, and sends again what it lost", async () => {
        const container = getContainer()
        const ch = await createChannel({ destination: "meta", mode: "push", credentials: { catalog_id: "1", access_token: "t" } })
        await socialCatalogDaily(container)
        const valid = [shop.variantBySku["SHIRT-S"].id, shop.variantBySku["SHIRT-M"].id, shop.variantBySku["MUG"].id]
        expect([...provider.remote].sort()).toEqual([...valid].sort())
        expect((await runsOf(ch.id))[0]).toMatchObject({ kind: "full", status: "succeeded", results: { reconcile: { orphans_deleted: 0, missing_requeued: 0 } } })

        // Behind the plugin's back: an item nobody knows appears, the mug disappears.
        provider.remote.add("variant_from_elsewhere")
        provider.remote.delete(shop.variantBySku["MUG"].id)
        provider.submitted = []
        await socialCatalogDaily(container)
        const run = (await runsOf(ch.id))[0]
        expect(run).toMatchObject({ kind: "full", status: "succeeded", results: { reconcile: { remote: 3, orphans_deleted: 1, missing_requeued: 1 }, push: { sent: 1 } } })
        expect(provider.sentIds.sort()).toEqual(["delete:variant_from_elsewhere", shop.variantBySku["MUG"].id].sort())
        expect([...provider.remote].sort()).toEqual([...valid].sort())
        const synced = await api.get(`/admin/social/channels/${ch.id}/items?status=synced`, admin)
        expect(synced.data.items.map((i: any) => i.variant_id).sort()).toEqual([...valid].sort())
      })

      it("a sync asked for while another run holds the channel waits queued, then runs; its total is the channel's sales channel", async () => {
        const container = getContainer()
        const ch = await createChannel({ destination: "google" })
        const locking = container.resolve(Modules.LOCKING)
        await locking.acquire(`social-catalog:${ch.id}`, { ownerId: "test", expire: 60 })
        let queued: any
        try {
          queued = (await api.post(`/admin/social/channels/${ch.id}/sync`, {}, admin)).data
          // The worker's attempt finds the channel held: the run stays queued, nothing failed.
          expect(await runCatalogSync(container, queued.run.id)).toBe("busy")
          expect((await runsOf(ch.id))[0]).toMatchObject({ id: queued.run.id, status: "queued", error: null })
          // Asked again meanwhile: the same run answers.
          const again = (await api.post(`/admin/social/channels/${ch.id}/sync`, {}, admin)).data
          expect(again).toMatchObject({ already_running: true, run: { id: queued.run.id } })
        } finally {
          await locking.release(`social-catalog:${ch.id}`, { ownerId: "test" })
        }
        expect(await runCatalogSync(container, queued.run.id)).toBe("succeeded")
        // Five variants in the shop; "Elsewhere" is sold in another sales channel.
        expect((await runsOf(ch.id))[0]).toMatchObject({ id: queued.run.id, status: "succeeded", stage: "done", total: 3, done: 3, lease_owner: null, results: { snapshot: { variants: 4 }, feed: { item_count: 3 } } })
      })
    })

    it("deletes a channel and its snapshot", async () => {
      const ch = await createChannel({ destination: "google" })
      await syncAndWait(ch.id)
      expect((await api.delete(`/admin/social/channels/${ch.id}`, admin)).data).toMatchObject({ id: ch.id, deleted: true })
      expect(await status(api.get(`/admin/social/channels/${ch.id}`, admin))).toBe(404)
      expect(await status(api.get(path(ch.feed_url)))).toBe(404)
    })
  },
})
