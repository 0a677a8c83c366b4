import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SOCIAL_SETTINGS_MODULE } from "../../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../../modules/social-settings/service"

/** The effective settings as the admin API shows them, with the logo's URL resolved. */
export async function presentSettings(scope: MedusaContainer) {
  const service = scope.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
  const settings = await service.getEffectiveSettings()
  let logo_url: string | null = null
  if (settings.logo_file_id) {
    const file = await scope
      .resolve(Modules.FILE)
      .retrieveFile(settings.logo_file_id)
      .catch(() => null)
    logo_url = file?.url ?? null
  }
  return { ...settings, logo_url }
}
