import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createAdminHeaders } from "../helpers/auth"
import { seedCatalog } from "../helpers/catalog-fixtures"
import { catalogApi, collectEvents } from "../helpers/catalog-api"
import { startGoogleServer } from "../contract-servers/google"
import { makeServiceAccount } from "../contract-servers/_keys"
import { startMetaServer } from "../contract-servers/meta"
import { startPinterestServer } from "../contract-servers/pinterest"
import { startTikTokServer } from "../contract-servers/tiktok"
import GoogleCatalogProvider from "../../src/providers/catalog/google"
import { pushChanges } from "../../src/workflows/social-catalog/lib/push-runner"
import { catalogService, loadChannel } from "../../src/workflows/social-catalog/lib/channel"

// The contract servers run on loopback: channels may send calls only to the platforms' hosts and
// those in the plugin's catalogAllowedHosts (read by medusa-config.ts when the app boots).
process.env.SOCIAL_CATALOG_ALLOWED_HOSTS = "127.0.0.1"


/**
 * The push against the platforms' contract servers, through the real provider code: what the
 * platform says (a throttle's answers and wait, a per-item deferral, a daily update cap, a
 * finished or failed batch) lands on the snapshot rows, and nothing the platform has is sent
 * twice. Where time must pass (the next UTC day), the test calls the push runner itself with a
 * clock; everything else goes through the admin API and the sync workflow.
 */
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

    const id = (sku: string) => shop.variantBySku[sku].id
    const valid = () => [id("SHIRT-S"), id("SHIRT-M"), id("MUG")]

    const catalog = () => catalogApi(api, admin, shop.web.id)
    const createChannel = (body: Record<string, unknown>) => catalog().createChannel(body)
    const syncAndWait = (channelId: string) => catalog().syncAndWait(channelId)
    const itemsOf = (channelId: string, status = "all") => catalog().itemsOf(channelId, `status=${status}`)
    // The platform's own warnings on an item (the validator's have no source).
    const platformWarnings = (item: any) => (item.warnings ?? []).filter((w: any) => w.source)
    // The "error" filter also lists invalid items (the seeded product with a bad GTIN): the platform's refusals only.
    const refused = async (channelId: string) => (await itemsOf(channelId, "error")).filter((i) => i.status !== "invalid")

    async function renameShirt(title: string) {
      const productId = shop.variantBySku["SHIRT-S"].product_id
      await updateProductsWorkflow(getContainer()).run({ input: { selector: { id: productId }, update: { title } } })
    }

    const googleCredentials = (url: string) => ({ merchant_id: "123", data_source_id: "456", access_token: "google-token", api_base_url: url })

    it("Google with a service account key: one token for the run's parallel calls; the token ends mid-run, is renewed once, and the push succeeds", async () => {
      const account = makeServiceAccount()
      // The token the run started with ends once the first product is in (its hour runs out
      // while the run is under way); calls in flight then are refused with 401.
      const google = await startGoogleServer({ latencyMs: 50, oauth: { serviceAccounts: [account], endTokensAfterInserts: 1 } })
      try {
        const ch = await createChannel({
          destination: "google",
          mode: "push",
          credentials: { merchant_id: "123", data_source_id: "456", service_account_json: account.keyFile(google.tokenUrl), api_base_url: google.url },
        })
        expect(ch.credentials_set).toEqual({ api_base_url: true, data_source_id: true, merchant_id: true, service_account_json: true })
        expect(JSON.stringify(ch)).not.toContain("PRIVATE KEY")

        const run = await syncAndWait(ch.id)
        expect(run.status).toBe("succeeded")
        expect(run.results.push).toMatchObject({ sent: 3, ok: 3, failed: 0, deferred: 0, error: null })
        // The first token served the first insert; the calls Google refused after the hour got ONE
        // new token between them and went again, each product inserted once.
        expect(google.tokens.refused).toBeGreaterThanOrEqual(1)
        expect(google.tokenRequests()).toHaveLength(2)
        expect([...google.updates.values()]).toEqual([1, 1, 1])
        expect((await itemsOf(ch.id, "synced")).map((i) => i.variant_id).sort()).toEqual(valid().sort())
      } finally {
        await google.close()
      }
    })

    it("Pinterest refresh token: the new one Pinterest answers is sealed into the channel, and the next run refreshes with it", async () => {
      let t = Date.now()
      const pinterest = await startPinterestServer({ now: () => t, oauth: { clientId: "1484000", clientSecret: "app-secret", refreshTokens: ["pinr.connect"] } })
      try {
        const ch = await createChannel({
          destination: "pinterest",
          mode: "push",
          credentials: { client_id: "1484000", client_secret: "app-secret", refresh_token: "pinr.connect", api_base_url: `${pinterest.url}/v5` },
        })
        const first = await syncAndWait(ch.id)
        expect(first.status).toBe("succeeded")
        expect(first.results.push).toMatchObject({ sent: 3, ok: 3, failed: 0 })
        const stored = await catalogService(getContainer()).openCredentials(ch.id)
        expect(stored.refresh_token).not.toBe("pinr.connect")
        expect([...pinterest.refreshTokens]).toEqual([stored.refresh_token])
        // Still sealed, and the API only says it is set.
        const { data } = await api.get(`/admin/social/channels/${ch.id}`, admin)
        expect(data.channel.credentials_set).toEqual({ api_base_url: true, client_id: true, client_secret: true, refresh_token: true })
        expect(JSON.stringify(data)).not.toContain("pinr.")

        // 31 days later Pinterest ends the access token; the next run refreshes with the stored token.
        t += 31 * 86_400_000
        await renameShirt("Autumn shirt")
        const second = await syncAndWait(ch.id)
        expect(second.status).toBe("succeeded")
        expect(second.results.push).toMatchObject({ sent: 2, ok: 2, failed: 0 })
        expect(pinterest.tokenRequests().map((r) => new URLSearchParams(r.body).get("refresh_token"))).toEqual(["pinr.connect", stored.refresh_token])
        const again = await catalogService(getContainer()).openCredentials(ch.id)
        expect([...pinterest.refreshTokens]).toEqual([again.refresh_token])
        expect(again.refresh_token).not.toBe(stored.refresh_token)
      } finally {
        await pinterest.close()
      }
    })

    it("a revoked Google refresh token fails the run with what to do, marks no item failed, and a new one fixes it", async () => {
      const client = { clientId: "shop.apps.googleusercontent.com", clientSecret: "client-secret", refreshTokens: ["1//still-good"] }
      const google = await startGoogleServer({ oauth: { clients: [client] } })
      try {
        const ch = await createChannel({
          destination: "google",
          mode: "push",
          credentials: {
            merchant_id: "123",
            data_source_id: "456",
            client_id: client.clientId,
            client_secret: client.clientSecret,
            refresh_token: "1//revoked-by-the-merchant",
            token_uri: google.tokenUrl,
            api_base_url: google.url,
          },
        })
        const run = await syncAndWait(ch.id)
        expect(run.status).toBe("failed")
        expect(run.error).toContain("google: Google refused the refresh token (invalid_grant: Token has been expired or revoked.)")
        expect(run.error).toContain("authorize the app again with the scope https://www.googleapis.com/auth/content and store the new refresh_token")
        // Nothing was sent and no item carries the failure: they wait, unsent, for the fix.
        expect(google.received.filter((r) => r.path !== "/token")).toHaveLength(0)
        expect(await refused(ch.id)).toEqual([])
        expect((await itemsOf(ch.id, "not_sent")).map((i) => i.variant_id).sort()).toEqual(valid().sort())

        await api.post(`/admin/social/channels/${ch.id}`, { credentials: { refresh_token: "1//still-good" } }, admin)
        const fixed = await syncAndWait(ch.id)
        expect(fixed.status).toBe("succeeded")
        expect(fixed.results.push).toMatchObject({ sent: 3, ok: 3, failed: 0 })
      } finally {
        await google.close()
      }
    })

    it("Google throttles midway: the items answered before are not sent again, the rest go after Google's wait", async () => {
      const google = await startGoogleServer({ throttle: { after: 1, times: 1, retryAfterSeconds: 1 } })
      try {
        const ch = await createChannel({ destination: "google", mode: "push", credentials: googleCredentials(google.url) })
        const run = await syncAndWait(ch.id)
        expect(run.status).toBe("succeeded")
        expect(run.results.push).toMatchObject({ sent: 3, ok: 3, failed: 0, deferred: 0, throttled: false })

        // Every product was inserted exactly once: none of the answered ones went again.
        const inserts = google.received.filter((r) => r.path.endsWith("/productInputs:insert"))
        expect(inserts).toHaveLength(4) // three accepted + the one Google throttled
        expect([...google.updates.values()]).toEqual([1, 1, 1])
        expect([...google.products.keys()].sort()).toEqual(valid().map((v) => `en~US~${v}`).sort())
        expect((await itemsOf(ch.id, "synced")).map((i) => i.variant_id).sort()).toEqual(valid().sort())
      } finally {
        await google.close()
      }
    })

    it("TikTok throttles the delete after the upload: the upload is not sent again", async () => {
      const tiktok = await startTikTokServer({ throttle: { after: 2, times: 1, kind: "QPS" } })
      try {
        const ch = await createChannel({
          destination: "tiktok",
          mode: "push",
          credentials: { bc_id: "bc_1", catalog_id: "cat_1", access_token: "tiktok-token", api_base_url: tiktok.url },
        })
        expect((await syncAndWait(ch.id)).results.push).toMatchObject({ sent: 3, ok: 3 })

        // The shirt changes and the mug is deleted: one upload call, then a delete call TikTok throttles.
        await renameShirt("Storm shirt")
        await getContainer().resolve(Modules.PRODUCT).softDeleteProducts([shop.variantBySku["MUG"].product_id])
        const run = await syncAndWait(ch.id)
        expect(run.results.push).toMatchObject({ sent: 3, upserted: 2, deleted: 1, ok: 3, failed: 0 })

        const calls = (path: string) => tiktok.received.filter((r) => r.path.endsWith(path))
        expect(calls("/catalog/product/upload/")).toHaveLength(2) // one a run: the second was not repeated
        expect(calls("/catalog/product/delete/")).toHaveLength(2) // throttled, then sent after the wait
        expect(calls("/catalog/product/upload/")[1].body.products.map((p: any) => p.sku_id).sort()).toEqual([id("SHIRT-S"), id("SHIRT-M")].sort())
        expect([...tiktok.products.keys()].sort()).toEqual([id("SHIRT-S"), id("SHIRT-M")].sort())
        expect(tiktok.products.get(id("SHIRT-S"))!.title).toBe("Storm shirt - S / Blue")
        expect((await itemsOf(ch.id)).map((i) => i.variant_id).sort()).toEqual([id("SHIRT-S"), id("SHIRT-M"), id("BROKEN")].sort())
      } finally {
        await tiktok.close()
      }
    })

    it("Google: a second update of a UTC day waits for noon, a third for the next day, each with its reason, and goes then", async () => {
      let t = Date.parse("2026-12-01T09:00:00Z")
      const clock = () => t
      const google = await startGoogleServer({ now: clock })
      try {
        // A feed channel: the workflow builds the snapshot, the test runs each push at its own time.
        const ch = await createChannel({ destination: "google", mode: "feed", credentials: googleCredentials(google.url) })
        const container = getContainer()
        // A new provider each push, as each run resolves its own: the count must live in the database.
        const push = async () => pushChanges(container, await loadChannel(container, ch.id), { provider: new GoogleCatalogProvider({ baseUrl: google.url, now: clock }), now: () => new Date(t), sleep: async () => {} })
        const shirts = [id("SHIRT-S"), id("SHIRT-M")]

        await syncAndWait(ch.id)
        expect(await push()).toMatchObject({ sent: 3, ok: 3, deferred: 0 })
        // 10:00: the day's second update is kept for its second half.
        t += 3_600_000
        await renameShirt("Second shirt")
        await syncAndWait(ch.id)
        const inserted = google.received.length
        expect(await push()).toMatchObject({ sent: 0, deferred: 2 })
        expect(google.received).toHaveLength(inserted)
        for (const item of await itemsOf(ch.id, "deferred")) {
          expect(new Date(item.next_attempt_at).toISOString()).toBe("2026-12-01T12:00:00.000Z")
          expect(platformWarnings(item)[0]).toMatchObject({ code: "daily_update_spread" })
        }
        t = Date.parse("2026-12-01T11:59:00Z")
        expect(await push()).toMatchObject({ sent: 0, deferred: 0 })
        t = Date.parse("2026-12-01T12:00:01Z")
        expect(await push()).toMatchObject({ sent: 2, ok: 2, deferred: 0 })

        t += 3_600_000
        await renameShirt("Third shirt")
        await syncAndWait(ch.id)
        const before = new Map((await catalogService(getContainer()).listSocialCatalogItems({ channel_id: ch.id })).map((r: any) => [r.variant_id, r]))
        const inserts = google.received.length
        const third = await push()
        expect(third).toMatchObject({ sent: 0, deferred: 2 })
        expect(google.received).toHaveLength(inserts) // nothing was called

        const deferred = await itemsOf(ch.id, "deferred")
        expect(deferred.map((i) => i.variant_id).sort()).toEqual([...shirts].sort())
        for (const item of deferred) {
          expect(new Date(item.next_attempt_at).toISOString()).toBe("2026-12-02T00:00:00.000Z")
          const [warning] = platformWarnings(item)
          expect(warning).toMatchObject({ code: "daily_update_limit" })
          expect(warning.message).toContain("deferred until 2026-12-02T00:00:00.000Z")
        }
        const rows = await catalogService(getContainer()).listSocialCatalogItems({ channel_id: ch.id, variant_id: shirts })
        for (const r of rows as any[]) {
          expect(r).toMatchObject({ dirty: true, last_sent_hash: before.get(r.variant_id).last_sent_hash })
          expect(r.last_sent_hash).not.toBe(r.content_hash)
        }

        // Later the same day: not due yet.
        t = Date.parse("2026-12-01T23:59:00Z")
        expect(await push()).toMatchObject({ sent: 0, deferred: 0 })
        // The next UTC day it goes, once.
        t = Date.parse("2026-12-02T00:00:01Z")
        expect(await push()).toMatchObject({ sent: 2, ok: 2, deferred: 0 })
        for (const v of shirts) {
          expect(google.updates.get(`2026-12-01|en~US~${v}`)).toBe(2)
          expect(google.updates.get(`2026-12-02|en~US~${v}`)).toBe(1)
          expect(google.products.get(`en~US~${v}`).productAttributes.title).toMatch(/^Third shirt/)
        }
        // Sent: the reason it waited is gone from the items.
        for (const item of await itemsOf(ch.id, "synced")) expect(platformWarnings(item)).toEqual([])
        expect((await itemsOf(ch.id, "synced")).map((i) => i.variant_id).sort()).toEqual(valid().sort())
      } finally {
        await google.close()
      }
    })

    it("Google: a call that fails on the way is deferred and counted; the others stand; a later run sends it", async () => {
      const unavailable = new Set([id("MUG")])
      const google = await startGoogleServer({ unavailableIds: unavailable })
      try {
        const ch = await createChannel({ destination: "google", mode: "push", credentials: googleCredentials(google.url) })
        const run = await syncAndWait(ch.id)
        expect(run.status).toBe("succeeded")
        expect(run.results.push).toMatchObject({ sent: 2, ok: 2, failed: 0, deferred: 1 })
        const [mug] = await itemsOf(ch.id, "deferred")
        expect(mug).toMatchObject({ variant_id: id("MUG"), status: "deferred", attempts: 0 })
        const [warning] = platformWarnings(mug)
        expect(warning).toMatchObject({ code: "transient_error" })
        expect(warning.message).toContain("503")
        expect(mug.next_attempt_at).toBeTruthy()

        // Google is back; a run after the time the provider gave sends the mug, and only the mug.
        unavailable.clear()
        const calls = google.received.length
        const container = getContainer()
        const later = new Date(Date.parse(mug.next_attempt_at) + 1000)
        const result = await pushChanges(container, await loadChannel(container, ch.id), { now: () => later })
        expect(result).toMatchObject({ sent: 1, ok: 1, deferred: 0 })
        expect(google.received.slice(calls).map((r) => r.body.offerId)).toEqual([id("MUG")])
        expect((await itemsOf(ch.id, "synced")).map((i) => i.variant_id).sort()).toEqual(valid().sort())
      } finally {
        await google.close()
      }
    })

    it("Meta: a finished batch's unlisted items are synced, listed ones carry Meta's message, and nothing is polled again", async () => {
      const meta = await startMetaServer({ catalogId: "cat_1", token: "meta-token", pollsInProgress: 0, failIds: { [id("MUG")]: "Image could not be downloaded" } })
      try {
        const ch = await createChannel({ destination: "meta", mode: "push", credentials: { catalog_id: "cat_1", access_token: "meta-token", api_base_url: meta.url } })
        const run = await syncAndWait(ch.id)
        expect(run.results.push).toMatchObject({ sent: 3, ok: 2, failed: 1, pending: 0 })
        const synced = await itemsOf(ch.id, "synced")
        expect(synced.map((i) => i.variant_id).sort()).toEqual([id("SHIRT-S"), id("SHIRT-M")].sort())
        // Meta's warning on an accepted item is kept with it.
        expect(platformWarnings(synced.find((i) => i.variant_id === id("SHIRT-M")))).toEqual([
          { code: "meta_warning", field: "", message: "Products with a GTIN or MPN are easier to match", source: "platform" },
        ])
        const [mug, ...others] = await refused(ch.id)
        expect(others).toEqual([])
        expect(mug).toMatchObject({ variant_id: id("MUG"), status: "error", attempts: 1 })
        expect(mug.errors[0].message).toBe("Image could not be downloaded")

        const polls = meta.received.filter((r) => r.path.endsWith("/check_batch_request_status")).length
        expect((await syncAndWait(ch.id)).results.push).toMatchObject({ sent: 0, pending: 0 })
        expect(meta.received.filter((r) => r.path.endsWith("/check_batch_request_status"))).toHaveLength(polls)
      } finally {
        await meta.close()
      }
    })

    it("Meta throttles for longer than a minute: the rows left unsent are deferred to Meta's time, counted, and sent then", async () => {
      const meta = await startMetaServer({ catalogId: "cat_1", token: "meta-token", pollsInProgress: 0, throttle: { after: 0, times: 1, regainMinutes: 7 } })
      const synced = collectEvents(getContainer(), "social.catalog.synced")
      try {
        const ch = await createChannel({ destination: "meta", mode: "push", credentials: { catalog_id: "cat_1", access_token: "meta-token", api_base_url: meta.url } })
        const before = Date.now()
        const run = await syncAndWait(ch.id)
        expect(run.status).toBe("succeeded")
        expect(run.results.push).toMatchObject({ sent: 0, ok: 0, failed: 0, deferred: 3, throttled: true })
        const retryAt = Date.parse(run.results.push.retry_at)
        // Never sooner than the 7 minutes Meta's X-Business-Use-Case-Usage asked for.
        expect(retryAt).toBeGreaterThanOrEqual(before + 7 * 60_000)
        for (let i = 0; i < 50 && !synced.seen.some((e) => e.run_id === run.id); i++) await new Promise((r) => setTimeout(r, 100))
        expect(synced.seen.find((e) => e.run_id === run.id)).toMatchObject({ channel_id: ch.id, sent: 0, failed: 0, deferred: 3 })

        const waiting = await itemsOf(ch.id, "deferred")
        expect(waiting.map((i) => i.variant_id).sort()).toEqual(valid().sort())
        for (const item of waiting) {
          expect(Date.parse(item.next_attempt_at)).toBe(retryAt)
          const [warning] = platformWarnings(item)
          expect(warning).toMatchObject({ code: "throttled" })
          expect(warning.message).toContain("80014")
        }

        // A run before Meta's time sends nothing and asks Meta nothing; one after it sends the three.
        const container = getContainer()
        const calls = meta.received.length
        expect(await pushChanges(container, await loadChannel(container, ch.id), { now: () => new Date(retryAt - 60_000) })).toMatchObject({ sent: 0, deferred: 0 })
        expect(meta.received).toHaveLength(calls)
        const later = await pushChanges(container, await loadChannel(container, ch.id), { now: () => new Date(retryAt + 1000), sleep: async () => {} })
        expect(later).toMatchObject({ sent: 3, ok: 3, deferred: 0 })
        expect((await itemsOf(ch.id, "synced")).map((i) => i.variant_id).sort()).toEqual(valid().sort())
      } finally {
        synced.stop()
        await meta.close()
      }
    })

    it("Meta gives up on a batch: the run still succeeds and its items are sent again later", async () => {
      const options = { catalogId: "cat_1", token: "meta-token", pollsInProgress: 0, finalStatus: "error" as "error" | "finished" }
      const meta = await startMetaServer(options)
      try {
        const ch = await createChannel({ destination: "meta", mode: "push", credentials: { catalog_id: "cat_1", access_token: "meta-token", api_base_url: meta.url } })
        const run = await syncAndWait(ch.id)
        expect(run.status).toBe("succeeded")
        expect(run.results.push).toMatchObject({ sent: 3, ok: 0, deferred: 3 })
        const waiting = await itemsOf(ch.id, "deferred")
        expect(waiting.map((i) => i.variant_id).sort()).toEqual(valid().sort())
        expect(platformWarnings(waiting[0])[0]).toMatchObject({ code: "meta_batch_error" })

        options.finalStatus = "finished"
        const container = getContainer()
        const later = new Date(Date.now() + 24 * 3_600_000)
        const result = await pushChanges(container, await loadChannel(container, ch.id), { now: () => later, sleep: async () => {} })
        expect(result).toMatchObject({ sent: 3, ok: 3 })
        expect((await itemsOf(ch.id, "synced")).map((i) => i.variant_id).sort()).toEqual(valid().sort())
      } finally {
        await meta.close()
      }
    })

    it("pages a channel's runs by cursor, newest first: a run started between two pages shifts nothing", async () => {
      const ch = await createChannel({ destination: "google" })
      const service = catalogService(getContainer())
      const at = (s: number) => new Date(Date.parse("2026-11-22T10:00:00Z") + s * 1000)
      const made: string[] = []
      for (let i = 0; i < 3; i++) {
        made.push((await service.createSocialCatalogRuns({ channel_id: ch.id, kind: "delta", status: "succeeded", created_at: at(i) } as any)).id)
      }
      const url = `/admin/social/channels/${ch.id}/runs`

      const first = (await api.get(`${url}?limit=2`, admin)).data
      expect(first.runs.map((r: any) => r.id)).toEqual([made[2], made[1]])
      expect(first).toMatchObject({ count: 3, limit: 2, next_cursor: made[1] })
      // A new run between the pages: it is on no page already read, and page two does not repeat one.
      await service.createSocialCatalogRuns({ channel_id: ch.id, kind: "delta", status: "queued", created_at: at(10) } as any)
      const second = (await api.get(`${url}?limit=2&cursor=${first.next_cursor}`, admin)).data
      expect(second.runs.map((r: any) => r.id)).toEqual([made[0]])
      expect(second).toMatchObject({ count: 4, next_cursor: null })

      const rejected = async (query: string) => (await api.get(`${url}?${query}`, admin).catch((e: any) => e.response))
      const offset = await rejected("offset=2")
      expect(offset.status).toBe(400)
      expect(offset.data.message).toContain("offset")
      for (const bad of ["cursor=1%20OR%201=1", "cursor=scrun_NOSUCHRUN"]) {
        const r = await rejected(bad)
        expect(r.status).toBe(400)
        expect(r.data.message).toContain("cursor")
      }
      // Another channel's run is not a cursor here.
      const other = await createChannel({ destination: "google", name: "Other" })
      const foreign = (await service.createSocialCatalogRuns({ channel_id: other.id, kind: "delta", status: "succeeded" } as any)).id
      expect((await rejected(`cursor=${foreign}`)).status).toBe(400)
      expect((await api.get(url).catch((e: any) => e.response)).status).toBe(401)
    })
  },
})
