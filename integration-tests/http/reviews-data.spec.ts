import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import { XMLParser } from "fast-xml-parser"
import http from "http"
import type { AddressInfo } from "net"
import sharp from "sharp"
import { SocialEvents } from "../../src/lib/events"
import { PRODUCT_REVIEW_MODULE, type ProductReviewModuleService } from "../../src/modules/product-review"
import { SOCIAL_SETTINGS_MODULE } from "../../src/modules/social-settings"
import type SocialSettingsModuleService from "../../src/modules/social-settings/service"
import { SOCIAL_REWARD_MODULE } from "../../src/modules/social-reward"
import type SocialRewardModuleService from "../../src/modules/social-reward/service"
import { FEED_PAGE, ratingsFeedToken } from "../../src/workflows/product-review/lib/ratings-feed"
import { createAdminHeaders, createPublishableKeyHeaders } from "../helpers/auth"
import { createBuyer, createTestOrder, createTestProduct } from "../helpers/reviews"


/** A photo host as Judge.me's CDN would be: serves a real JPEG, a huge one, and a 404. */
async function photoHost() {
  const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#335577" } }).jpeg().toBuffer()
  const server = http.createServer((req, res) => {
    if (req.url === "/ok.jpg") {
      res.writeHead(200, { "content-type": "image/jpeg", "content-length": jpeg.length })
      return res.end(jpeg)
    }
    if (req.url === "/huge.jpg") {
      // 9 MB without a Content-Length: the importer must cut the stream at the limit.
      res.writeHead(200, { "content-type": "image/jpeg" })
      const chunk = Buffer.alloc(1024 * 1024, 1)
      for (let i = 0; i < 9; i++) res.write(chunk)
      return res.end()
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  return { server, host: `127.0.0.1:${(server.address() as AddressInfo).port}` }
}

const judgeme = (rows: string[][]) =>
  [["title", "body", "rating", "review_date", "source", "curated", "reviewer_name", "reviewer_email", "product_id", "product_handle", "reply", "reply_date", "picture_urls"], ...rows]
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
    .join("\n")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    let photos: Awaited<ReturnType<typeof photoHost>>

    beforeAll(async () => {
      photos = await photoHost()
    })
    afterAll(async () => {
      await new Promise((r) => photos.server.close(r))
    })
    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer(), api)
    })

    beforeEach(async () => {
      store = await createPublishableKeyHeaders(getContainer())
    })

    const reviews = () => getContainer().resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const answer = (p: Promise<any>) => p.catch((e) => e.response)
    const upload = (csv: string | Buffer, fields: Record<string, string> = {}) => {
      const form = new FormData()
      for (const [k, v] of Object.entries(fields)) form.append(k, v)
      form.append("file", new Blob([typeof csv === "string" ? csv : new Uint8Array(csv)], { type: "text/csv" }), "reviews.csv")
      return answer(api.post("/admin/social/reviews/imports", form, admin))
    }
    /** Starts an import and waits for its workflow (run by the subscriber) to finish. */
    const importAndWait = async (csv: string, fields: Record<string, string> = {}) => {
      const done = TestEventUtils.waitSubscribersExecution(SocialEvents.REVIEW_IMPORT_CREATED, getContainer().resolve(Modules.EVENT_BUS))
      const started = await upload(csv, fields)
      expect(started.status).toBe(202)
      await done
      return (await api.get(`/admin/social/reviews/imports/${started.data.import.id}`, admin)).data.import
    }

    describe("import", () => {
      it("dry run lists each row's errors, naming the column, and writes nothing", async () => {
        const scarf = await createTestProduct(getContainer(), "Wool Scarf")
        const csv = judgeme([
          ["Lovely", "Soft and warm.", "5", "2023-04-01 10:20:30 UTC", "web", "ok", "Jo K.", "", "", "wool-scarf", "", "", ""],
          ["Bad", "Nope.", "7", "2023-04-02", "web", "ok", "Al", "", "", "wool-scarf", "", "", ""],
          ["Gone", "Was fine.", "4", "2023-04-03", "web", "ok", "Bo", "", "", "no-such-product", "", "", ""],
        ])
        const res = await upload(csv, { dry_run: "true" })
        expect(res.status).toBe(200)
        expect(res.data.dry_run).toMatchObject({ format: "judgeme", total_rows: 3, valid_rows: 1, would_create: 1, error_count: 2 })
        expect(res.data.dry_run.errors).toEqual([
          { row: 2, field: "rating", message: expect.stringContaining("1 to 5") },
          { row: 3, field: "product", message: expect.stringContaining("no-such-product") },
        ])
        expect(await reviews().listProductReviews({ product_id: scarf.id })).toHaveLength(0)
      })

      it("keeps source, author and date; verifies only against a paid order of that email; fetches photos once", async () => {
        const container = getContainer()
        const scarf = await createTestProduct(container, "Wool Scarf")
        const hat = await createTestProduct(container, "Felt Hat")
        // Jo bought the scarf; Sam's paid order is for the hat only (someone else's order for the scarf: none).
        await createTestOrder(container, { id: "cus_jo", email: "jo@example.com" }, [scarf])
        await createTestOrder(container, { id: "cus_sam", email: "sam@example.com" }, [hat])
        const csv = judgeme([
          ["Lovely", "Soft and warm.", "5", "2023-04-01 10:20:30 UTC", "web", "ok", "Jo K.", "JO@example.com", "123", "wool-scarf", "Thanks Jo!", "", `http://${photos.host}/ok.jpg`],
          ["Itchy", "Too itchy for me.", "1", "2022-11-05", "email", "ok", "Sam P.", "sam@example.com", "123", "wool-scarf", "", "", `http://${photos.host}/huge.jpg`],
        ])
        const imp = await importAndWait(csv, { photo_hosts: photos.host })
        expect(imp).toMatchObject({ status: "completed", total_rows: 2, created_count: 2, existing_count: 0, error_count: 0, photo_count: 1 })
        expect(imp.errors).toEqual([{ row: 2, field: "photos.0", message: expect.stringContaining("larger than") }])

        const rows = await reviews().listProductReviews({ product_id: scarf.id }, { relations: ["media", "responses"], order: { rating: "DESC" } })
        expect(rows.map((r) => [r.source, r.author_name, new Date(r.created_at).toISOString(), r.status, r.verified_purchase, r.customer_id])).toEqual([
          ["judgeme", "Jo K.", "2023-04-01T10:20:30.000Z", "approved", true, "cus_jo"],
          ["judgeme", "Sam P.", "2022-11-05T00:00:00.000Z", "approved", false, null],
        ])
        expect(rows[0].responses!.map((r) => r.body)).toEqual(["Thanks Jo!"])
        const stored = await container.resolve(Modules.FILE).getAsBuffer(rows[0].media![0].file_id)
        expect((await sharp(stored).metadata()).format).toBe("jpeg")
        // The store shows it with its original date.
        const list = await api.get(`/store/social/products/${scarf.id}/reviews`, store)
        expect(list.data.stats).toMatchObject({ count: 2, verified_count: 1, photo_count: 1 })
      })

      it("creates nothing twice when the same file is imported again", async () => {
        await createTestProduct(getContainer(), "Wool Scarf")
        const csv = judgeme([["Lovely", "Soft and warm.", "5", "2023-04-01", "web", "ok", "Jo K.", "", "", "wool-scarf", "", "", ""]])
        expect((await importAndWait(csv)).created_count).toBe(1)
        expect(await importAndWait(csv)).toMatchObject({ created_count: 0, existing_count: 1 })
        const [review] = await reviews().listProductReviews({})
        // A review deleted since (as its author's delete does) stays deleted when the file is
        // imported a third time.
        await reviews().softDeleteProductReviews(review.id)
        expect(await importAndWait(csv)).toMatchObject({ created_count: 0, existing_count: 1 })
        expect(await reviews().listProductReviews({})).toHaveLength(0)
      })

      it("refuses a malformed CSV with a 400 naming the file, storing nothing", async () => {
        const res = await upload('rating,body,product_handle\n5,"unclosed quote,wool-scarf\n')
        expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(/^Invalid request: file: is not valid CSV at line/)])
        const missing = await upload("stars,text\n5,ok\n", { format: "yotpo" })
        expect([missing.status, missing.data.message]).toEqual([400, expect.stringContaining("review_score")])
        expect((await api.get("/admin/social/reviews/imports", admin)).data.count).toBe(0)
      })

      it("refuses a 50 MB upload from its Content-Length before reading it", async () => {
        const url = new URL("/admin/social/reviews/imports", api.defaults.baseURL)
        const status = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
          const req = http.request(url, {
            method: "POST",
            headers: { ...admin.headers, "content-type": "multipart/form-data; boundary=x", "content-length": String(50 * 1024 * 1024) },
          })
          let sent = 0
          req.on("response", (res) => {
            let body = ""
            res.on("data", (c) => (body += c))
            res.on("end", () => resolve({ status: res.statusCode!, body, sent }))
          })
          req.on("error", reject)
          // Only the first 64 KB is ever sent: the answer must not wait for the rest.
          const head = Buffer.alloc(64 * 1024, 65)
          sent += head.length
          req.write(head)
        })
        expect(status.status).toBe(400)
        expect(JSON.parse(status.body).message).toMatch(/file: must be at most 25 MB/)
        expect((await api.get("/admin/social/reviews/imports", admin)).data.count).toBe(0)
      })

      it("answers 400 naming the field for a bad option, and 401 without an admin", async () => {
        const bad = await upload("rating,body,product_handle\n5,ok,x\n", { format: "amazon" })
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("format")])
        const form = new FormData()
        form.append("file", new Blob(["a"]), "a.csv")
        expect((await answer(api.post("/admin/social/reviews/imports", form))).status).toBe(401)
      })
    })

    it("exports every review as the generic CSV, which imports back creating nothing", async () => {
      const scarf = await createTestProduct(getContainer(), "Wool Scarf")
      await importAndWait(judgeme([["Lovely", "Soft, \"warm\".", "4", "2023-04-01", "web", "ok", "Jo K.", "", "", "wool-scarf", "", "", ""]]))
      const res = await api.get("/admin/social/reviews/export", { ...admin, responseType: "text" })
      expect(res.headers["content-type"]).toMatch(/^text\/csv/)
      const rows = parse(res.data, { columns: true })
      expect(rows).toEqual([expect.objectContaining({ product_id: scarf.id, product_handle: "wool-scarf", rating: "4", body: 'Soft, "warm".', author_name: "Jo K.", source: "judgeme", created_at: "2023-04-01T00:00:00.000Z" })])
      expect(await importAndWait(res.data, { format: "generic" })).toMatchObject({ created_count: 0, existing_count: 1 })
    })

    describe("Google product ratings feed", () => {
      it("streams approved reviews only, low ratings included, with identifiers and an ETag", async () => {
        const container = getContainer()
        const scarf = await createTestProduct(container, "Wool Scarf")
        await container.resolve(Modules.PRODUCT).updateProductVariants(scarf.variants[0].id, { barcode: "4006381333931", mid_code: "WS-1" } as any)
        await importAndWait(
          judgeme([
            ["Great", "Soft.", "5", "2023-04-01", "web", "ok", "Jo K.", "", "", "wool-scarf", "", "", ""],
            ["Bad", "Itchy.", "1", "2023-04-02", "web", "ok", "", "", "", "wool-scarf", "", "", ""],
            ["Hidden", "Spam spam.", "5", "2023-04-03", "web", "spam", "Bot", "", "", "wool-scarf", "", "", ""],
          ])
        )
        const secret = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions().secret
        const { data: feed } = await api.get("/admin/social/reviews/feed", admin)
        expect(feed.feed.path).toBe(`/social/feeds/reviews/${ratingsFeedToken(secret)}.xml`)
        const res = await api.get(feed.feed.path, { responseType: "text" })
        expect(res.headers["content-type"]).toMatch(/application\/xml/)
        const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => ["review", "sku"].includes(n) }).parse(res.data)
        expect(doc.feed.version).toBe(2.4)
        const got = doc.feed.reviews.review.map((r: any) => [r.ratings.overall["#text"], r.reviewer.name["#text"], r.reviewer.name["@_is_anonymous"], r.is_verified_purchase, r.is_incentivized_review])
        expect(got.sort()).toEqual([[1, "Anonymous", "true", false, false], [5, "Jo K.", "false", false, false]])
        const ids = doc.feed.reviews.review[0].products.product.product_ids
        expect(ids).toMatchObject({ gtins: { gtin: 4006381333931 }, mpns: { mpn: "WS-1" } })
        expect(ids.skus.sku).toEqual(expect.arrayContaining(["wool-scarf-m", scarf.variants[0].id]))

        const again = await answer(api.get(feed.feed.path, { headers: { "if-none-match": res.headers.etag }, validateStatus: () => true }))
        expect(again.status).toBe(304)
        expect((await answer(api.get("/social/feeds/reviews/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.xml"))).status).toBe(404)
      })

      it("lists every review across pages, incentivized where the reward ledger holds a grant", async () => {
        const container = getContainer()
        await createTestProduct(container, "Wool Scarf")
        // One more than a page (FEED_PAGE): the second page is read while the first is written.
        const n = FEED_PAGE + 1
        const rows = Array.from({ length: n }, (_, i) => [`Review ${i}`, `Soft ${i}.`, String(1 + (i % 5)), "2023-04-01", "web", "ok", `Buyer ${i}`, "", "", "wool-scarf", "", "", ""])
        expect(await importAndWait(judgeme(rows))).toMatchObject({ created_count: n })
        const ids = (await reviews().listProductReviews({}, { select: ["id"], order: { id: "ASC" }, take: n })).map((r) => r.id)
        // Grants for the first review of each page, one of them since revoked (still incentivized).
        const rewarded = [ids[0], ids[FEED_PAGE]]
        await container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE).createRewardGrants(
          rewarded.map((id, i) => ({
            idempotency_key: `feed-test:${id}`,
            rule_id: "rule_feed",
            rule_version: 1,
            rule_snapshot: {},
            customer_id: null,
            source_type: "review",
            source_id: id,
            status: i ? "revoked" : "issued",
            value: 5,
            hold_until: new Date(),
          })) as any
        )
        const secret = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions().secret
        const res = await api.get(`/social/feeds/reviews/${ratingsFeedToken(secret)}.xml`, { responseType: "text" })
        const doc = new XMLParser({ isArray: (name) => name === "review" }).parse(res.data)
        const got = doc.feed.reviews.review.map((r: any) => [r.review_id, r.is_incentivized_review])
        expect(got).toEqual(ids.map((id) => [id, rewarded.includes(id)]))
      })
    })

    describe("photos and abuse reports", () => {
      async function pendingReviewWithPhoto() {
        const container = getContainer()
        const mug = await createTestProduct(container, "Mug")
        const buyer = await createBuyer(container, api, store, [mug])
        const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#aa3355" } }).jpeg().toBuffer()
        const form = new FormData()
        for (const [k, v] of Object.entries({ product_id: mug.id, rating: "4", title: "Good mug", body: "Keeps coffee hot for long." })) form.append(k, v)
        form.append("photos", new Blob([photo], { type: "image/jpeg" }), "a.jpg")
        form.append("photos", new Blob([photo], { type: "image/jpeg" }), "b.jpg")
        const created = await api.post("/store/social/reviews", form, { headers: buyer.headers })
        return { mug, buyer, id: created.data.review.id as string }
      }

      it("keeps a pending review's photos private, and publishes them on approval", async () => {
        const { mug, id } = await pendingReviewWithPhoto()
        const before = await reviews().listReviewMedias({ review_id: id })
        expect(before.map((m) => m.is_public)).toEqual([false, false])
        await api.post(`/admin/social/reviews/${id}/approve`, {}, admin)
        const after = await reviews().listReviewMedias({ review_id: id })
        expect(after.map((m) => m.is_public)).toEqual([true, true])
        // The private copies are gone; the public ones are served.
        await expect(getContainer().resolve(Modules.FILE).getAsBuffer(before[0].file_id)).rejects.toThrow()
        const list = await api.get(`/store/social/products/${mug.id}/reviews`, store)
        expect(list.data.reviews[0].media).toHaveLength(2)
      })

      it("deletes a rejected review's photo files", async () => {
        const { id } = await pendingReviewWithPhoto()
        const media = await reviews().listReviewMedias({ review_id: id })
        await api.post(`/admin/social/reviews/${id}/reject`, { reason: "spam" }, admin)
        expect(await reviews().listReviewMedias({ review_id: id })).toHaveLength(0)
        for (const m of media) await expect(getContainer().resolve(Modules.FILE).getAsBuffer(m.file_id)).rejects.toThrow()
      })

      it("lets an admin reject one photo of an approved review", async () => {
        const { id } = await pendingReviewWithPhoto()
        await api.post(`/admin/social/reviews/${id}/approve`, {}, admin)
        const [first, second] = await reviews().listReviewMedias({ review_id: id }, { order: { rank: "ASC" } })
        const res = await api.post(`/admin/social/reviews/${id}/media/${first.id}/reject`, {}, admin)
        expect(res.data.review).toMatchObject({ status: "approved", has_media: true, media: [expect.objectContaining({ id: second.id })] })
        await expect(getContainer().resolve(Modules.FILE).getAsBuffer(first.file_id)).rejects.toThrow()
        expect((await answer(api.post(`/admin/social/reviews/${id}/media/prmed_nope/reject`, {}, admin))).status).toBe(404)
      })

      it("takes one report per shopper into the admin's queue; rejecting the review closes it", async () => {
        const { id } = await pendingReviewWithPhoto()
        const reporter = await createBuyer(getContainer(), api, store, [])
        // Not published yet: nothing to report.
        expect((await answer(api.post(`/store/social/reviews/${id}/report`, { reason: "spam" }, { headers: reporter.headers }))).status).toBe(404)
        await api.post(`/admin/social/reviews/${id}/approve`, {}, admin)
        const first = await api.post(`/store/social/reviews/${id}/report`, { reason: "spam", comment: "An ad" }, { headers: reporter.headers })
        expect([first.status, first.data]).toEqual([201, { created: true }])
        const second = await api.post(`/store/social/reviews/${id}/report`, { reason: "fake" }, { headers: reporter.headers })
        expect([second.status, second.data]).toEqual([200, { created: false }])
        const guest = await api.post(`/store/social/reviews/${id}/report`, { reason: "offensive", visitor_id: "visitor-123456" }, store)
        expect(guest.status).toBe(201)
        const bad = await answer(api.post(`/store/social/reviews/${id}/report`, { reason: "boring" }, { headers: reporter.headers }))
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("reason")])

        const queue = await api.get("/admin/social/reviews/reports", admin)
        expect(queue.data.count).toBe(2)
        expect(queue.data.reports[0]).toMatchObject({ reason: "spam", comment: "An ad", review: { id, open_reports: 2 } })
        await api.post(`/admin/social/reviews/reports/${queue.data.reports[1].id}/dismiss`, {}, admin)
        await api.post(`/admin/social/reviews/${id}/reject`, { reason: "spam" }, admin)
        expect((await api.get("/admin/social/reviews/reports", admin)).data.count).toBe(0)
        const closed = await api.get("/admin/social/reviews/reports?status=resolved", admin)
        expect(closed.data.reports.map((r: any) => r.resolution).sort()).toEqual(["dismissed", "review_rejected"])
      })
    })
  },
})
