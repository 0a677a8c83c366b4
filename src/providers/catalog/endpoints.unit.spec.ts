import { endpointChangeProblems, endpointProblem, endpointProblems, isPrivateAddress, privateResolutionProblems } from "./endpoints"
import { platformText, PlatformError } from "./lib/http"

const dev = { allowedHosts: [], production: false }
const tests = { allowedHosts: ["127.0.0.1"], production: false }
const prod = { allowedHosts: ["127.0.0.1", "proxy.example.com"], production: true }

describe("endpointProblem", () => {
  it("takes the platform's own hosts over https", () => {
    expect(endpointProblem("meta", "https://graph.facebook.com/v21.0", dev)).toBeNull()
    expect(endpointProblem("google", "https://oauth2.googleapis.com/token", dev)).toBeNull()
    expect(endpointProblem("pinterest", "https://api.pinterest.com/v5", dev)).toBeNull()
    expect(endpointProblem("tiktok", "https://business-api.tiktok.com/open_api/v1.3", dev)).toBeNull()
  })

  it.each([
    ["meta", "https://evil.example/graph", "must be on graph.facebook.com"],
    ["tiktok", "https://graph.facebook.com/v21.0", "must be on business-api.tiktok.com"],
    ["meta", "https://graph.facebook.com.evil.example/", "must be on"],
    ["meta", "http://graph.facebook.com/v21.0", "must use https"],
    ["meta", "https://user:pw@graph.facebook.com/", "user name"],
    ["meta", "ftp://graph.facebook.com/", "http(s)"],
    ["meta", "not a url", "http(s)"],
    ["google", "http://169.254.169.254/latest/meta-data", "must be on"],
    ["google", "http://10.0.0.5/token", "must be on"],
  ] as const)("refuses %s %s", (destination, url, message) => {
    expect(endpointProblem(destination, url, dev)).toContain(message)
  })

  it("takes a listed host (a contract server on loopback in tests), and refuses private ones in production", () => {
    expect(endpointProblem("meta", "http://127.0.0.1:4010/v21.0", tests)).toBeNull()
    expect(endpointProblem("meta", "http://127.0.0.2:4010/", tests)).toContain("must be on")
    expect(endpointProblem("meta", "http://127.0.0.1:4010/", prod)).toContain("private, loopback or link-local")
    expect(endpointProblem("meta", "https://proxy.example.com/meta", prod)).toBeNull()
  })

  it("checks a Google key file's token_uri too, naming the field", () => {
    const key = JSON.stringify({ client_email: "a@b.iam.gserviceaccount.com", private_key: "k", token_uri: "https://evil.example/token" })
    expect(endpointProblems("google", { service_account_json: key, api_base_url: "https://merchantapi.googleapis.com" }, dev)).toEqual([
      { field: "credentials.service_account_json", message: expect.stringContaining("token_uri must be on") },
    ])
  })

  it("resolves host names in production only", async () => {
    expect(await privateResolutionProblems({ api_base_url: "https://localhost/x" }, dev)).toEqual([])
    expect(await privateResolutionProblems({ api_base_url: "https://localhost/x" }, prod)).toEqual([
      { field: "credentials.api_base_url", message: expect.stringContaining("private") },
    ])
  })
})

describe("isPrivateAddress", () => {
  it.each(["10.1.2.3", "127.0.0.1", "169.254.169.254", "172.20.0.1", "192.168.1.1", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1"])(
    "%s is private",
    (ip) => expect(isPrivateAddress(ip)).toBe(true)
  )
  it.each(["8.8.8.8", "157.240.1.35", "2a03:2880:f12f::1", "172.32.0.1"])("%s is public", (ip) => expect(isPrivateAddress(ip)).toBe(false))
})

describe("endpointChangeProblems", () => {
  const stored = ["catalog_id", "access_token", "api_base_url"]
  it("asks for the stored secrets again when an endpoint moves", () => {
    expect(endpointChangeProblems({ api_base_url: "https://graph.facebook.com/v22.0" }, stored)).toEqual([
      { field: "credentials.access_token", message: "is required again when api_base_url or token_uri changes" },
    ])
    expect(endpointChangeProblems({ api_base_url: "https://graph.facebook.com/v22.0", access_token: "new" }, stored)).toEqual([])
  })
  it("lets an endpoint be reset, and other credentials change, without them", () => {
    expect(endpointChangeProblems({ api_base_url: null }, stored)).toEqual([])
    expect(endpointChangeProblems({ catalog_id: "9" }, stored)).toEqual([])
  })
})

describe("platformText", () => {
  it("keeps the platform's message short and plain", () => {
    expect(platformText("Invalid  token\n(code 190)")).toBe("Invalid token (code 190)")
    expect(platformText("<html><body><h1>502 Bad Gateway</h1></body></html>")).toBe("502 Bad Gateway")
    expect(platformText({ nested: "object" })).toBe("")
    const long = platformText("x".repeat(10_000))
    expect(long.length).toBe(300)
    expect(new PlatformError("meta", "y".repeat(10_000), 400).message.length).toBeLessThan(700)
  })
})
