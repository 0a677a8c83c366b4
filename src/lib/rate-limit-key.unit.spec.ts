import { networkOf, rateLimitKey } from "./rate-limit-key"

describe("networkOf", () => {
  it.each([
    ["203.0.113.7", "203.0.113.0/24"],
    ["203.0.113.250", "203.0.113.0/24"],
    ["::ffff:203.0.113.7", "203.0.113.0/24"],
    ["::FFFF:198.51.100.1", "198.51.100.0/24"],
    ["2001:db8:abcd:12:1:2:3:4", "2001:db8:abcd:12::/64"],
    ["2001:db8:abcd:12::99", "2001:db8:abcd:12::/64"],
    ["2001:0db8:ABCD:0012:ffff::1", "2001:db8:abcd:12::/64"],
    ["[2001:db8::1]", "2001:db8:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["64:ff9b::192.0.2.1", "64:ff9b:0:0::/64"],
    ["", "unknown"],
    [null, "unknown"],
    ["not an ip", "unknown"],
    ["999.1.1.1", "unknown"],
  ])("%s is in %s", (ip, network) => {
    expect(networkOf(ip)).toBe(network)
  })

  it("puts neighbours together and other networks apart", () => {
    expect(networkOf("198.51.100.1")).toBe(networkOf("198.51.100.254"))
    expect(networkOf("198.51.100.1")).not.toBe(networkOf("198.51.101.1"))
    // IPv6 privacy addresses rotate inside the /64: all one network.
    expect(networkOf("2001:db8:1:2:aaaa::1")).toBe(networkOf("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
    expect(networkOf("2001:db8:1:2::1")).not.toBe(networkOf("2001:db8:1:3::1"))
  })
})

describe("rateLimitKey", () => {
  it("keys a logged-in customer by the customer, wherever they come from", () => {
    const a = rateLimitKey({ ip: "203.0.113.7", actor_type: "customer", actor_id: "cus_1" })
    const b = rateLimitKey({ ip: "198.51.100.9", actor_type: "customer", actor_id: "cus_1" })
    expect(a).toBe("c:cus_1")
    expect(b).toBe(a)
    expect(rateLimitKey({ ip: "203.0.113.7", actor_type: "customer", actor_id: "cus_2" })).not.toBe(a)
  })

  it("keys an admin user by the user", () => {
    expect(rateLimitKey({ ip: "203.0.113.7", actor_type: "user", actor_id: "user_1" })).toBe("u:user_1")
  })

  it("keys a guest by the network, not the address", () => {
    expect(rateLimitKey({ ip: "203.0.113.7" })).toBe("n:203.0.113.0/24")
    expect(rateLimitKey({ ip: "203.0.113.99", actor_type: null, actor_id: null })).toBe("n:203.0.113.0/24")
    // An actor type without an id (an unauthenticated auth context) is a guest.
    expect(rateLimitKey({ ip: "203.0.113.7", actor_type: "customer", actor_id: "" })).toBe("n:203.0.113.0/24")
    expect(rateLimitKey({ ip: undefined })).toBe("n:unknown")
  })
})
