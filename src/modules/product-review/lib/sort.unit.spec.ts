import { reviewOrder } from "./sort"
import { REJECTION_REASONS, REVIEW_SORTS } from "./vocabulary"

describe("reviewOrder", () => {
  it.each([
    ["newest", { created_at: "DESC", id: "DESC" }],
    ["most_helpful", { helpful_count: "DESC", created_at: "DESC", id: "DESC" }],
    ["rating_desc", { rating: "DESC", created_at: "DESC", id: "DESC" }],
    ["rating_asc", { rating: "ASC", created_at: "DESC", id: "DESC" }],
  ] as const)("orders %s reviews with a stable tie-break", (sort, expected) => {
    expect(reviewOrder(sort)).toEqual(expected)
    expect(Object.keys(reviewOrder(sort)).slice(-1)).toEqual(["id"])
  })

  it("covers every sort the API accepts", () => {
    for (const sort of REVIEW_SORTS) {
      expect(reviewOrder(sort).id).toBe("DESC")
    }
  })
})

describe("rejection reasons", () => {
  it("never mention the rating or negativity", () => {
    for (const reason of REJECTION_REASONS) {
      expect(reason).not.toMatch(/rating|star|negative|low|bad|critic/i)
    }
  })
})
