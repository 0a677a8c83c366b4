import TikTokCatalogProvider, { TIKTOK_MAX_ITEMS } from ".."
import { TIKTOK_MAX_PRODUCTS_PER_CALL, TikTokServer, startTikTokServer } from "../../../../../integration-tests/contract-servers/tiktok"
import { ThrottledError } from "../../types"
import { PlatformError } from "../../lib/http"
import { US, collect, del, fakeClock, makeItem, upsert, upserts } from "../../__tests__/items"
import { toTikTokProduct } from "../mapper"
import { tiktokThrottle } from "../throttle"

const credentials = { bc_id: "bc_1", catalog_id: "cat_1", access_token: "tiktok-token" }

describe("TikTok mapper", () => {
  it("writes TikTok's v1.3 product: sku_id, IN_STOCK-style enums, product_detail, price_info, landing page", () => {
    const product = toTikTokProduct(
      makeItem("var_1", { sale_price: { amount: 12, currency_code: "USD" }, custom_labels: ["new-in", null, null, null, null] })
    )
    expect(product).toEqual({
      sku_id: "var_1",
      item_group_id: "prod_1",
      title: "Shirt var_1",
      description: "A plain cotton shirt.",
      availability: "IN_STOCK",
      image_url: "https://cdn.example/shirt.jpg",
      brand: "Acme",
      product_detail: { condition: "NEW", size: "M", color: "Blue" },
      price_info: { price: 15, sale_price: 12 },
      landing_page: { landing_page_url: "https://shop.example/products/shirt?variant=var_1" },
      extra_info: { custom_label_0: "new-in" },
    })
    expect(toTikTokProduct(makeItem("v", { availability: "out_of_stock" })).availability).toBe("OUT_OF_STOCK")
    expect(toTikTokProduct(makeItem("v", { availability: "backorder" })).availability).toBe("AVAILABLE_FOR_ORDER")
    expect(toTikTokProduct(makeItem("v", { price: { amount: 1499.6, currency_code: "JPY" } })).price_info).toEqual({ price: 1500 })
  })
})

describe("TikTok throttle signal (HTTP 200, code 40100, no Retry-After)", () => {
  const now = Date.parse("2026-11-22T22:30:00.400Z")
  it("waits to the next second for QPS, 5 minutes for QPM, until 00:00 UTC for QPD", () => {
    expect(tiktokThrottle({ code: 40100, message: "QPS limit exceeded" }, now)).toMatchObject({ retryAfterMs: 600, scope: "second" })
    expect(tiktokThrottle({ code: 40100, message: "QPM limit exceeded" }, now)).toMatchObject({ retryAfterMs: 300_000, scope: "minute" })
    expect(tiktokThrottle({ code: 40100, message: "QPD limit exceeded" }, now)).toMatchObject({ retryAfterMs: 5_399_600, scope: "day" })
    expect(tiktokThrottle({ code: 40100, message: "Too many requests" }, now)).toMatchObject({ scope: "second" })
    expect(tiktokThrottle({ code: 0, message: "OK" }, now)).toBeNull()
    expect(tiktokThrottle({ message: "Too Many Requests" }, now, 429)).toMatchObject({ scope: "second" })
  })
})

