import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import type { SocialInboxItemRow } from "../../../modules/social-publish/service"
import { inboxProvider, type InboxProvider } from "../../../providers/inbox"
import type { InboxContext } from "../../../providers/inbox"
import { inboxContextOf, platformFailure } from "../lib/context"

/**
 * Runs an action on one item under its lock (Locking module), so two admins (or a double click)
 * never answer or hide the same comment twice at once; `act` reads the item again inside the lock.
 */
async function underItemLock<T>(container: MedusaContainer, id: string, act: () => Promise<T>): Promise<T> {
  if (!container.hasRegistration(Modules.LOCKING)) return act()
  return container.resolve(Modules.LOCKING).execute(`social-inbox-item:${id}`, act, { timeout: 10 })
}

async function load(service: SocialPublishModuleService, id: string): Promise<SocialInboxItemRow> {
  const [item] = await service.listSocialInboxItems({ id, removed_at: null }, { take: 1 })
  if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Inbox item with id: ${id} was not found`)
  return item
}

async function providerFor(container: MedusaContainer, item: SocialInboxItemRow): Promise<{ provider: InboxProvider; ctx: InboxContext }> {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const [account] = await service.listSocialPublishAccounts({ id: item.account_id }, { take: 1 })
  const provider = account ? inboxProvider(account.network) : null
  if (!account || !provider) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "the account this comment came to is no longer connected")
  return { provider, ctx: await inboxContextOf(container, account) }
}

const target = (item: SocialInboxItemRow) => ({ platform_comment_id: item.platform_comment_id, platform_post_id: item.platform_post_id, kind: item.kind })

/**
 * This step answers a comment publicly through its network (a comment on the Facebook comment,
 * an Instagram reply, an X reply) and records the answer: the item is done. A comment already
 * answered is refused (400): one public answer per item, never two by accident. No compensation: a post
 * on a platform cannot be taken back by a rollback.
 */
export const replyInboxItemStep = createStep("reply-social-inbox-item", async (input: { id: string; text: string }, { container }) => {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const item = await underItemLock(container, input.id, async () => {
    const item = await load(service, input.id)
    // Not CONFLICT: Medusa answers every 409 with its own idempotency message, losing this one.
    if (item.reply_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Inbox item ${item.id} was already answered`)
    const { provider, ctx } = await providerFor(container, item)
    const { reply_id } = await provider.reply(ctx, target(item), input.text).catch((e) => Promise.reject(platformFailure(e)))
    await service.updateSocialInboxItems({ id: item.id, reply_id, reply_text: input.text, replied_at: new Date(), status: "done" })
    return item
  })
  return new StepResponse(item.id)
})

/**
 * This step hides a comment on its network (Facebook `is_hidden`, Instagram `hide`, X's hidden
 * replies): others no longer see it, its author still does. The item becomes hidden. No
 * compensation, as above.
 */
export const hideInboxItemStep = createStep("hide-social-inbox-item", async (input: { id: string }, { container }) => {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  await underItemLock(container, input.id, async () => {
    const item = await load(service, input.id)
    if (item.status === "hidden") return
    const { provider, ctx } = await providerFor(container, item)
    await provider.hide(ctx, target(item)).catch((e) => Promise.reject(platformFailure(e)))
    await service.updateSocialInboxItems({ id: item.id, status: "hidden" })
  })
  return new StepResponse(input.id)
})

/** This step marks an item done (handled without a public answer). Its compensation reopens it. */
export const markInboxItemDoneStep = createStep(
  "mark-social-inbox-item-done",
  async (input: { id: string }, { container }) => {
    const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
    const item = await load(service, input.id)
    if (item.status === "done") return new StepResponse(input.id, null)
    await service.updateSocialInboxItems({ id: item.id, status: "done" })
    return new StepResponse(input.id, { id: item.id, status: item.status })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE).updateSocialInboxItems(previous)
  }
)
