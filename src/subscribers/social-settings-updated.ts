import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshSocialSettingsWorkflow } from "../workflows/social-settings/workflows/refresh-social-settings"
import { SOCIAL_SETTINGS_UPDATED } from "../workflows/social-settings/workflows/update-social-settings"

export default async function socialSettingsUpdated({ event, container }: SubscriberArgs<{ fields: string[] }>) {
  const { result } = await refreshSocialSettingsWorkflow(container).run()
  container
    .resolve("logger")
    .info(`[social] settings reloaded after a change of ${event.data.fields.join(", ") || "nothing"} (updated ${result.updated_at ?? "never"})`)
}

export const config: SubscriberConfig = { event: SOCIAL_SETTINGS_UPDATED }
