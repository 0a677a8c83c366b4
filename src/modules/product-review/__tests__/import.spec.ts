import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PRODUCT_REVIEW_MODULE } from ".."
import { ProductReview } from "../models/product-review"
import { ReviewMedia } from "../models/review-media"
import { ReviewResponse } from "../models/review-response"
import { ReviewVote } from "../models/review-vote"
import { ReviewReport } from "../models/review-report"
import { ReviewImport } from "../models/review-import"
import type ProductReviewModuleService from "../service"
import type { ImportedReviewInsert } from "../service"
import { entityIds } from "../../../lib/entity-ids"

jest.setTimeout(30_000)

moduleIntegrationTestRunner<ProductReviewModuleService>({
  moduleName: PRODUCT_REVIEW_MODULE,
  moduleModels: [ProductReview, ReviewMedia, ReviewResponse, ReviewVote, ReviewReport, ReviewImport],
  resolve: "./src/modules/product-review",
  testSuite: ({ service }) => {
    const rows = (keys: string[], importId = "primp_1"): ImportedReviewInsert[] => {
      const ids = entityIds("prev", keys.length)
      return keys.map((import_key, i) => ({
        id: ids[i],
        product_id: "prod_a",
        customer_id: null,
        order_id: null,
        order_line_item_id: null,
        rating: 4,
        title: "Warm",
        body: "Kept me warm.",
        author_name: "Jo K.",
        status: "approved",
        verified_purchase: false,
        source: "judgeme",
        import_key,
        import_id: importId,
        created_at: new Date("2023-04-01T10:00:00Z"),
        reply: i === 0 ? "Thanks!" : null,
        media: i === 0 ? [{ file_id: "file_1", url: "https://cdn/x.jpg", mime_type: "image/jpeg", width: 10, height: 10, size: 100, rank: 0, is_public: true }] : [],
      }))
    }

    it("writes an imported row once: the same keys again create nothing, nor their replies or photos", async () => {
      const first = await service.insertImportedReviews(rows(["judgeme:1", "judgeme:2"]))
      expect(first.size).toBe(2)
      const again = await service.insertImportedReviews(rows(["judgeme:1", "judgeme:2", "judgeme:3"], "primp_2"))
      expect([...again.keys()]).toEqual(["judgeme:3"])
      expect(await service.listProductReviews({})).toHaveLength(3)
      // Only the first batch's first row carries a reply and a photo; its repeat added neither.
      expect(await service.listReviewResponses({})).toHaveLength(1)
      expect(await service.listReviewMedias({})).toHaveLength(1)
      const [kept] = await service.listProductReviews({ import_key: "judgeme:1" })
      expect([kept.import_id, kept.source, new Date(kept.created_at).toISOString(), kept.moderated_by]).toEqual([
        "primp_1",
        "judgeme",
        "2023-04-01T10:00:00.000Z",
        "import",
      ])
    })

    it("says which keys are taken, including `review:<id>` of this store's own reviews", async () => {
      const created = await service.insertImportedReviews(rows(["yotpo:9"]))
      const own = await service.createProductReviews({ product_id: "prod_b", customer_id: "cus_1", rating: 5, title: "t", body: "b" })
      const taken = await service.takenImportKeys(["yotpo:9", "yotpo:10", `review:${own.id}`, "review:prev_missing"])
      expect([...taken].sort()).toEqual([`review:${own.id}`, "yotpo:9"].sort())
      expect(created.get("yotpo:9")).toBeDefined()
    })

    it("undoes one import (the workflow's compensation) and returns its photo files", async () => {
      await service.insertImportedReviews(rows(["a:1", "a:2"], "primp_x"))
      await service.insertImportedReviews(rows(["b:1"], "primp_y"))
      expect(await service.deleteImportedReviews("primp_x")).toEqual(["file_1"])
      expect((await service.listProductReviews({})).map((r) => r.import_key)).toEqual(["b:1"])
    })
  },
})
