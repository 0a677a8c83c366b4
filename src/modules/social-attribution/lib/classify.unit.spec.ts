import { classifyTouch } from "./classify"

describe("classifyTouch", () => {
  it.each([
    [{ click_ids: { fbclid: "IwAR2F4" } }, "facebook"],
    [{ click_ids: { ttclid: "E.C.P" } }, "tiktok"],
    [{ click_ids: { epik: "dj0y" } }, "pinterest"],
    [{ click_ids: { ScCid: "abc" } }, "snapchat"],
    [{ click_ids: { gclid: "abc" } }, "google"],
    [{ utm_source: "FB" }, "facebook"],
    [{ utm_source: "newsletter-june" }, "newsletter-june"],
    [{ share_code: "abcd1234" }, "share_link"],
    [{ share_code: "abcd1234", share_network: "whatsapp", utm_source: "x" }, "whatsapp"],
    [{ referral_code: "FRIEND" }, "referral"],
    [{ referrer: "https://l.facebook.com/l.php?u=x" }, "facebook"],
    [{ referrer: "https://www.pinterest.co.uk/pin/1" }, "pinterest"],
    [{ referrer: "https://t.co/abc" }, "x"],
    [{ referrer: "https://blog.example.org/post" }, "referral"],
  ])("%j -> %s", (signals, network) => {
    expect(classifyTouch(signals as any)).toEqual({ network, is_direct: false })
  })

  it("is direct without signals, and for a referrer on the shop's own origin", () => {
    expect(classifyTouch({})).toEqual({ network: "direct", is_direct: true })
    expect(classifyTouch({ referrer: "https://shop.example.com/cart" }, ["https://shop.example.com"])).toEqual({
      network: "direct",
      is_direct: true,
    })
  })
})
