import { ipNetwork } from "./ip-network"

describe("ipNetwork", () => {
  it.each([
    ["203.0.113.7", "203.0.113.0/24"],
    ["203.0.113.250", "203.0.113.0/24"],
    ["::ffff:203.0.113.7", "203.0.113.0/24"],
    ["2001:db8:85a3:12::8a2e:370:7334", "2001:db8:85a3:12::/64"],
    ["2001:DB8:85A3:0012:0000:8a2e:0370:7334", "2001:db8:85a3:12::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["not an ip", null],
    ["", null],
    [null, null],
  ])("%s -> %s", (ip, network) => {
    expect(ipNetwork(ip as any)).toBe(network)
  })

  it("puts two addresses of one /24 or /64 together and others apart", () => {
    expect(ipNetwork("198.51.100.1")).toBe(ipNetwork("198.51.100.200"))
    expect(ipNetwork("198.51.100.1")).not.toBe(ipNetwork("198.51.101.1"))
    expect(ipNetwork("2001:db8:1:2:aaaa::1")).toBe(ipNetwork("2001:db8:1:2:bbbb::9"))
    expect(ipNetwork("2001:db8:1:2::1")).not.toBe(ipNetwork("2001:db8:1:3::1"))
  })
})
