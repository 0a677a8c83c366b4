import { REVIEW_THRESHOLD, scoreReferral } from "./fraud"

const empty = { emails: new Set<string>(), customers: new Set<string>(), ip_ua: new Set<string>(), addresses: new Set<string>() }
const home = { address_1: "1 Main St", postal_code: "10001", city: "New York", country_code: "us" }

describe("scoreReferral", () => {
  it("finds nothing between two strangers", () => {
    const r = scoreReferral(
      { customer_id: "a", email: "alice@gmail.com", ip_ua_hash: "h1", shipping_addresses: [home] },
      { customer_id: "b", email: "bob@gmail.com", ip_ua_hash: "h2", shipping_addresses: [{ ...home, address_1: "2 Main St" }], earlier_orders: 0 },
      empty
    )
    expect(r).toEqual({ signals: [], score: 0 })
  })

  it.each([
    ["same customer", { customer_id: "a" }, "same_customer"],
    ["same gmail mailbox", { email: "a.lice+ref@googlemail.com" }, "same_email"],
    ["same IP and user agent", { ip_ua_hash: "h1" }, "same_ip_ua"],
    ["same shipping address", { shipping_addresses: [{ ...home, city: "NEW YORK" }] }, "same_address"],
    ["an existing customer", { earlier_orders: 2 }, "existing_customer"],
  ])("flags %s for review", (_name, friendPatch, signal) => {
    const r = scoreReferral(
      { customer_id: "a", email: "alice@gmail.com", ip_ua_hash: "h1", shipping_addresses: [home] },
      { customer_id: "b", email: "bob@example.com", ip_ua_hash: "h2", shipping_addresses: [], earlier_orders: 0, ...friendPatch },
      empty
    )
    expect(r.signals).toContain(signal)
    expect(r.score).toBeGreaterThanOrEqual(REVIEW_THRESHOLD)
  })

  it("flags a blocklisted email", () => {
    const r = scoreReferral(
      { customer_id: "a", email: "alice@example.com" },
      { customer_id: "b", email: "Fraud+1@example.com", earlier_orders: 0 },
      { ...empty, emails: new Set(["fraud@example.com"]) }
    )
    expect(r.signals).toEqual(["blocklisted"])
  })
})
