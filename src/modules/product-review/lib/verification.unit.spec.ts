import { decideVerification, displayName, findPurchase } from "./verification"

describe("findPurchase", () => {
  const orders = [
    { id: "o1", status: "completed", created_at: "2026-01-01", items: [{ id: "li1", product_id: "p1" }] },
    { id: "o2", status: "pending", created_at: "2026-03-01", items: [{ id: "li2", product_id: "p1" }, null] },
    { id: "o3", status: "canceled", created_at: "2026-05-01", items: [{ id: "li3", product_id: "p1" }] },
    { id: "o4", status: "draft", created_at: "2026-06-01", items: [{ id: "li4", product_id: "p2" }] },
  ]

  it("finds the newest order line item of the product, skipping canceled orders", () => {
    expect(findPurchase(orders, "p1")).toEqual({ order_id: "o2", order_line_item_id: "li2" })
  })

  it("does not count drafts or other products", () => {
    expect(findPurchase(orders, "p2")).toBeNull()
    expect(findPurchase(orders, "p3")).toBeNull()
    expect(findPurchase([], "p1")).toBeNull()
  })
})

describe("decideVerification", () => {
  const proof = { order_id: "o1", order_line_item_id: "li1" }

  it("accepts a buyer as verified", () => {
    expect(decideVerification(proof, false)).toEqual({ accept: true, verified_purchase: true, ...proof })
  })

  it("refuses a non-buyer unless unverified reviews are allowed, then marks it unverified", () => {
    expect(decideVerification(null, false)).toMatchObject({ accept: false })
    expect(decideVerification(null, true)).toEqual({
      accept: true,
      verified_purchase: false,
      order_id: null,
      order_line_item_id: null,
    })
  })
})

describe("displayName", () => {
  it.each([
    ["Ada", "Lovelace", "Ada L."],
    ["Ada", null, "Ada"],
    [null, "lovelace", "L."],
    ["  ", "", null],
    ["Émile", "Ōtsuka", "Émile Ō."],
  ])("%s %s → %s", (first, last, expected) => {
    expect(displayName(first, last)).toBe(expected)
  })
})
