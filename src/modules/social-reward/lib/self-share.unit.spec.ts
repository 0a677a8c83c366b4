import { paymentFingerprints, selfShareSignals, type SelfShareFacts } from "./self-share"

const home = { address_1: "1 Main Street", postal_code: "75001", city: "Paris", country_code: "fr" }
const clean: SelfShareFacts = {
  order: { email: "friend@example.com", shipping_address: { ...home, address_1: "9 Other Road" }, payment_data: [{}] },
  sharer: { email: "alice@gmail.com", addresses: [home], payment_data: [{}] },
  evidence: { same_visitor: false, same_ip_network: false },
}

describe("selfShareSignals", () => {
  it("finds nothing between strangers", () => {
    expect(selfShareSignals(clean)).toEqual([])
  })

  it("names each signal", () => {
    expect(selfShareSignals({ ...clean, order: { ...clean.order, email: "A.Lice+shop@googlemail.com" } })).toEqual(["same_email"])
    expect(selfShareSignals({ ...clean, evidence: { same_visitor: true, same_ip_network: true } })).toEqual(["same_visitor", "same_ip_network"])
    expect(selfShareSignals({ ...clean, order: { ...clean.order, shipping_address: { ...home, address_1: "1, MAIN street" } } })).toEqual([
      "same_address",
    ])
    const card = { payment_method: { card: { fingerprint: "fp_123" } } }
    expect(
      selfShareSignals({
        ...clean,
        order: { ...clean.order, payment_data: [card] },
        sharer: { ...clean.sharer, payment_data: [{}, { charges: { data: [{ payment_method_details: { card: { fingerprint: "fp_123" } } }] } }] },
      })
    ).toEqual(["same_payment"])
  })
})

describe("paymentFingerprints", () => {
  it("reads fingerprints a few levels deep and ignores the rest", () => {
    expect(paymentFingerprints({ a: { fingerprint: "x" }, b: [{ card: { fingerprint: "y" } }], fingerprint: 3 })).toEqual(["x", "y"])
    expect(paymentFingerprints(null)).toEqual([])
    expect(paymentFingerprints({ a: { b: { c: { d: { e: { f: { g: { fingerprint: "deep" } } } } } } } })).toEqual([])
  })
})
