import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules, ProductVariantWorkflowEvents, ProductWorkflowEvents } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  deleteProductsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  revokeApiKeysWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import fs from "fs"
import http from "http"
import path from "path"
import sharp from "sharp"
import { SOCIAL_CARD_MODULE } from "../../src/modules/social-card"
import type SocialCardModuleService from "../../src/modules/social-card/service"
import { SOCIAL_SETTINGS_MODULE } from "../../src/modules/social-settings"
import type SocialSettingsModuleService from "../../src/modules/social-settings/service"
import { cleanupSocialCardsWorkflow } from "../../src/workflows/social-card/workflows/cleanup-social-cards"
import { createCardProduct, setStoreCurrencies, uploadPhoto } from "../helpers/cards"


// Product images may be fetched from this host only (the image server below); read by
// medusa-config.ts when the app boots.
process.env.SOCIAL_CARD_IMAGE_HOSTS = "127.0.0.1"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const raw = { maxRedirects: 0, validateStatus: () => true }
    const bytes = { ...raw, responseType: "arraybuffer" as const }

    beforeEach(async () => {
      await setStoreCurrencies(getContainer())
    })

    const cardRows = (filters: Record<string, unknown> = {}, config: Record<string, unknown> = {}) =>
      getContainer().resolve<SocialCardModuleService>(SOCIAL_CARD_MODULE).listSocialCards(filters, config)

    describe("GET /social/cards/:product_id/:format", () => {
      it("redirects to an immutable URL serving a PNG of the stated size, with ETag and 304", async () => {
        const photo = await uploadPhoto(getContainer())
        const product = await createCardProduct(getContainer(), { thumbnail: photo })

        const stable = await api.get(`/social/cards/${product.id}/og.png?currency_code=eur&locale=fr-FR`, raw)
        expect(stable.status).toBe(302)
        expect(stable.headers.location).toMatch(/^\/social\/cards\/i\/[0-9a-f]{32}\.png$/)

        const image = await api.get(stable.headers.location, bytes)
        expect(image.status).toBe(200)
        expect(image.headers["content-type"]).toBe("image/png")
        expect(image.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
        const meta = await sharp(Buffer.from(image.data)).metadata()
        expect([meta.format, meta.width, meta.height]).toEqual(["png", 1200, 630])
        // The photo was read through the File module: the left of the card is its blue.
        const { data: px } = await sharp(Buffer.from(image.data)).extract({ left: 100, top: 300, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
        expect(px[2]).toBeGreaterThan(200)

        const etag = image.headers.etag
        expect(etag).toMatch(/^"[0-9a-f]{32}"$/)
        const again = await api.get(stable.headers.location, { ...bytes, headers: { "If-None-Match": etag } })
        expect(again.status).toBe(304)
        // A query string on the immutable URL changes nothing.
        expect((await api.get(`${stable.headers.location}?cb=1`, bytes)).status).toBe(200)
      })

      it("renders every format at its size; og-light is a JPEG under 300 KB", async () => {
        const product = await createCardProduct(getContainer())
        const sizes = {
          "og-light.jpg": [1200, 630, "jpeg"],
          "square.png": [1080, 1080, "png"],
          "pin.png": [1000, 1500, "png"],
          "story.png": [1080, 1920, "png"],
          "portrait.jpg": [1080, 1350, "jpeg"],
          "photo.jpg": [1080, 1350, "jpeg"],
        }
        for (const [file, [w, h, type]] of Object.entries(sizes)) {
          const stable = await api.get(`/social/cards/${product.id}/${file}?currency_code=jpy&locale=ja-JP`, raw)
          expect(stable.status).toBe(302)
          const image = await api.get(stable.headers.location, bytes)
          const meta = await sharp(Buffer.from(image.data)).metadata()
          expect([meta.width, meta.height, meta.format]).toEqual([w, h, type])
          if (type === "jpeg") {
            expect(image.headers["content-type"]).toBe("image/jpeg")
            expect(image.data.byteLength).toBeLessThanOrEqual(file === "og-light.jpg" ? 300 * 1024 : 1024 * 1024)
          }
        }
      })

      it("renders once per content hash: repeated and concurrent requests reuse one row and one file", async () => {
        const product = await createCardProduct(getContainer())
        const url = `/social/cards/${product.id}/og.png?locale=de-DE`
        const answers = await Promise.all([1, 2, 3, 4, 5].map(() => api.get(url, raw)))
        const locations = new Set(answers.map((a) => a.status === 302 && a.headers.location))
        expect(locations.size).toBe(1)
        const second = await api.get(url, raw)
        expect(second.headers.location).toBe(answers[0].headers.location)

        // (Creating the product also rendered its default og card in the background: other locale.)
        const rows = await cardRows({ product_id: product.id, locale: "de-DE" })
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ format: "og", currency_code: "usd", locale: "de-DE", width: 1200, height: 630, mime: "image/png" })
        const stored = await getContainer().resolve(Modules.FILE).getAsBuffer(rows[0].file_id)
        expect(stored.length).toBe(rows[0].size)
        // One file too (the local file provider writes under ./static).
        const dir = path.join(process.cwd(), "static", "social-cards")
        expect(fs.readdirSync(dir).filter((f) => f.includes(rows[0].hash))).toHaveLength(1)
      })

      it("gives changed content a new URL and keeps serving the old one", async () => {
        const product = await createCardProduct(getContainer(), { title: "Old title" })
        const before = (await api.get(`/social/cards/${product.id}/og.png`, raw)).headers.location
        await updateProductsWorkflow(getContainer()).run({ input: { selector: { id: product.id }, update: { title: "New title" } } })
        const after = (await api.get(`/social/cards/${product.id}/og.png`, raw)).headers.location
        expect(after).not.toBe(before)
        expect((await api.get(before, bytes)).status).toBe(200)
        expect((await api.get(after, bytes)).status).toBe(200)
      })

      it("renders a clean fallback when the product image cannot be read (no network at render time)", async () => {
        const product = await createCardProduct(getContainer(), { thumbnail: "https://images.example.invalid/none.jpg" })
        const stable = await api.get(`/social/cards/${product.id}/square.png`, raw)
        expect(stable.status).toBe(302)
        const image = await api.get(stable.headers.location, bytes)
        expect(image.status).toBe(200)
        const meta = await sharp(Buffer.from(image.data)).metadata()
        expect([meta.width, meta.height]).toEqual([1080, 1080])
      })

      it("reads product photos only through the File module's public files or from the configured hosts, within a size cap", async () => {
        const blue = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#3b82f6" } }).png().toBuffer()
        // An image server: a photo, one declaring 20 MB, and one streaming 20 MB without a length.
        let streamed = 0
        const server = http.createServer((req, res) => {
          if (req.url === "/photo.png") {
            res.writeHead(200, { "content-type": "image/png", "content-length": blue.length }).end(blue)
          } else if (req.url === "/declared.png") {
            res.writeHead(200, { "content-type": "image/png", "content-length": 20 * 1024 * 1024 })
            res.write(blue)
          } else {
            res.writeHead(200, { "content-type": "image/png" })
            const chunk = Buffer.alloc(1024 * 1024)
            const push = () => {
              while (streamed < 20 * 1024 * 1024 && res.write(chunk)) streamed += chunk.length
              if (streamed < 20 * 1024 * 1024) res.once("drain", push)
              else res.end()
            }
            res.on("error", () => undefined)
            push()
          }
        })
        server.on("clientError", () => undefined)
        await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
        const port = (server.address() as { port: number }).port
        let n = 0
        const leftBlue = async (thumbnail: string) => {
          const product = await createCardProduct(getContainer(), { thumbnail, title: `Photo source ${++n}` })
          const stable = await api.get(`/social/cards/${product.id}/og.png`, raw)
          expect(stable.status).toBe(302)
          const image = await api.get(stable.headers.location, bytes)
          const { data } = await sharp(Buffer.from(image.data)).extract({ left: 100, top: 300, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
          return data[2] > 200
        }
        try {
          // A listed host: fetched.
          expect(await leftBlue(`http://127.0.0.1:${port}/photo.png`)).toBe(true)
          // The same server under a host name that is not listed: never fetched.
          expect(await leftBlue(`http://localhost:${port}/photo.png`)).toBe(false)
          // Over the cap, declared or not: the fallback design, and the stream is not read to its end.
          expect(await leftBlue(`http://127.0.0.1:${port}/declared.png`)).toBe(false)
          expect(await leftBlue(`http://127.0.0.1:${port}/streamed.png`)).toBe(false)
          expect(streamed).toBeLessThan(20 * 1024 * 1024)

          // A private file of the File module (another folder) is not read, whatever the URL says.
          const file = await getContainer().resolve(Modules.FILE).createFiles({
            filename: "secret.png",
            mimeType: "image/png",
            content: blue.toString("base64"),
            access: "private",
          })
          expect(file.id).toMatch(/^private-/)
          expect(await leftBlue(`http://localhost:9000/static/${file.id}`)).toBe(false)
          expect(await leftBlue(`http://localhost:9000/static/..%2Fstatic%2F${file.id}`)).toBe(false)
          // A public one is.
          expect(await leftBlue(await uploadPhoto(getContainer()))).toBe(true)
        } finally {
          server.closeAllConnections()
          await new Promise((r) => server.close(r))
        }
      })

      it("answers 404 for unknown or unpublished products and unknown hashes", async () => {
        const draft = await createCardProduct(getContainer(), { status: "draft" })
        expect((await api.get(`/social/cards/prod_nope/og.png`, raw)).status).toBe(404)
        expect((await api.get(`/social/cards/${draft.id}/og.png`, raw)).status).toBe(404)
        expect((await api.get(`/social/cards/i/${"0".repeat(32)}.png`, raw)).status).toBe(404)
        expect((await api.get(`/social/cards/i/not-a-hash.png`, raw)).status).toBe(404)
      })

      it("answers 404 for a product sold only in a private channel, until a publishable key sells through it, and again once the key is revoked", async () => {
        const c = getContainer()
        const {
          result: [wholesale],
        } = await createSalesChannelsWorkflow(c).run({ input: { salesChannelsData: [{ name: "Wholesale" }] } })
        const trade = await createCardProduct(c, { title: "Trade pack", sales_channel_ids: [wholesale.id] })
        const card = () => api.get(`/social/cards/${trade.id}/og.png`, raw).then((r) => r.status)
        expect(await card()).toBe(404)
        const {
          result: [key],
        } = await createApiKeysWorkflow(c).run({ input: { api_keys: [{ title: "Trade storefront", type: "publishable", created_by: "test" }] } })
        await linkSalesChannelsToApiKeyWorkflow(c).run({ input: { id: key.id, add: [wholesale.id] } })
        expect(await card()).toBe(302)
        await revokeApiKeysWorkflow(c).run({ input: { selector: { id: key.id }, revoke: { revoked_by: "test" } } })
        expect(await card()).toBe(404)
      })

      it("answers 400 naming the parameter, and stores nothing", async () => {
        // Let the background og render of the new product finish before counting rows.
        const created = TestEventUtils.waitSubscribersExecution(ProductVariantWorkflowEvents.CREATED, getContainer().resolve(Modules.EVENT_BUS))
        const product = await createCardProduct(getContainer())
        await created
        const cases = [
          ["og.gif", "", "format"],
          ["banner.png", "", "format"],
          ["og.jpg", "", "format"],
          ["og.png", "?currency_code=e", "currency_code"],
          ["og.png", "?locale=not%20a%20locale", "locale"],
          ["og.png", "?colour=red", "colour"],
          ["og.png", "?variant_id=variant_other", "variant_id"],
        ]
        const before = (await cardRows({ product_id: product.id })).length
        for (const [file, qs, field] of cases) {
          const res = await api.get(`/social/cards/${product.id}/${file}${qs}`, raw)
          expect([file + qs, res.status]).toEqual([file + qs, 400])
          expect(res.data.message).toContain(field)
        }
        expect(await cardRows({ product_id: product.id })).toHaveLength(before)
      })

      it("gives the default's card for a locale or currency the store does not offer, rendering nothing", async () => {
        const created = TestEventUtils.waitSubscribersExecution(ProductVariantWorkflowEvents.CREATED, getContainer().resolve(Modules.EVENT_BUS))
        const product = await createCardProduct(getContainer())
        await created
        const def = await api.get(`/social/cards/${product.id}/og.png`, raw)
        expect(def.status).toBe(302)
        const before = await cardRows({ product_id: product.id })
        // Well-formed tags the store does not offer: each would otherwise be a card of its own.
        for (const qs of ["?locale=en-x-123", "?locale=en-x-124", "?locale=pt-BR", "?currency_code=xyz", "?currency_code=gbp&locale=en-x-1"]) {
          const res = await api.get(`/social/cards/${product.id}/og.png${qs}`, raw)
          expect([qs, res.status, res.headers.location]).toEqual([qs, 302, def.headers.location])
        }
        expect((await cardRows({ product_id: product.id })).map((r) => r.hash).sort()).toEqual(before.map((r) => r.hash).sort())
        // A locale the store offers, in any spelling, gets its own card.
        const fr = await api.get(`/social/cards/${product.id}/og.png?locale=fr_fr`, raw)
        expect(fr.status).toBe(302)
        expect(fr.headers.location).not.toBe(def.headers.location)
        expect(await cardRows({ product_id: product.id, locale: "fr-FR" })).toHaveLength(1)
      })

      it("answers 404 when the cards feature is switched off", async () => {
        const product = await createCardProduct(getContainer())
        const on = await api.get(`/social/cards/${product.id}/og.png`, raw)
        const settings = getContainer().resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
        await settings.saveOverrides({ features: { cards: false } })
        try {
          expect((await api.get(`/social/cards/${product.id}/og.png`, raw)).status).toBe(404)
          expect((await api.get(on.headers.location, raw)).status).toBe(404)
        } finally {
          await settings.saveOverrides({ features: null })
        }
      })
    })

    describe("cleanup of cards no product uses any more", () => {
      const DAY = 86_400_000
      const cleanup = async (now: number) => {
        let after: string | null = null
        let deleted = 0
        do {
          const { result } = await cleanupSocialCardsWorkflow(getContainer()).run({ input: { after, now: new Date(now).toISOString(), limit: 2 } })
          deleted += result.deleted
          after = result.next_after
        } while (after)
        return deleted
      }
      const retitle = (id: string, title: string) =>
        updateProductsWorkflow(getContainer()).run({ input: { selector: { id }, update: { title } } })

      it("deletes replaced cards after the grace period and keeps every product's current card", async () => {
        const product = await createCardProduct(getContainer(), { title: "First" })
        const url = `/social/cards/${product.id}/square.png`
        const first = (await api.get(url, raw)).headers.location
        await retitle(product.id, "Second")
        const second = (await api.get(url, raw)).headers.location
        await retitle(product.id, "Third")
        const third = (await api.get(url, raw)).headers.location
        // Back to the second title: that card is current again though a newer one exists.
        await retitle(product.id, "Second")
        expect((await api.get(url, raw)).headers.location).toBe(second)
        expect(new Set([first, second, third]).size).toBe(3)
        const rowOf = async (location: string) => (await cardRows({ hash: location.split("/").pop()!.split(".")[0] }))[0]
        const firstRow = await rowOf(first)

        // Within the grace period (60 days by default) nothing is deleted.
        expect(await cleanup(Date.now() + 30 * DAY)).toBe(0)
        expect((await api.get(first, bytes)).status).toBe(200)

        await cleanup(Date.now() + 61 * DAY)
        // The first card was replaced long ago: record and file gone, its URL a 404.
        expect((await api.get(first, bytes)).status).toBe(404)
        expect(await getContainer().resolve(Modules.FILE).getAsBuffer(firstRow.file_id).catch(() => null)).toBeNull()
        // The current card stays, and so does the newest (nothing replaced it yet).
        expect((await api.get(second, bytes)).status).toBe(200)
        expect((await api.get(third, bytes)).status).toBe(200)
        expect((await api.get(url, raw)).headers.location).toBe(second)
        // Another product's only card is untouched.
        const other = await createCardProduct(getContainer(), { title: "Other" })
        const otherCard = (await api.get(`/social/cards/${other.id}/square.png`, raw)).headers.location
        await cleanup(Date.now() + 400 * DAY)
        expect((await api.get(otherCard, bytes)).status).toBe(200)
        expect((await api.get(second, bytes)).status).toBe(200)
      })

      it("deletes the cards of a product deleted longer ago than the grace period", async () => {
        const product = await createCardProduct(getContainer(), { title: "Gone soon" })
        const card = (await api.get(`/social/cards/${product.id}/square.png`, raw)).headers.location
        await deleteProductsWorkflow(getContainer()).run({ input: { ids: [product.id] } })
        expect(await cleanup(Date.now() + 10 * DAY)).toBe(0)
        expect((await api.get(card, bytes)).status).toBe(200)
        expect(await cleanup(Date.now() + 61 * DAY)).toBeGreaterThanOrEqual(1)
        expect((await api.get(card, bytes)).status).toBe(404)
        expect(await cardRows({ product_id: product.id })).toHaveLength(0)
      })
    })

    describe("re-render on product changes", () => {
      it("renders the og card in the background when a product changes", async () => {
        const bus = () => getContainer().resolve(Modules.EVENT_BUS)
        // Creating a product creates its variants, which already renders a first og card.
        const created = TestEventUtils.waitSubscribersExecution(ProductVariantWorkflowEvents.CREATED, bus())
        const product = await createCardProduct(getContainer(), { title: "Before" })
        await created
        expect(await cardRows({ product_id: product.id, format: "og" })).toHaveLength(1)

        const updated = TestEventUtils.waitSubscribersExecution(ProductWorkflowEvents.UPDATED, bus())
        await updateProductsWorkflow(getContainer()).run({ input: { selector: { id: product.id }, update: { title: "After the change" } } })
        await updated
        const rows = await cardRows({ product_id: product.id, format: "og" }, { order: { created_at: "DESC" } })
        expect(rows).toHaveLength(2)
        // The stable URL now finds that card without rendering again.
        const stable = await api.get(`/social/cards/${product.id}/og.png`, raw)
        expect(stable.headers.location).toBe(`/social/cards/i/${rows[0].hash}.png`)
        expect(await cardRows({ product_id: product.id })).toHaveLength(2)
      })
    })
  },
})
