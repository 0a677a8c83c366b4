import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "../helpers/auth"
import { seedCatalog } from "../helpers/catalog-fixtures"
import { catalogApi } from "../helpers/catalog-api"
import { startGoogleServer } from "../contract-servers/google"
import { startMetaServer } from "../contract-servers/meta"
import { startPinterestServer } from "../contract-servers/pinterest"
import { startTikTokServer } from "../contract-servers/tiktok"
import socialCatalogDaily from "../../src/jobs/social-catalog-daily"

// The contract servers run on loopback: channels may send calls only to the platforms' hosts and
// those in the plugin's catalogAllowedHosts (read by medusa-config.ts when the app boots).
process.env.SOCIAL_CATALOG_ALLOWED_HOSTS = "127.0.0.1"


/**
 * The platforms' review of items they accepted, read by the daily reconcile from each platform's
 * contract server in its documented shape (Google's item-level issues, Meta's review_status,
 * Pinterest's feed processing item issues, TikTok's audit): a rejected item is listed for the
 * admin under `?status=error` with the platform's message, is not sent again unchanged, and is
 * cleared once the platform approves it.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof seedCatalog>>
    let catalog: ReturnType<typeof catalogApi>

    beforeEach(async () => {
      const admin = await createAdminHeaders(getContainer(), api)
      shop = await seedCatalog(getContainer())
      catalog = catalogApi(api, admin, shop.web.id)
    })

    const id = (sku: string) => shop.variantBySku[sku].id
    const valid = () => [id("SHIRT-S"), id("SHIRT-M"), id("MUG")].sort()
    // The "error" filter also lists invalid items (the seeded product with a bad GTIN): the platform's verdicts only.
    const refused = async (channelId: string) => (await catalog.itemsOf(channelId, "status=error")).filter((i) => i.status !== "invalid")
    const synced = async (channelId: string) => (await catalog.itemsOf(channelId, "status=synced")).map((i) => i.variant_id).sort()

    /** The daily full run (snapshot, reconcile, push) and its run as the admin sees it. */
    async function daily(channelId: string) {
      await socialCatalogDaily(getContainer())
      const [run] = await catalog.runsOf(channelId)
      expect(run.status).toBe("succeeded")
      return run
    }

    /**
     * The story every platform tells: the mug is accepted, then rejected by the platform's review
     * (listed with the platform's message, nothing sent again), optionally reviewed again (no
     * verdict: still listed), then approved (cleared, synced again).
     */
    async function rejectedThenApproved(
      channelId: string,
      o: { reject: () => void; errors: Record<string, string>[]; reviewAgain?: () => void; approve: () => void }
    ) {
      expect((await daily(channelId)).results.push).toMatchObject({ sent: 3, ok: 3 })
      expect(await synced(channelId)).toEqual(valid())

      o.reject()
      const run = await daily(channelId)
      expect(run.results.reconcile).toMatchObject({ remote: 3, disapproved: 1, review_cleared: 0, orphans_deleted: 0, missing_requeued: 0 })
      // Sending the same content again would not change the platform's verdict: nothing is sent.
      expect(run.results.push).toMatchObject({ sent: 0 })
      const [mug, ...others] = await refused(channelId)
      expect(others).toEqual([])
      expect(mug).toMatchObject({ variant_id: id("MUG"), status: "error", error_code: o.errors[0].code })
      expect(mug.errors).toEqual(o.errors.map((e) => ({ ...e, source: "platform_review" })))
      const byCode = await catalog.itemsOf(channelId, `status=error&code=${o.errors[0].code}`)
      expect(byCode.map((i) => i.variant_id)).toEqual([id("MUG")])

      if (o.reviewAgain) {
        o.reviewAgain()
        expect((await daily(channelId)).results.reconcile).toMatchObject({ disapproved: 0, review_cleared: 0 })
        expect((await refused(channelId)).map((i) => i.variant_id)).toEqual([id("MUG")])
      }

      o.approve()
      expect((await daily(channelId)).results.reconcile).toMatchObject({ disapproved: 0, review_cleared: 1 })
      expect(await refused(channelId)).toEqual([])
      expect(await synced(channelId)).toEqual(valid())
    }

    it("Google: a later disapproval is listed with Google's message and the attribute, and cleared", async () => {
      const google = await startGoogleServer()
      try {
        const credentials = { merchant_id: "123", data_source_id: "456", access_token: "google-token", api_base_url: google.url }
        const ch = await catalog.createChannel({ destination: "google", mode: "push", credentials })
        await rejectedThenApproved(ch.id, {
          reject: () => {
            google.issues.set(id("MUG"), [
              { code: "image_too_small", severity: "DISAPPROVED", attribute: "imageLink", description: "Image too small", detail: "Use an image of at least 100 x 100 pixels" },
              { code: "missing_gtin", severity: "NOT_IMPACTED", description: "Missing GTIN" },
            ])
            // A demotion does not keep the shirt out of the shop: not listed.
            google.issues.set(id("SHIRT-M"), [{ code: "missing_size_system", severity: "DEMOTED", description: "Missing size system" }])
          },
          errors: [{ code: "google_image_too_small", field: "imageLink", message: "Image too small: Use an image of at least 100 x 100 pixels" }],
          approve: () => google.issues.clear(),
        })
      } finally {
        await google.close()
      }
    })

    it("Meta: a rejected review_status is listed with Meta's error, stays while Meta reviews again, and is cleared once approved", async () => {
      const meta = await startMetaServer({ pollsInProgress: 0 })
      try {
        const credentials = { catalog_id: "cat_1", access_token: "meta-token", api_base_url: meta.url }
        const ch = await catalog.createChannel({ destination: "meta", mode: "push", credentials })
        await rejectedThenApproved(ch.id, {
          reject: () =>
            meta.reviews.set(id("MUG"), {
              review_status: "rejected",
              review_rejection_reasons: ["PROHIBITED_CONTENT"],
              errors: [{ title: "Policy violation", description: "This item doesn't comply with our Commerce Policies.", error_type: "POLICY_VIOLATION", error_priority: "HIGH" }],
            }),
          // Meta's HIGH error on the item first, then its rejection reason.
          errors: [
            { code: "meta_policy_violation", field: "", message: "Policy violation: This item doesn't comply with our Commerce Policies." },
            { code: "meta_prohibited_content", field: "", message: "PROHIBITED_CONTENT" },
          ],
          // The merchant asked for another review: pending is no verdict yet.
          reviewAgain: () => meta.reviews.set(id("MUG"), { review_status: "pending" }),
          approve: () => meta.reviews.set(id("MUG"), { review_status: "approved" }),
        })
        // Meta was asked for its review fields on the products edge.
        const listings = meta.received.filter((r) => r.path.endsWith("/products"))
        expect(listings.length).toBeGreaterThan(0)
        for (const r of listings) expect(r.query.get("fields")).toContain("review_status")
      } finally {
        await meta.close()
      }
    })

    it("Pinterest: an item the feed processing refused is listed with Pinterest's issue and attribute, and cleared", async () => {
      const pinterest = await startPinterestServer({
        pollsProcessing: 0,
        productGroupId: "pg_all",
        feeds: [{ id: "f_us", default_country: "US", default_locale: "en-US" }],
      })
      try {
        const credentials = { access_token: "pinterest-token", product_group_id: "pg_all", api_base_url: `${pinterest.url}/v5` }
        const ch = await catalog.createChannel({ destination: "pinterest", mode: "push", credentials })
        await rejectedThenApproved(ch.id, {
          reject: () => pinterest.issues.set(id("MUG"), [{ code: "IMAGE_LINK_INVALID", attribute: "IMAGE_LINK", value: "https://cdn.example.com/mug.jpg" }]),
          errors: [{ code: "pinterest_image_link_invalid", field: "image_link", message: "Image link invalid: https://cdn.example.com/mug.jpg" }],
          approve: () => pinterest.issues.clear(),
        })
      } finally {
        await pinterest.close()
      }
    })

    it("TikTok: a rejected audit is listed with TikTok's reason and suggestion, and cleared once approved", async () => {
      const tiktok = await startTikTokServer()
      try {
        const credentials = { bc_id: "bc_1", catalog_id: "cat_1", access_token: "tiktok-token", api_base_url: tiktok.url }
        const ch = await catalog.createChannel({ destination: "tiktok", mode: "push", credentials })
        await rejectedThenApproved(ch.id, {
          reject: () =>
            tiktok.audits.set(id("MUG"), {
              audit_status: "rejected",
              reject_info: [{ reason: "Image is less than 500x500 pixels", suggestion: "Upload an image of at least 500 x 500 pixels", affected_country: ["US"] }],
            }),
          errors: [
            {
              code: "tiktok_image_is_less_than_500x500_pixels",
              field: "",
              message: "Image is less than 500x500 pixels: Upload an image of at least 500 x 500 pixels (US)",
            },
          ],
          reviewAgain: () => tiktok.audits.set(id("MUG"), { audit_status: "processing" }),
          approve: () => tiktok.audits.set(id("MUG"), { audit_status: "approved" }),
        })
      } finally {
        await tiktok.close()
      }
    })
  },
})
