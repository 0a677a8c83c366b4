import { clickVisitor, networkOf, splitClickVisitor, visitorKey, visitorKeys } from "./visitor"

const SECRET = "a-test-secret-of-16+"

describe("networkOf", () => {
  it.each([
    ["203.0.113.7", "203.0.113.0/24"],
    ["203.0.113.250", "203.0.113.0/24"],
    ["::ffff:203.0.113.7", "203.0.113.0/24"],
    ["2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"],
    ["2001:0db8:0001:0002::1", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["[2001:db8:1:2::9]", "2001:db8:1:2::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
  ])("%s is in %s", (ip, net) => {
    expect(networkOf(ip)).toBe(net)
  })

  it("reads nothing from what is not an address", () => {
    expect(networkOf(null)).toBeNull()
    expect(networkOf("")).toBeNull()
    expect(networkOf("not-an-ip")).toBeNull()
    expect(networkOf("203.0.113")).toBeNull()
  })
})

describe("visitorKeys", () => {
  it("gives one network key whatever the cookie and user agent, and device keys apart", () => {
    const a = visitorKeys(SECRET, { ip: "198.51.100.7", userAgent: "Chrome", cookie: "aaaaaaaa" })
    const b = visitorKeys(SECRET, { ip: "198.51.100.99", userAgent: "Firefox", cookie: "bbbbbbbb" })
    expect(a.network).toBe(b.network)
    expect(a.device).not.toBe(b.device)
    expect(visitorKey(SECRET, { ip: "198.51.101.7", userAgent: "Chrome" })).not.toBe(a.network)
    // Keyed: another secret gives other keys, and no key contains the address.
    expect(visitorKeys("another-secret-16+chars", { ip: "198.51.100.7" }).network).not.toBe(a.network)
    expect(a.network).not.toContain("198.51")
  })

  it("round-trips through the click buffer's single string", () => {
    const keys = visitorKeys(SECRET, { ip: "2001:db8::5", userAgent: "x" })
    expect(splitClickVisitor(clickVisitor(keys))).toEqual(keys)
    expect(splitClickVisitor("older-key")).toEqual({ network: "older-key", device: "older-key" })
  })
})
