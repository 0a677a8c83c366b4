import MetaCatalogProvider, { META_MAX_ITEMS } from ".."
import { META_ERROR_CODES, MetaServer, startMetaServer } from "../../../../../integration-tests/contract-servers/meta"
import { ThrottledError } from "../../types"
import { PlatformError } from "../../lib/http"
import { US, collect, del, makeItem, upsert, upserts } from "../../__tests__/items"
import { toMetaItemData, toMetaRequest } from "../mapper"
import { metaThrottle, parseBusinessUseCaseUsage } from "../throttle"

const credentials = { catalog_id: "cat_1", access_token: "meta-token" }

describe("Meta mapper", () => {
  it("writes Meta's item: retailer id, '15.00 USD' prices, Meta's availability words, no nulls", () => {
    const data = toMetaItemData(
      makeItem("var_1", {
        availability: "backorder",
        sale_price: { amount: 12.5, currency_code: "USD" },
        sale_price_effective_date: { start: "2026-11-01T00:00:00Z", end: "2026-11-30T00:00:00Z" },
        custom_labels: ["summer", null, null, null, null],
      })
    )
    expect(data).toMatchObject({
      id: "var_1",
      item_group_id: "prod_1",
      price: "15.00 USD",
      sale_price: "12.50 USD",
      sale_price_effective_date: "2026-11-01T00:00:00Z/2026-11-30T00:00:00Z",
      availability: "available for order",
      condition: "new",
      brand: "Acme",
      color: "Blue",
      size: "M",
      custom_label_0: "summer",
    })
    expect(Object.values(data)).not.toContain(null)
    expect(data).not.toHaveProperty("gtin")
    expect(toMetaItemData(makeItem("v", { availability: "out_of_stock", price: { amount: 1500, currency_code: "JPY" } }))).toMatchObject({
      availability: "out of stock",
      price: "1500 JPY",
    })
    expect(toMetaRequest(del("var_9"))).toEqual({ method: "DELETE", data: { id: "var_9" } })
  })
})

describe("Meta throttle signals", () => {
  it("reads estimated_time_to_regain_access (minutes) from X-Business-Use-Case-Usage", () => {
    const header = JSON.stringify({ "42": [{ type: "catalog_batch", call_count: 100, estimated_time_to_regain_access: 12 }] })
    expect(parseBusinessUseCaseUsage(header)).toEqual([{ type: "catalog_batch", call_count: 100, estimated_time_to_regain_access: 12 }])
    expect(parseBusinessUseCaseUsage("not json")).toEqual([])
    const error = metaThrottle(400, new Headers({ "x-business-use-case-usage": header }), { error: { code: 80014, message: "too many calls" } })
    expect(error).toBeInstanceOf(ThrottledError)
    expect(error!.retryAfterMs).toBe(12 * 60_000)
    for (const code of [4, 17, 32, 613]) {
      expect(metaThrottle(400, new Headers(), { error: { code } })?.retryAfterMs).toBe(5 * 60_000)
    }
    expect(metaThrottle(400, new Headers(), { error: { code: 100, message: "bad param" } })).toBeNull()
  })
})

