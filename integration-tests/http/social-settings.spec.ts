import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "../helpers/auth"


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer(), api)
    })

    const status = (p: Promise<any>) => p.then((r) => r.status).catch((e) => e.response?.status)

    describe("GET /admin/social/settings", () => {
      it("refuses a request without admin auth", async () => {
        expect(await status(api.get("/admin/social/settings"))).toBe(401)
        expect(await status(api.post("/admin/social/settings", { brand_name: "X" }))).toBe(401)
      })

      it("answers the plugin options as defaults before anything is saved", async () => {
        const { status, data } = await api.get("/admin/social/settings", admin)
        expect(status).toBe(200)
        expect(data.settings).toMatchObject({
          storefront_url: "http://localhost:8000",
          product_url_template: "{storefront}/products/{handle}",
          allowed_redirect_origins: ["http://localhost:8000"],
          enabled_networks: expect.arrayContaining(["facebook", "x", "pinterest", "email"]),
          features: { cards: true, catalog: true, reviews: true, rewards: true, attribution: true },
          logo_url: null,
          updated_at: null,
        })
        expect(data.settings.brand_colors.primary).toMatch(/^#[0-9a-f]{6}$/i)
      })
    })

    describe("POST /admin/social/settings", () => {
      it("saves a change, keeps other fields and reads it back", async () => {
        const defaults = (await api.get("/admin/social/settings", admin)).data.settings
        const { data } = await api.post(
          "/admin/social/settings",
          {
            storefront_url: "https://shop.example.com",
            allowed_redirect_origins: ["https://m.shop.example.com"],
            brand_name: "Acme Outdoor",
            brand_colors: { primary: "#0a7", accent: "#ff0000", background: "#ffffff", text: "#000000" },
            enabled_networks: ["facebook", "pinterest"],
            features: { rewards: false },
          },
          admin
        )
        expect(data.settings).toMatchObject({
          storefront_url: "https://shop.example.com",
          allowed_redirect_origins: ["https://shop.example.com", "https://m.shop.example.com"],
          brand_name: "Acme Outdoor",
          enabled_networks: ["facebook", "pinterest"],
          features: { cards: true, rewards: false },
        })

        const again = await api.get("/admin/social/settings", admin)
        expect(again.data.settings.brand_name).toBe("Acme Outdoor")
        expect(again.data.settings.updated_at).not.toBeNull()

        // null resets a field to its plugin option
        const reset = await api.post("/admin/social/settings", { brand_name: null }, admin)
        expect(reset.data.settings.brand_name).toBe(defaults.brand_name)
        expect(reset.data.settings.storefront_url).toBe("https://shop.example.com")
      })

      it.each([
        [{ storefront_url: "not a url" }, "storefront_url"],
        [{ storefront_url: "javascript:alert(1)" }, "storefront_url"],
        [{ brand_colors: { primary: "red", accent: "#fff", background: "#fff", text: "#000" } }, "brand_colors.primary"],
        [{ enabled_networks: ["facebook", "myspace"] }, "enabled_networks.1"],
        [{ features: { teleport: true } }, "features.teleport"],
        [{ brand_name: "" }, "brand_name"],
        [{ unknown_field: 1 }, "unknown_field"],
        [{ product_url_template: "{storefront}/p/static" }, "product_url_template"],
        [{ product_url_template: "{storefront}/p/{sku}" }, "product_url_template"],
        [{ logo_file_id: "no-such-file.png" }, "logo_file_id"],
      ])("answers 400 naming the field for %j and saves nothing", async (body, field) => {
        const before = (await api.get("/admin/social/settings", admin)).data.settings
        const err = await api.post("/admin/social/settings", { brand_name: "Must not be saved", ...body }, admin).catch((e) => e.response)
        expect(err.status).toBe(400)
        expect(err.data.message).toContain(field)
        const { data } = await api.get("/admin/social/settings", admin)
        expect(data.settings).toEqual(before)
      })
    })
  },
})
