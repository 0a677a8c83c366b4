import { decideVerification, displayName, findPurchase, isPaid } from "./verification"

const paid = [{ payments: [{ amount: 25, canceled_at: null, refunds: [] }] }]

describe("findPurchase", () => {
  const orders = [
    { id: "o1", status: "completed", created_at: "2026-01-01", items: [{ id: "li1", product_id: "p1" }], payment_collections: paid },
    { id: "o2", status: "pending", created_at: "2026-03-01", items: [{ id: "li2", product_id: "p1" }, null], payment_collections: paid },
    { id: "o3", status: "canceled", created_at: "2026-05-01", items: [{ id: "li3", product_id: "p1" }], payment_collections: paid },
    { id: "o4", status: "draft", created_at: "2026-06-01", items: [{ id: "li4", product_id: "p2" }], payment_collections: paid },
    // Newer, but never paid: proves nothing.
    { id: "o5", status: "pending", created_at: "2026-07-01", items: [{ id: "li5", product_id: "p1" }], payment_collections: [] },
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

describe("isPaid", () => {
  it.each([
    ["authorized or captured", paid, true],
    ["no payment collection", undefined, false],
    ["a collection nobody paid", [{ payments: [] }], false],
    ["a cancelled authorization", [{ payments: [{ amount: 25, canceled_at: "2026-01-02", refunds: [] }] }], false],
    ["refunded in full", [{ payments: [{ amount: 25, refunds: [{ amount: 10 }, { amount: 15 }] }] }], false],
    ["refunded in part", [{ payments: [{ amount: 25, refunds: [{ amount: 10 }] }] }], true],
  ])("%s", (_label, payment_collections, expected) => {
    expect(isPaid({ payment_collections: payment_collections as any })).toBe(expected)
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
