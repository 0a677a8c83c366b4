import { endpointChangeProblems, endpointProblem, endpointProblems, isPrivateAddress, privateResolutionProblems } from "./endpoints"
import { CredentialsError, platformText, PlatformError, requestJson } from "./lib/http"
import { guardedFetch, PrivateAddressError } from "./lib/guarded-fetch"

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

describe("catalogPrivateHosts: a private host the deployer trusts", () => {
  const withProxy = { allowedHosts: ["127.0.0.1", "proxy.internal"], privateHosts: ["127.0.0.1", "proxy.internal"], production: true }
  it("is taken in production only when listed in both options; every other private address stays refused", () => {
    expect(endpointProblem("meta", "http://127.0.0.1:4000/v21.0", withProxy)).toBeNull()
    expect(endpointProblem("meta", "http://proxy.internal/graph", withProxy)).toBeNull()
    expect(endpointProblem("meta", "http://127.0.0.2/v21.0", withProxy)).toContain("must be on")
    // Trusted as private but not allowed as a host: still refused.
    expect(endpointProblem("meta", "http://10.0.0.5/", { ...withProxy, privateHosts: ["10.0.0.5"] })).toContain("must be on")
    expect(endpointProblem("meta", "http://127.0.0.1:4000/v21.0", prod)).toContain("private")
  })
})

describe("guardedFetch: the host is resolved when the call is made (DNS rebinding)", () => {
  let server: import("http").Server
  let url: string
  beforeAll(async () => {
    const http = await import("http")
    server = http.createServer((req, res) => {
      res.writeHead(200, { "content-type": "application/json", "x-seen-host": String(req.headers.host) })
      res.end(JSON.stringify({ method: req.method, path: req.url }))
    })
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
    url = `:${(server.address() as import("net").AddressInfo).port}/v21.0/items`
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  it("refuses a name that resolved to a public address when saved and resolves to loopback at call time, before connecting", async () => {
    let calls = 0
    // A rebinding DNS: public at save time, the private network afterwards.
    const resolve = async () => (++calls === 1 ? [{ address: "93.184.216.34", family: 4 }] : [{ address: "127.0.0.1", family: 4 }])
    expect(await resolve()).toEqual([{ address: "93.184.216.34", family: 4 }])
    const fetchImpl = guardedFetch({ resolve })
    await expect(fetchImpl(`http://shop-proxy.example${url}`)).rejects.toBeInstanceOf(PrivateAddressError)
    // Through the providers' HTTP helper: a CredentialsError that fails the run, not a retried network error.
    const refused = await requestJson(fetchImpl, `http://shop-proxy.example${url}`).catch((e) => e)
    expect(refused).toBeInstanceOf(CredentialsError)
    expect(refused).toMatchObject({ code: "endpoint_not_allowed", message: expect.stringContaining("resolves to 127.0.0.1") })
    // Any private address among the answers is enough; an IP literal is checked without DNS.
    const mixed = guardedFetch({ resolve: async () => [{ address: "93.184.216.34", family: 4 }, { address: "10.0.0.7", family: 4 }] })
    await expect(mixed(`http://shop-proxy.example${url}`)).rejects.toThrow("10.0.0.7")
    await expect(guardedFetch({ resolve })(`http://169.254.169.254/latest/meta-data`)).rejects.toBeInstanceOf(PrivateAddressError)
  })

  it("connects to the address it checked: a trusted private host goes through, with its own host name and the body", async () => {
    const fetchImpl = guardedFetch({ privateHosts: ["contract.test"], resolve: async () => [{ address: "127.0.0.1", family: 4 }] })
    // contract.test exists in no DNS: the answer can only come from the injected resolution.
    const res = await fetchImpl(`http://contract.test${url}?a=1`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ method: "POST", path: "/v21.0/items?a=1" })
    expect(res.headers.get("x-seen-host")).toMatch(/^contract\.test:\d+$/)
  })
})