describe("Meta provider against the contract server", () => {
  let server: MetaServer
  afterEach(() => server?.close())

  it("sends at most 3,000 items a call, one entry per item, and polls per-item results with partial failures", async () => {
    server = await startMetaServer({ pollsInProgress: 1, failIds: { var_00007: "Image URL unreachable" } })
    const provider = new MetaCatalogProvider({ baseUrl: server.url })
    const ops = [...upserts(3001), upsert("var_00003", { brand: null }), upsert("var_00010", { price: { amount: 9, currency_code: "EUR" } })]
    const submitted = await provider.submit(ops, US, credentials)

    const calls = server.received.filter((r) => r.path.endsWith("/items_batch"))
    expect(calls.map((c) => c.body.requests.length)).toEqual([3000, 1])
    expect(calls[0].body.item_type).toBe("PRODUCT_ITEM")
    // The later change of an item replaced its earlier one instead of adding a second entry.
    const all = calls.flatMap((c) => c.body.requests)
    expect(all.filter((r: any) => r.data.id === "var_00010")).toHaveLength(1)
    expect(all.find((r: any) => r.data.id === "var_00010").data.price).toBe("9.00 EUR")
    expect(submitted.handle).toBe("handle_1,handle_2")

    expect(await provider.pollResults(submitted.handle!, credentials)).toBeNull()
    const results = await provider.pollResults(submitted.handle!, credentials)
    const byId = new Map(results!.map((r) => [r.id, r]))
    expect(byId.get("var_00003")).toEqual({
      id: "var_00003",
      status: "error",
      errors: [{ code: "meta_1000", message: "Missing required field: brand" }],
    })
    expect(byId.get("var_00007")!.errors![0].message).toBe("Image URL unreachable")
    expect(byId.get("var_00001")).toMatchObject({ status: "ok", warnings: [{ code: "meta_warning" }] })
    expect(server.items.size).toBe(2999)
  })

  it("marks every invalid request failed, beyond Meta's sample of 50 error messages", async () => {
    server = await startMetaServer({ pollsInProgress: 0 })
    const provider = new MetaCatalogProvider({ baseUrl: server.url })
    const ops = Array.from({ length: 60 }, (_, i) => upsert(`bad_${i}`, { image_link: null }))
    const { handle } = await provider.submit([...ops, upsert("good_1")], US, credentials)
    const results = await provider.pollResults(handle!, credentials)
    const errors = results!.filter((r) => r.status === "error")
    expect(errors).toHaveLength(60)
    expect(errors.filter((r) => r.errors![0].code === "meta_invalid_request")).toHaveLength(10)
    expect(results!.find((r) => r.id === "good_1")!.status).toBe("ok")
  })

  it("reports a batch Meta ended in error as a PlatformError, so its items are sent again", async () => {
    server = await startMetaServer({ pollsInProgress: 0, finalStatus: "error" })
    const provider = new MetaCatalogProvider({ baseUrl: server.url })
    const { handle } = await provider.submit(upserts(3), US, credentials)
    await expect(provider.pollResults(handle!, credentials)).rejects.toMatchObject({ code: "meta_batch_error" })
  })

  it("splits by bytes when items are large", async () => {
    server = await startMetaServer({ maxBytes: 20_000 })
    const provider = new MetaCatalogProvider({ baseUrl: server.url, maxBytesPerCall: 18_000 })
    const description = "x".repeat(1_000)
    const ops = Array.from({ length: 40 }, (_, i) => upsert(`big_${i}`, { description }))
    await provider.submit(ops, US, credentials)
    const calls = server.received.filter((r) => r.path.endsWith("/items_batch"))
    expect(calls.length).toBeGreaterThan(1)
    expect(calls.every((c) => c.bytes <= 20_000)).toBe(true)
    expect(calls.reduce((n, c) => n + c.body.requests.length, 0)).toBe(40)
  })

  it("refuses what Meta refuses: over 5,000 requests a call, a bad token", async () => {
    server = await startMetaServer({ maxRequests: 5000 })
    const provider = new MetaCatalogProvider({ baseUrl: server.url, maxItemsPerCall: 6000 })
    await expect(provider.submit(upserts(5001), US, credentials)).rejects.toThrow("(#100) The requests param can contain at most 5000 items")
    await expect(provider.submit(upserts(1), US, { ...credentials, access_token: "wrong" })).rejects.toBeInstanceOf(PlatformError)
  })

  it("answers a request refused before queueing in validation_status, with its error_code, at once; the item is not queued", async () => {
    server = await startMetaServer({ pollsInProgress: 0 })
    const provider = new MetaCatalogProvider({ baseUrl: server.url })
    // A price in a currency code Meta cannot read is a format error: refused in the call's own answer.
    const submitted = await provider.submit([upsert("bad_price", { price: { amount: 9, currency_code: "euro" } }), upsert("good")], US, credentials)
    const call = server.received.find((r) => r.path.endsWith("/items_batch"))!
    expect(submitted.results).toEqual([
      { id: "bad_price", status: "error", errors: [{ code: `meta_${META_ERROR_CODES.invalidFormat}`, message: "Invalid price format: 9.00 EURO" }], warnings: [] },
    ])
    expect(call.body.requests.map((r: any) => r.data.id)).toEqual(["bad_price", "good"])
    expect([...server.items.keys()]).toEqual(["good"])
    // Its batch reports on the queued request only.
    const results = await provider.pollResults(submitted.handle!, credentials)
    expect(results!.map((r) => r.id)).toEqual(["good"])
  })

  it("refuses a wrong HTTP method on each edge, as the Graph API does", async () => {
    server = await startMetaServer()
    const get = await fetch(`${server.url}/cat_1/items_batch`, { headers: { authorization: "Bearer meta-token" } })
    expect(get.status).toBe(400)
    expect((await get.json()).error).toMatchObject({ code: 100, message: expect.stringContaining("Unsupported get request") })
    const post = await fetch(`${server.url}/cat_1/check_batch_request_status?handle=h`, { method: "POST", headers: { authorization: "Bearer meta-token" } })
    expect((await post.json()).error.message).toContain("Unsupported post request")
    // The provider uses the right ones: its calls all went through.
    const provider = new MetaCatalogProvider({ baseUrl: server.url })
    const { handle } = await provider.submit(upserts(1), US, credentials)
    await expect(provider.pollResults(handle!, credentials)).resolves.not.toBeUndefined()
  })

  it("the provider's batch size is within Meta's limit: a full batch is accepted, one more request is refused", async () => {
    server = await startMetaServer()
    const provider = new MetaCatalogProvider({ baseUrl: server.url })
    expect(provider.maxBatchSize).toBe(META_MAX_ITEMS)
    await expect(provider.submit(upserts(provider.maxBatchSize), US, credentials)).resolves.toMatchObject({ handle: "handle_1" })
    expect(server.received.filter((r) => r.path.endsWith("/items_batch")).map((c) => c.body.requests.length)).toEqual([provider.maxBatchSize])
  })

  it("raises ThrottledError with Meta's wait when the catalog batch limit is hit", async () => {
    server = await startMetaServer({ throttle: { after: 1, times: 1, regainMinutes: 7 } })
    const provider = new MetaCatalogProvider({ baseUrl: server.url })
    await provider.submit(upserts(2), US, credentials)
    const error = await provider.submit(upserts(2), US, credentials).catch((e) => e)
    expect(error).toBeInstanceOf(ThrottledError)
    expect(error.retryAfterMs).toBe(7 * 60_000)
    expect(error.scope).toBe("hour")
    // Once the window passed, the same call goes through.
    await expect(provider.submit(upserts(2), US, credentials)).resolves.toMatchObject({ handle: "handle_2" })
  })

  it("deletes remotely and lists remote ids across cursor pages", async () => {
    server = await startMetaServer({ existing: Array.from({ length: 1203 }, (_, i) => `old_${String(i).padStart(4, "0")}`) })
    const provider = new MetaCatalogProvider({ baseUrl: server.url, pageSize: 500 })
    await provider.submit([del("old_0000"), del("old_0001")], US, credentials)
    const pages = await collect(provider.listRemoteIds(US, credentials))
    expect(pages.map((p) => p.length)).toEqual([500, 500, 201])
    const ids = pages.flat()
    expect(new Set(ids).size).toBe(1201)
    expect(ids).not.toContain("old_0000")
  })
})
