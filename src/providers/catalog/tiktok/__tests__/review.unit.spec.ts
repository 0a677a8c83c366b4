import TikTokCatalogProvider from ".."
import { TikTokServer, startTikTokServer } from "../../../../../integration-tests/contract-servers/tiktok"
import { US, collect } from "../../__tests__/items"
import type { RemoteItem } from "../../types"
import { tiktokRemoteItem } from "../review"

const credentials = { bc_id: "bc_1", catalog_id: "cat_1", access_token: "tiktok-token" }

describe("tiktokRemoteItem: TikTok's audit of a listed product", () => {
  it("turns each reject reason into a disapproval with TikTok's reason, suggestion and countries", () => {
    const item = tiktokRemoteItem({
      sku_id: "v1",
      audit: {
        audit_status: "rejected",
        reject_info: [
          { reason: "Image is less than 500x500 pixels", suggestion: "Upload an image of at least 500 x 500 pixels", affected_placement: ["PLACEMENT_TIKTOK"], affected_country: ["US", "GB"] },
          { reason: "Prohibited product" },
        ],
      },
    })
    expect(item).toEqual({
      id: "v1",
      issues: [
        {
          code: "tiktok_image_is_less_than_500x500_pixels",
          message: "Image is less than 500x500 pixels: Upload an image of at least 500 x 500 pixels (US, GB)",
          severity: "disapproved",
          attribute: null,
        },
        { code: "tiktok_prohibited_product", message: "Prohibited product", severity: "disapproved", attribute: null },
      ],
    })
  })

  it("reads the list spelled rejected_info too, and says so when TikTok gives no reason", () => {
    expect(tiktokRemoteItem({ sku_id: "v2", audit: { audit_status: "REJECTED", rejected_info: [{ reason: "Counterfeit" }] } }).issues[0].code).toBe("tiktok_counterfeit")
    expect(tiktokRemoteItem({ sku_id: "v3", audit: { audit_status: "rejected" } }).issues).toEqual([
      { code: "tiktok_rejected", message: "TikTok rejected this product in its review", severity: "disapproved", attribute: null },
    ])
  })

  it("gives no verdict while the audit is processing, and no issue once approved or without an audit", () => {
    expect(tiktokRemoteItem({ sku_id: "v4", audit: { audit_status: "processing" } })).toEqual({ id: "v4", issues: [], undecided: true })
    expect(tiktokRemoteItem({ sku_id: "v5", audit: { audit_status: "approved" } })).toEqual({ id: "v5", issues: [] })
    expect(tiktokRemoteItem({ sku_id: "v6" })).toEqual({ id: "v6", issues: [] })
  })
})

describe("TikTok provider: audit listing against the contract server", () => {
  let server: TikTokServer
  afterEach(() => server?.close())

  it("reads each product's audit from the numbered pages of /catalog/product/get/", async () => {
    server = await startTikTokServer({ existing: ["a", "b", "c", "d", "e"] })
    server.audits.set("b", { audit_status: "rejected", reject_info: [{ reason: "Misleading claim", suggestion: "Remove the claim" }] })
    server.audits.set("d", { audit_status: "processing" })
    const provider = new TikTokCatalogProvider({ baseUrl: server.url, pageSize: 2 })
    const pages = await collect<RemoteItem>(provider.listRemoteItems!(US, credentials))
    expect(pages.map((p) => p.map((i) => i.id))).toEqual([["a", "b"], ["c", "d"], ["e"]])
    const byId = new Map(pages.flat().map((i) => [i.id, i]))
    expect(byId.get("b")!.issues).toEqual([{ code: "tiktok_misleading_claim", message: "Misleading claim: Remove the claim", severity: "disapproved", attribute: null }])
    expect(byId.get("d")).toEqual({ id: "d", issues: [], undecided: true })
    expect(byId.get("a")).toEqual({ id: "a", issues: [] })
  })
})
