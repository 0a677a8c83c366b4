import MetaCatalogProvider from ".."
import { MetaServer, startMetaServer } from "../../../../../integration-tests/contract-servers/meta"
import { US, collect } from "../../__tests__/items"
import type { RemoteItem } from "../../types"
import { metaRemoteItem } from "../review"

const credentials = { catalog_id: "cat_1", access_token: "meta-token" }
const lowImage = { title: "Image too small", description: "Use an image of at least 500 x 500 pixels.", error_type: "IMAGE_RESOLUTION_LOW", error_priority: "HIGH" }
const noGtin = { title: "Missing GTIN", description: "Add a GTIN so people can find this product.", error_type: "GTIN_MISSING", error_priority: "LOW" }

describe("metaRemoteItem: Meta's review of a listed product", () => {
  it("turns a rejection into disapprovals: HIGH errors first, then Meta's reasons; lesser errors stay warnings", () => {
    const item = metaRemoteItem({ retailer_id: "v1", review_status: "rejected", review_rejection_reasons: ["ADULT_CONTENT"], errors: [noGtin, lowImage] })
    expect(item).toEqual({
      id: "v1",
      issues: [
        { code: "meta_image_resolution_low", message: "Image too small: Use an image of at least 500 x 500 pixels.", severity: "disapproved", attribute: null },
        { code: "meta_adult_content", message: "ADULT_CONTENT", severity: "disapproved", attribute: null },
        { code: "meta_gtin_missing", message: "Missing GTIN: Add a GTIN so people can find this product.", severity: "warning", attribute: null },
      ],
    })
  })

  it("keeps every error of a rejected item when none is HIGH and Meta names no reason, and says so when Meta gives nothing", () => {
    expect(metaRemoteItem({ retailer_id: "v2", review_status: "rejected", errors: [noGtin] }).issues.map((i) => [i.code, i.severity])).toEqual([
      ["meta_gtin_missing", "disapproved"],
    ])
    expect(metaRemoteItem({ retailer_id: "v3", review_status: "rejected" }).issues).toEqual([
      { code: "meta_review_rejected", message: "Meta rejected this item in its review and gave no reason", severity: "disapproved", attribute: null },
    ])
  })

  it("gives no verdict while the review is pending or outdated, and none for an approved item whatever its errors", () => {
    for (const review_status of ["pending", "outdated"]) {
      expect(metaRemoteItem({ retailer_id: "v4", review_status, errors: [lowImage] })).toMatchObject({ id: "v4", undecided: true })
    }
    const approved = metaRemoteItem({ retailer_id: "v5", review_status: "approved", errors: [lowImage] })
    expect(approved.undecided).toBeUndefined()
    expect(approved.issues.every((i) => i.severity === "warning")).toBe(true)
    expect(metaRemoteItem({ retailer_id: "v6" })).toEqual({ id: "v6", issues: [] })
  })
})

describe("Meta provider: review listing against the contract server", () => {
  let server: MetaServer
  afterEach(() => server?.close())

  it("asks the products edge for the review fields and reads each item's verdict across cursor pages", async () => {
    server = await startMetaServer({ existing: Array.from({ length: 7 }, (_, i) => `v_${i}`) })
    server.reviews.set("v_1", { review_status: "rejected", review_rejection_reasons: ["PROHIBITED_CONTENT"], errors: [lowImage as any] })
    server.reviews.set("v_5", { review_status: "pending" })
    const provider = new MetaCatalogProvider({ baseUrl: server.url, pageSize: 3 })
    const pages = await collect<RemoteItem>(provider.listRemoteItems!(US, credentials))
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1])
    const byId = new Map(pages.flat().map((i) => [i.id, i]))
    expect(byId.get("v_1")!.issues.map((i) => i.code)).toEqual(["meta_image_resolution_low", "meta_prohibited_content"])
    expect(byId.get("v_5")).toEqual({ id: "v_5", issues: [], undecided: true })
    expect(byId.get("v_0")).toEqual({ id: "v_0", issues: [] })
    const fields = server.received.filter((r) => r.path.endsWith("/products")).map((r) => r.query.get("fields"))
    expect(new Set(fields)).toEqual(new Set(["retailer_id,review_status,review_rejection_reasons,errors"]))
  })
})
