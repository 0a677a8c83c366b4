import { backendUrl, fieldErrors } from "./api"

// The admin bundler replaces the global __BACKEND_URL__ at build time; here it is set by hand.
const g = globalThis as any

describe("backendUrl", () => {
  beforeEach(() => {
    g.window = { location: { origin: "https://admin.shop.example.com" } }
  })
  afterEach(() => {
    delete g.window
    delete g.__BACKEND_URL__
  })

  it("points at the configured backend, not at the origin the admin is served from", () => {
    g.__BACKEND_URL__ = "https://api.shop.example.com"
    expect(backendUrl("/social/cards/prod_1/og.png")).toBe("https://api.shop.example.com/social/cards/prod_1/og.png")
    expect(backendUrl("/admin/social/settings")).toBe("https://api.shop.example.com/admin/social/settings")
  })

  it("keeps the backend's path prefix and does not double a trailing slash", () => {
    g.__BACKEND_URL__ = "https://shop.example.com/medusa/"
    expect(backendUrl("/admin/social/share-links?limit=50")).toBe("https://shop.example.com/medusa/admin/social/share-links?limit=50")
  })

  it.each([["/"], [""], [undefined]])("uses the admin's own origin when the backend URL is %p (the backend serves the admin)", (configured) => {
    if (configured !== undefined) g.__BACKEND_URL__ = configured
    expect(backendUrl("/social/cards/prod_1/og.png")).toBe("https://admin.shop.example.com/social/cards/prod_1/og.png")
  })
})

describe("fieldErrors", () => {
  it("keeps a field's message whole when it holds \"; \" itself", () => {
    expect(fieldErrors("Invalid request: text: is 348 characters as X counts them (a link is 23); x allows 280")).toEqual({ text: "is 348 characters as X counts them (a link is 23); x allows 280" })
  })

  it("still splits the messages of several fields, and a message naming none is the form's", () => {
    expect(fieldErrors("Invalid request: name: is required; credentials.access_token: is required for x")).toEqual({ name: "is required", credentials: "access_token: is required for x" })
    expect(fieldErrors("Post spst_1 is being published and can no longer change")).toEqual({ _form: "Post spst_1 is being published and can no longer change" })
  })
})
