import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SOCIAL_SETTINGS_MODULE } from ".."
import { SocialSettings } from "../models/social-settings"
import type SocialSettingsModuleService from "../service"

jest.setTimeout(30_000)

moduleIntegrationTestRunner<SocialSettingsModuleService>({
  moduleName: SOCIAL_SETTINGS_MODULE,
  moduleModels: [SocialSettings],
  resolve: "./src/modules/social-settings",
  moduleOptions: { storefrontUrl: "https://shop.example.com", brand: { name: "Option Brand" }, settingsCacheTtlSeconds: 60 },
  testSuite: ({ service }) => {
    it("starts from the plugin options", async () => {
      const settings = await service.getEffectiveSettings()
      expect(settings.brand_name).toBe("Option Brand")
      expect(settings.allowed_redirect_origins).toEqual(["https://shop.example.com"])
      expect(settings.updated_at).toBeNull()
    })

    it("stores overrides, and null gives the field back to the option", async () => {
      await service.saveOverrides({ brand_name: "Stored Brand", enabled_networks: ["x"] })
      expect((await service.getEffectiveSettings()).brand_name).toBe("Stored Brand")

      const after = await service.saveOverrides({ brand_name: null })
      expect(after.brand_name).toBe("Option Brand")
      expect(after.enabled_networks).toEqual(["x"])
      expect(await service.listSocialSettings()).toHaveLength(1)
    })

    it("serves the cached settings until the cache is dropped", async () => {
      await service.getEffectiveSettings()
      const [row] = await service.listSocialSettings()
      if (row) {
        await service.updateSocialSettings({ id: row.id, brand_name: "Written Behind" })
      } else {
        await service.createSocialSettings({ scope: "default", brand_name: "Written Behind" })
      }
      expect((await service.getEffectiveSettings()).brand_name).not.toBe("Written Behind")
      service.invalidateCache()
      expect((await service.getEffectiveSettings()).brand_name).toBe("Written Behind")
    })
  },
})
