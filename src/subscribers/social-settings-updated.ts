import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshSocialSettingsWorkflow } from "../workflows/social-settings/workflows/refresh-social-settings"
import { SocialEvents, type SettingsUpdatedEvent } from "../lib/events"

export default async function socialSettingsUpdated({ event, container }: SubscriberArgs<SettingsUpdatedEvent>) {
  const { result } = await refreshSocialSettingsWorkflow(container).run()
  container
    .resolve("logger")
    .info(`[social] settings reloaded after a change of ${event.data.fields.join(", ") || "nothing"} (updated ${result.updated_at ?? "never"})`)
}

export const config: SubscriberConfig = { event: SocialEvents.SETTINGS_UPDATED }
