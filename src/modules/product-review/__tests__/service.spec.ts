import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PRODUCT_REVIEW_MODULE } from ".."
import { ProductReview } from "../models/product-review"
import { ReviewMedia } from "../models/review-media"
import { ReviewResponse } from "../models/review-response"
import { ReviewVote } from "../models/review-vote"
import type ProductReviewModuleService from "../service"

jest.setTimeout(30_000)

moduleIntegrationTestRunner<ProductReviewModuleService>({
  moduleName: PRODUCT_REVIEW_MODULE,
  moduleModels: [ProductReview, ReviewMedia, ReviewResponse, ReviewVote],
  resolve: "./src/modules/product-review",
  moduleOptions: { reviews: { autoApprove: true, allowUnverified: true, maxPhotos: 2 } },
  testSuite: ({ service }) => {
    const base = { title: "t", body: "b", product_id: "prod_a" }

    it("reads the review options with their defaults", () => {
      expect(service.getReviewOptions()).toMatchObject({ autoApprove: true, allowUnverified: true, maxPhotos: 2, lowRatingThreshold: 2 })
    })

    it("computes stats from approved, not deleted reviews only", async () => {
      const rows = await service.createProductReviews([
        { ...base, customer_id: "c1", rating: 5, status: "approved", verified_purchase: true, has_media: true },
        { ...base, customer_id: "c2", rating: 4, status: "approved", verified_purchase: false },
        { ...base, customer_id: "c3", rating: 1, status: "pending" },
        { ...base, customer_id: "c4", rating: 1, status: "rejected" },
        { ...base, customer_id: "c5", rating: 1, status: "approved" },
        { ...base, product_id: "prod_b", customer_id: "c1", rating: 3, status: "approved" },
      ] as any)
      await service.softDeleteProductReviews(rows[4].id)

      const stats = await service.getProductReviewStats(["prod_a", "prod_b", "prod_c"])
      expect(stats.prod_a).toEqual({
        count: 2,
        average: 4.5,
        distribution: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 },
        verified_count: 1,
        photo_count: 1,
      })
      expect(stats.prod_b.average).toBe(3)
      expect(stats.prod_c.count).toBe(0)
      expect(await service.getProductRatingStats(["prod_a"])).toEqual({ prod_a: { average: 4.5, count: 2 } })
      expect(await service.getProductRatingStats([])).toEqual({})
    })

    it("refuses a second review of a product by the same customer, and a rating outside 1..5", async () => {
      await service.createProductReviews({ ...base, customer_id: "c1", rating: 5 } as any)
      await expect(service.createProductReviews({ ...base, customer_id: "c1", rating: 4 } as any)).rejects.toThrow()
      await expect(service.createProductReviews({ ...base, customer_id: "c9", rating: 0 } as any)).rejects.toThrow()
      await expect(service.createProductReviews({ ...base, customer_id: "c9", rating: 6 } as any)).rejects.toThrow()
      expect(await service.listProductReviews({})).toHaveLength(1)
    })

    it("counts concurrent votes of one voter once, and a removed vote no more", async () => {
      const review = await service.createProductReviews({ ...base, customer_id: "c1", rating: 5, status: "approved" } as any)
      const results = await Promise.all(
        Array.from({ length: 8 }, () => service.recordHelpfulVote({ review_id: review.id, voter_key: "customer:c2", customer_id: "c2" }))
      )
      expect(results.filter((r) => r.created)).toHaveLength(1)
      const others = await Promise.all(
        Array.from({ length: 8 }, (_, i) => service.recordHelpfulVote({ review_id: review.id, voter_key: `visitor:${i}`, customer_id: null }))
      )
      expect(others.every((r) => r.created)).toBe(true)
      // Distinct voters racing: the stored count is exact, not one that missed a concurrent vote.
      expect((await service.retrieveProductReview(review.id)).helpful_count).toBe(9)
      await service.removeHelpfulVote(others[0].vote_id!)
      expect((await service.retrieveProductReview(review.id)).helpful_count).toBe(8)
      expect(await service.listReviewVotes({ review_id: review.id })).toHaveLength(8)
    })
    it("approves once under concurrency and reports what it replaced", async () => {
      const review = await service.createProductReviews({ ...base, customer_id: "c1", rating: 2 } as any)
      const results = await Promise.all(
        Array.from({ length: 6 }, () => service.moderateReview({ id: review.id, status: "approved", reason: null, actor_id: "user_1" }))
      )
      expect(results.filter((r) => r!.changed)).toHaveLength(1)
      expect(results.find((r) => r!.changed)!.previous).toMatchObject({ status: "pending", moderated_by: null })
      const rejected = await service.moderateReview({ id: review.id, status: "rejected", reason: "spam", actor_id: "user_2" })
      expect(rejected).toMatchObject({ changed: true, previous: { status: "approved", moderated_by: "user_1" } })
      expect(await service.retrieveProductReview(review.id)).toMatchObject({ status: "rejected", rejection_reason: "spam" })
      expect(await service.moderateReview({ id: "prev_missing", status: "approved", reason: null, actor_id: null })).toBeNull()
    })
  },
})
