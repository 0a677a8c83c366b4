import Medusa from "@medusajs/js-sdk"
import { createServer, type IncomingMessage, type Server } from "http"
import type { AddressInfo } from "net"
import { createSocialClient, fieldsOf, SocialClientError } from "./index"

type Seen = { method: string; url: string; headers: IncomingMessage["headers"]; body: Buffer }

// A local HTTP server stands in for Medusa: the client goes through the real js-sdk and fetch.
let server: Server
let baseUrl: string
let seen: Seen[] = []
let reply: (req: Seen) => { status: number; body: unknown } = () => ({ status: 200, body: {} })

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", () => {
      const s = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) }
      seen.push(s)
      const { status, body } = reply(s)
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => {
  seen = []
  reply = () => ({ status: 200, body: { ok: true } })
})

const store = () => createSocialClient(new Medusa({ baseUrl, publishableKey: "pk_test_123" }))
const last = () => seen[seen.length - 1]
const json = (s: Seen) => JSON.parse(s.body.toString("utf8"))

describe("client.store", () => {
  it("asks for a share bundle with the query and the publishable key, and returns the answer", async () => {
    reply = () => ({ status: 200, body: { share: { product_id: "prod_1" } } })
    const answer = await store().store.share("prod_1", { locale: "fr-FR", currency_code: "eur" })
    expect(answer).toEqual({ share: { product_id: "prod_1" } })
    const req = last()
    expect(req.method).toBe("GET")
    const url = new URL(req.url, baseUrl)
    expect(url.pathname).toBe("/store/social/products/prod_1/share")
    expect(Object.fromEntries(url.searchParams)).toEqual({ locale: "fr-FR", currency_code: "eur" })
    expect(req.headers["x-publishable-api-key"]).toBe("pk_test_123")
  })

  it("encodes ids in the path", async () => {
    await store().store.meta("a/b?c")
    expect(new URL(last().url, baseUrl).pathname).toBe("/store/social/products/a%2Fb%3Fc/meta")
  })

  it("sends each store method to its route with its method and JSON body", async () => {
    const c = store().store
    const calls: [() => Promise<unknown>, string, string, unknown][] = [
      [() => c.listReviews("prod_1", { limit: 5, sort: "most_helpful" }), "GET", "/store/social/products/prod_1/reviews?limit=5&sort=most_helpful", undefined],
      [() => c.updateReview("prev_1", { rating: 4 }), "POST", "/store/social/reviews/prev_1", { rating: 4 }],
      [() => c.deleteReview("prev_1"), "DELETE", "/store/social/reviews/prev_1", undefined],
      [() => c.markHelpful("prev_1", { visitor_id: "v_12345678" }), "POST", "/store/social/reviews/prev_1/helpful", { visitor_id: "v_12345678" }],
      [() => c.markHelpful("prev_1"), "POST", "/store/social/reviews/prev_1/helpful", {}],
      [() => c.recordTouch({ utm_source: "facebook", sc: "aB3xY9" }), "POST", "/store/social/touches", { utm_source: "facebook", sc: "aB3xY9" }],
      [() => c.bindTouches({ cart_id: "cart_0123456789" }), "POST", "/store/social/touches/bind", { cart_id: "cart_0123456789" }],
      [() => c.myRewards(), "GET", "/store/social/me/rewards", undefined],
      [() => c.myReferral(), "GET", "/store/social/me/referral", undefined],
      [() => c.claimReferral({ code: "ANA-7QX2" }), "POST", "/store/social/referrals/claim", { code: "ANA-7QX2" }],
      [() => c.createReview({ product_id: "prod_1", rating: 5, title: "Great", body: "Fits well, breathes." }), "POST", "/store/social/reviews", { product_id: "prod_1", rating: 5, title: "Great", body: "Fits well, breathes." }],
    ]
    for (const [call, method, url, body] of calls) {
      await call()
      const req = last()
      expect({ method: req.method, url: req.url }).toEqual({ method, url })
      if (body === undefined) {
        expect(req.body.length).toBe(0)
      } else {
        expect(req.headers["content-type"]).toContain("application/json")
        expect(json(req)).toEqual(body)
      }
    }
  })

  it("sends a review with photos as multipart/form-data: fields as text, each photo as a file", async () => {
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], { type: "image/jpeg" })
    await store().store.createReview({ product_id: "prod_1", rating: 4, title: "Nice", body: "Good fabric.", photos: [photo, photo] })
    const req = last()
    expect(req.method).toBe("POST")
    expect(req.url).toBe("/store/social/reviews")
    expect(req.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/)
    expect(req.headers["x-publishable-api-key"]).toBe("pk_test_123")
    // Read it back as the server would.
    const form = await new Response(new Uint8Array(req.body), { headers: { "content-type": req.headers["content-type"]! } }).formData()
    expect(form.get("product_id")).toBe("prod_1")
    expect(form.get("rating")).toBe("4")
    expect(form.get("title")).toBe("Nice")
    const files = form.getAll("photos") as File[]
    expect(files).toHaveLength(2)
    expect(files[0].type).toBe("image/jpeg")
    expect(new Uint8Array(await files[0].arrayBuffer())).toEqual(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))
  })

  it("sends the customer's token the SDK holds", async () => {
    const sdk = new Medusa({ baseUrl, publishableKey: "pk_test_123", auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
    await sdk.client.setToken("customer-jwt")
    await createSocialClient(sdk).store.myRewards()
    expect(last().headers.authorization).toBe("Bearer customer-jwt")
  })
})

