import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import { matchAlertWords } from "../../../modules/social-publish/lib/inbox"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import type { SocialInboxItemRow } from "../../../modules/social-publish/service"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"

export const INBOX_WORDS_TEMPLATE = "social-inbox-alert-words"
export const INBOX_UNANSWERED_TEMPLATE = "social-inbox-unanswered"

export type BuildInboxAlertsInput = {
  /** Items just stored or changed: alerted when they hold one of the merchant's alert words. */
  item_ids?: string[]
  /** Also alert the open items nobody answered within the settings' hours. */
  unanswered?: boolean
}

export type InboxAlerts = { notifications: SendNotificationsStepInput; words: string[]; unanswered: string[] }

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text)
const who = (i: SocialInboxItemRow) => (i.author_handle ? `@${i.author_handle}` : (i.author_name ?? "someone"))

/**
 * This step builds the inbox's admin alerts, sent through the Notification module like the
 * low-rating review alert (channels `inbox.alertChannels`, the admin feed by default): a comment
 * holding one of the merchant's alert words (settings `inbox_alert_words`), and a comment still
 * open and unanswered after `inbox_unanswered_hours`. Each goes out once per item: the item
 * records it once sent, and each notification carries an idempotency key per item and channel,
 * so a retried run does not alert twice. It writes nothing itself.
 */
export const buildInboxAlertsStep = createStep("build-social-inbox-alerts", async (input: BuildInboxAlertsInput, { container }) => {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const settingsService = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
  const settings = await settingsService.getEffectiveSettings()
  const { alertChannels, alertRecipient } = settingsService.getPluginOptions().inbox
  const out: InboxAlerts = { notifications: [], words: [], unanswered: [] }

  const notify = (item: SocialInboxItemRow, template: string, title: string, extra: Record<string, unknown> = {}) => {
    for (const channel of alertChannels) {
      out.notifications.push({
        to: alertRecipient,
        channel,
        template,
        trigger_type: template === INBOX_WORDS_TEMPLATE ? "social.inbox.alert_words" : "social.inbox.unanswered",
        resource_id: item.id,
        resource_type: "social_inbox_item",
        idempotency_key: `${template}:${item.id}:${channel}`,
        data: {
          title,
          description: `${who(item)} on ${item.network}: "${excerpt(item.text)}". Answer it from Social › Inbox.`,
          item_id: item.id,
          network: item.network,
          post_id: item.post_id,
          product_id: item.product_id,
          ...extra,
        },
      })
    }
  }

  const words = settings.inbox_alert_words
  if (input.item_ids?.length && words.length) {
    const items = await service.listSocialInboxItems({ id: input.item_ids, words_alerted_at: null, removed_at: null })
    for (const item of items) {
      const found = matchAlertWords(item.text, words)
      if (!found.length) continue
      out.words.push(item.id)
      notify(item, INBOX_WORDS_TEMPLATE, `A ${item.network} comment says "${found[0]}"`, { words: found })
    }
  }

  const hours = settings.inbox_unanswered_hours
  if (input.unanswered && hours > 0) {
    const items = await service.listUnansweredInboxItems({ before: new Date(Date.now() - hours * 3_600_000), limit: 100 })
    for (const item of items) {
      out.unanswered.push(item.id)
      notify(item, INBOX_UNANSWERED_TEMPLATE, `A ${item.network} comment has waited ${hours} hours for an answer`, { hours })
    }
  }
  return new StepResponse(out)
})
