import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SOCIAL_SETTINGS_MODULE, type SocialSettingsUpdate } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"
import { productUrlTemplateProblem } from "../../../modules/social-settings/lib/product-url"

/**
 * This step checks what one field alone cannot: that the product URL template still produces a
 * URL with the storefront it will be used with, and that the logo is a file the File module has.
 */
export const validateSocialSettingsStep = createStep(
  "validate-social-settings",
  async (input: SocialSettingsUpdate, { container }) => {
    const settingsService = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
    const options = settingsService.getPluginOptions()
    const current = await settingsService.getStoredOverrides()

    const storefront =
      input.storefront_url !== undefined
        ? (input.storefront_url ?? options.storefrontUrl)
        : (current?.storefront_url ?? options.storefrontUrl)
    const template =
      input.product_url_template !== undefined
        ? (input.product_url_template ?? options.productUrlTemplate)
        : (current?.product_url_template ?? options.productUrlTemplate)
    const problem = productUrlTemplateProblem(template, storefront)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: product_url_template: ${problem}`)
    }

    if (input.logo_file_id) {
      const found = await container
        .resolve(Modules.FILE)
        .retrieveFile(input.logo_file_id)
        .catch(() => null)
      if (!found) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Invalid request: logo_file_id: no uploaded file "${input.logo_file_id}"`
        )
      }
    }
    return new StepResponse(undefined)
  }
)
