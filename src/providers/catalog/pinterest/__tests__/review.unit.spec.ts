import PinterestCatalogProvider from ".."
import { PinterestServer, startPinterestServer } from "../../../../../integration-tests/contract-servers/pinterest"
import { US, collect } from "../../__tests__/items"
import type { RemoteItem } from "../../types"
import { latestCompletedResult, pinterestFeedsFor, pinterestRecordIssues, pinterestRemoteItem, pinterestReview } from "../review"

const credentials = { access_token: "pinterest-token", product_group_id: "pg_all" }
const imageError = { IMAGE_LINK_INVALID: { attribute_name: "IMAGE_LINK", provided_value: "https://cdn.example/x.gif" } }

describe("Pinterest feed processing: pure reading", () => {
  it("keeps the market's feeds: same country and language, not inactive, of the channel's catalog", () => {
    const feeds = [
      { id: "1", default_country: "US", default_locale: "en-US", status: "ACTIVE" },
      { id: "2", default_country: "US", default_locale: "en_US", status: "INACTIVE" },
      { id: "3", default_country: "GB", default_locale: "en-GB" },
      { id: "4", default_country: "US", default_locale: "es-US" },
      { id: "5", default_country: "US", default_locale: "en-US", catalog_id: "99" },
      { id: "6", default_country: "US", default_locale: "en-US", catalog_id: "42" },
    ]
    expect(pinterestFeedsFor(feeds, US, "42").map((f) => f.id)).toEqual(["1", "6"])
    expect(pinterestFeedsFor(feeds, US).map((f) => f.id)).toEqual(["1", "5", "6"])
  })

  it("reads the newest COMPLETED processing result; a newer failed or running one has no item verdicts", () => {
    const results = [
      { id: "r3", status: "FAILED", created_at: "2026-12-03T00:00:00Z" },
      { id: "r2", status: "COMPLETED", created_at: "2026-12-02T00:00:00Z" },
      { id: "r4", status: "PROCESSING", created_at: "2026-12-04T00:00:00Z" },
      { id: "r1", status: "COMPLETED", created_at: "2026-12-01T00:00:00Z" },
    ]
    expect(latestCompletedResult(results)?.id).toBe("r2")
    expect(latestCompletedResult([{ id: "r", status: "FAILED" }])).toBeNull()
  })

  it("turns an item's errors into disapprovals (code, attribute, provided value) and its warnings into warnings", () => {
    expect(pinterestRecordIssues({ item_id: "v1", errors: imageError, warnings: { GTIN_MISSING: { attribute_name: "GTIN", provided_value: null } } })).toEqual([
      { code: "pinterest_image_link_invalid", message: "Image link invalid: https://cdn.example/x.gif", severity: "disapproved", attribute: "image_link" },
      { code: "pinterest_gtin_missing", message: "Gtin missing", severity: "warning", attribute: "gtin" },
    ])
  })

  it("knows when Pinterest's sample of 20 items per code may leave an item out: no verdict for the others then", () => {
    const records = [{ item_id: "v1", errors: imageError }, { item_id: "v2", errors: imageError }]
    const complete = pinterestReview(records, { IMAGE_LINK_INVALID: 2 })
    expect(complete.complete).toBe(true)
    expect(pinterestRemoteItem("v9", complete)).toEqual({ id: "v9", issues: [] })
    expect(pinterestRemoteItem("v1", complete).issues[0].code).toBe("pinterest_image_link_invalid")

    const sampled = pinterestReview(records, { IMAGE_LINK_INVALID: 30 })
    expect(sampled.complete).toBe(false)
    expect(pinterestRemoteItem("v9", sampled)).toEqual({ id: "v9", issues: [], undecided: true })
    expect(pinterestRemoteItem("v2", sampled).undecided).toBeUndefined()
    // Without the counts, a code sampled 20 times may have had more items.
    const twenty = Array.from({ length: 20 }, (_, i) => ({ item_id: `w${i}`, errors: imageError }))
    expect(pinterestReview(twenty, null).complete).toBe(false)
    expect(pinterestReview(records, null).complete).toBe(true)
    // No processed feed: nothing to read, every item is as the platform holds it.
    expect(pinterestRemoteItem("v1", null)).toEqual({ id: "v1", issues: [] })
  })
})

describe("Pinterest provider: feed processing issues against the contract server", () => {
  let server: PinterestServer
  afterEach(() => server?.close())
  const existing = ["a", "b", "c", "d"]

  it("lists each item with the errors of the market feed's latest completed processing", async () => {
    server = await startPinterestServer({
      existing,
      productGroupId: "pg_all",
      feeds: [
        { id: "f_us", default_country: "US", default_locale: "en-US" },
        { id: "f_gb", default_country: "GB", default_locale: "en-GB" },
      ],
    })
    server.issues.set("b", [{ code: "IMAGE_LINK_INVALID", attribute: "IMAGE_LINK", value: "https://cdn.example/b.gif" }])
    server.issues.set("c", [{ code: "GTIN_MISSING", attribute: "GTIN", severity: "warning" }])
    const provider = new PinterestCatalogProvider({ baseUrl: `${server.url}/v5`, pageSize: 3 })
    const items = (await collect<RemoteItem>(provider.listRemoteItems!(US, credentials))).flat()
    expect(items.map((i) => i.id)).toEqual(existing)
    const byId = new Map(items.map((i) => [i.id, i]))
    expect(byId.get("b")!.issues).toEqual([
      { code: "pinterest_image_link_invalid", message: "Image link invalid: https://cdn.example/b.gif", severity: "disapproved", attribute: "image_link" },
    ])
    expect(byId.get("c")!.issues.map((i) => i.severity)).toEqual(["warning"])
    expect(byId.get("a")).toEqual({ id: "a", issues: [] })
    // Only the US feed's processing results were read, and only its completed one's issues.
    const paths = server.received.map((r) => r.path)
    expect(paths).toContain("/v5/catalogs/feeds/f_us/processing_results")
    expect(paths).not.toContain("/v5/catalogs/feeds/f_gb/processing_results")
    expect(paths).toContain("/v5/catalogs/processing_results/pr_f_us_done/item_issues")
  })

  it("leaves the items outside Pinterest's sample undecided, and reads nothing without a feed", async () => {
    server = await startPinterestServer({ existing, productGroupId: "pg_all", feeds: [{ id: "f_us", default_country: "US", default_locale: "en-US" }], sampleLimit: 2 })
    for (const id of ["a", "b", "c"]) server.issues.set(id, [{ code: "PRICE_MISSING", attribute: "PRICE" }])
    const provider = new PinterestCatalogProvider({ baseUrl: `${server.url}/v5`, pageSize: 1 })
    const items = (await collect<RemoteItem>(provider.listRemoteItems!(US, credentials))).flat()
    expect(items.map((i) => [i.id, i.issues.length, !!i.undecided])).toEqual([
      ["a", 1, false],
      ["b", 1, false],
      ["c", 0, true],
      ["d", 0, true],
    ])

    await server.close()
    server = await startPinterestServer({ existing, productGroupId: "pg_all" })
    const plain = new PinterestCatalogProvider({ baseUrl: `${server.url}/v5` })
    const clean = (await collect<RemoteItem>(plain.listRemoteItems!(US, credentials))).flat()
    expect(clean).toEqual(existing.map((id) => ({ id, issues: [] })))
  })
})