describe("TikTok provider against the contract server", () => {
  let server: TikTokServer
  afterEach(() => server?.close())

  it("paces uploads within 5/s and 300/min and deletes within 2/s, so TikTok never refuses", async () => {
    const clock = fakeClock()
    const start = clock.now()
    server = await startTikTokServer({ now: clock.now, maxProducts: 2, existing: ["d1", "d2", "d3", "d4", "d5", "d6"] })
    const provider = new TikTokCatalogProvider({ baseUrl: server.url, clock, maxItemsPerCall: 2 })
    const ops = [...upserts(24), ...["d1", "d2", "d3", "d4", "d5", "d6"].map(del)]
    const { handle, results } = await provider.submit(ops, US, credentials)
    expect(handle).toBeNull()
    expect(results).toHaveLength(30)
    expect(results.every((r) => r.status === "ok")).toBe(true)
    expect(server.rateRefusals()).toBe(0)
    const uploads = server.received.filter((r) => r.path.endsWith("/upload/"))
    const deletes = server.received.filter((r) => r.path.endsWith("/delete/"))
    expect(uploads).toHaveLength(12)
    expect(deletes).toHaveLength(3)
    // 12 uploads at 5/s need 2 s; 3 deletes at 2/s at least one more.
    expect(clock.now() - start).toBeGreaterThanOrEqual(2_000)
    expect(server.products.size).toBe(24)
  })

  it("is a contract server that refuses a sixth upload within one second with code 40100 (QPS)", async () => {
    const clock = fakeClock()
    server = await startTikTokServer({ now: clock.now })
    const call = () =>
      fetch(`${server.url}/catalog/product/upload/`, {
        method: "POST",
        headers: { "access-token": "tiktok-token", "content-type": "application/json" },
        body: JSON.stringify({ bc_id: "bc_1", catalog_id: "cat_1", products: [toTikTokProduct(makeItem("a"))] }),
      }).then(async (r) => ({ status: r.status, retryAfter: r.headers.get("retry-after"), body: await r.json() }))
    for (let i = 0; i < 5; i++) expect((await call()).body.code).toBe(0)
    const sixth = await call()
    expect(sixth).toMatchObject({ status: 200, retryAfter: null, body: { code: 40100 } })
    expect(sixth.body.message).toContain("QPS")
    clock.advance(1000)
    expect((await call()).body.code).toBe(0)
  })

  it("turns code 40100 into ThrottledError and hands back the products already accepted", async () => {
    const clock = fakeClock()
    server = await startTikTokServer({ now: clock.now, maxProducts: 5, throttle: { after: 2, times: 1, kind: "QPM" } })
    const provider = new TikTokCatalogProvider({ baseUrl: server.url, clock, maxItemsPerCall: 5 })
    const error = await provider.submit(upserts(20), US, credentials).catch((e) => e)
    expect(error).toBeInstanceOf(ThrottledError)
    expect(error).toMatchObject({ retryAfterMs: 300_000, scope: "minute" })
    expect(error.results).toHaveLength(10)
    expect(server.products.size).toBe(10)
  })

  it("isolates the products TikTok refuses, so one bad product does not hold back the good ones", async () => {
    const clock = fakeClock()
    server = await startTikTokServer({ now: clock.now, maxProducts: 100 })
    const provider = new TikTokCatalogProvider({ baseUrl: server.url, clock })
    const ops = upserts(100)
    ops[37] = upsert("bad_1", { brand: null })
    ops[80] = upsert("bad_2", { image_link: null })
    const { results } = await provider.submit(ops, US, credentials)
    expect(results).toHaveLength(100)
    expect(results.filter((r) => r.status === "ok")).toHaveLength(98)
    expect(results.find((r) => r.id === "bad_1")).toEqual({
      id: "bad_1",
      status: "error",
      errors: [{ code: "tiktok_40002", message: "products[bad_1].brand: required field missing" }],
    })
    expect(results.find((r) => r.id === "bad_2")!.errors![0].message).toBe("products[bad_2].image_url: required field missing")
    expect(server.products.size).toBe(98)
    // Halving costs a few calls, not one per product.
    expect(server.received.length).toBeLessThan(30)
    expect(server.rateRefusals()).toBe(0)
  })

  it("sends at most 100 products a call", async () => {
    const clock = fakeClock()
    server = await startTikTokServer({ now: clock.now, maxProducts: 100 })
    const provider = new TikTokCatalogProvider({ baseUrl: server.url, clock })
    await provider.submit(upserts(250), US, credentials)
    expect(server.received.map((r) => r.body.products.length)).toEqual([100, 100, 50])
    expect(server.received.every((r) => r.headers["access-token"] === "tiktok-token" && r.body.bc_id === "bc_1")).toBe(true)
  })

  it("the provider's batch size is within TikTok's per-call limit: a full batch is accepted, one product more is refused", async () => {
    expect(TIKTOK_MAX_ITEMS).toBeLessThanOrEqual(TIKTOK_MAX_PRODUCTS_PER_CALL)
    const clock = fakeClock()
    server = await startTikTokServer({ now: clock.now })
    const provider = new TikTokCatalogProvider({ baseUrl: server.url, clock })
    const full = await provider.submit(upserts(provider.maxBatchSize), US, credentials)
    expect(full.results.every((r) => r.status === "ok")).toBe(true)
    expect(server.received.map((r) => r.body.products.length)).toEqual([provider.maxBatchSize])
    const over = await fetch(`${server.url}/catalog/product/upload/`, {
      method: "POST",
      headers: { "access-token": "tiktok-token", "content-type": "application/json" },
      body: JSON.stringify({ bc_id: "bc_1", catalog_id: "cat_1", products: server.received[0].body.products.concat(Array(TIKTOK_MAX_PRODUCTS_PER_CALL + 1 - provider.maxBatchSize).fill(server.received[0].body.products[0])) }),
    })
    expect((await over.json()).code).toBe(40002)
  })

  it("keeps within 300 uploads a minute", async () => {
    const clock = fakeClock()
    const start = clock.now()
    server = await startTikTokServer({ now: clock.now })
    const provider = new TikTokCatalogProvider({ baseUrl: server.url, clock, maxItemsPerCall: 1 })
    const { results } = await provider.submit(upserts(302), US, credentials)
    expect(results.every((r) => r.status === "ok")).toBe(true)
    expect(server.rateRefusals()).toBe(0)
    expect(clock.now() - start).toBeGreaterThanOrEqual(60_000)
  })

  it("stops the run on a bad token", async () => {
    server = await startTikTokServer()
    const provider = new TikTokCatalogProvider({ baseUrl: server.url })
    await expect(provider.submit([upsert("x")], US, { ...credentials, access_token: "wrong" })).rejects.toBeInstanceOf(PlatformError)
  })

  it("lists remote ids across numbered pages", async () => {
    server = await startTikTokServer({ existing: Array.from({ length: 25 }, (_, i) => `s_${String(i).padStart(2, "0")}`) })
    const provider = new TikTokCatalogProvider({ baseUrl: server.url, pageSize: 10 })
    const pages = await collect(provider.listRemoteIds(US, credentials))
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5])
  })
})
