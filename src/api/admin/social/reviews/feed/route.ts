import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_SETTINGS_MODULE } from "../../../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../../../modules/social-settings/service"
import { ratingsFeedToken } from "../../../../../workflows/product-review/lib/ratings-feed"

/** The URL of Google's product ratings feed, to paste into Merchant Center (it carries the token). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const options = req.scope.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions()
  const path = `/social/feeds/reviews/${ratingsFeedToken(options.secret)}.xml`
  res.json({ feed: { path, url: options.publicUrl ? `${options.publicUrl.replace(/\/+$/, "")}${path}` : null } })
}