describe("client.admin", () => {
  it("sends admin calls to /admin/social with the secret API key", async () => {
    const admin = createSocialClient(new Medusa({ baseUrl, apiKey: "sk_secret" })).admin
    await admin.settings.update({ brand_name: "Acme" })
    expect(last().method).toBe("POST")
    expect(last().url).toBe("/admin/social/settings")
    expect(json(last())).toEqual({ brand_name: "Acme" })
    expect(last().headers.authorization).toBe(`Basic ${Buffer.from("sk_secret:").toString("base64")}`)

    const calls: [() => Promise<unknown>, string, string][] = [
      [() => admin.reviews.list({ status: "pending", limit: 5 }), "GET", "/admin/social/reviews?status=pending&limit=5"],
      [() => admin.reviews.approve("prev_1"), "POST", "/admin/social/reviews/prev_1/approve"],
      [() => admin.reviews.reject("prev_1", { reason: "off_topic" }), "POST", "/admin/social/reviews/prev_1/reject"],
      [() => admin.channels.sync("scch_1", { force: true }), "POST", "/admin/social/channels/scch_1/sync"],
      [() => admin.channels.items("scch_1", { status: "error" }), "GET", "/admin/social/channels/scch_1/items?status=error"],
      [() => admin.rewardRules.delete("srrule_1"), "DELETE", "/admin/social/reward-rules/srrule_1"],
      [() => admin.rewardGrants.revoke("srgr_1", { reason: "returned" }), "POST", "/admin/social/reward-grants/srgr_1/revoke"],
      [() => admin.referrals.reject("sref_1", { block: true }), "POST", "/admin/social/referrals/sref_1/reject"],
      [() => admin.blocklist.delete("srbl_1"), "DELETE", "/admin/social/reward-blocklist/srbl_1"],
      [() => admin.shareLinks.list({ product_id: "prod_1" }), "GET", "/admin/social/share-links?product_id=prod_1"],
      [() => admin.attribution.report({ group_by: "share_link" }), "GET", "/admin/social/attribution/report?group_by=share_link"],
      [() => admin.attribution.order("order_1"), "GET", "/admin/social/attribution/orders/order_1"],
      [() => admin.channels.productStatus("prod_1"), "GET", "/admin/social/catalog/products/prod_1"],
    ]
    for (const [call, method, url] of calls) {
      await call()
      expect({ method: last().method, url: last().url }).toEqual({ method, url })
    }
  })
})

describe("errors", () => {
  it("turns a 400 into a SocialClientError naming the field", async () => {
    reply = () => ({ status: 400, body: { type: "invalid_data", message: "Invalid request: rating: must be a whole number from 1 to 5; title: must not be empty" } })
    const error = await store()
      .store.createReview({ product_id: "prod_1", rating: 9, title: "", body: "xxxxxxxxxxxx" })
      .catch((e) => e)
    expect(error).toBeInstanceOf(SocialClientError)
    expect(error).toMatchObject({
      status: 400,
      type: "invalid_data",
      field: "rating",
      fields: { rating: "must be a whole number from 1 to 5", title: "must not be empty" },
      message: "Invalid request: rating: must be a whole number from 1 to 5; title: must not be empty",
    })
  })

  it("names an unknown field, and a nested one by its path", () => {
    expect(fieldsOf("Invalid request: Unrecognized fields: 'colour', 'brand_colors.tint'")).toEqual({
      colour: "is not a known field",
      "brand_colors.tint": "is not a known field",
    })
    expect(fieldsOf("Invalid request: brand_colors.primary: must be a hex colour")).toEqual({ "brand_colors.primary": "must be a hex colour" })
    expect(fieldsOf("visitor_id: is required (in the body or the x-social-visitor-id header)")).toEqual({
      visitor_id: "is required (in the body or the x-social-visitor-id header)",
    })
    expect(fieldsOf("Product prod_1 was not found")).toEqual({})
  })

  it("maps other statuses to their type, with no field", async () => {
    for (const [status, type] of [
      [401, "unauthorized"],
      [404, "not_found"],
      [409, "conflict"],
      [422, "duplicate_error"],
      [500, "unknown_error"],
    ] as const) {
      reply = () => ({ status, body: { message: `failed ${status}` } })
      const error = await store().store.myReferral().catch((e) => e)
      expect(error).toBeInstanceOf(SocialClientError)
      expect({ status: error.status, type: error.type, field: error.field, message: error.message }).toEqual({ status, type, field: null, message: `failed ${status}` })
    }
  })

  it("reports a network failure as status 0", async () => {
    const client = createSocialClient(new Medusa({ baseUrl: "http://127.0.0.1:9", publishableKey: "pk" }))
    const error = await client.store.myReferral().catch((e) => e)
    expect(error).toBeInstanceOf(SocialClientError)
    expect(error.status).toBe(0)
  })
})
