import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import type { SocialInboxItemRow } from "../../../modules/social-publish/service"
import { inboxProvider, type InboxProvider } from "../../../providers/inbox"
import { ThrottledError } from "../../../providers/catalog/types"
import { RefusedError, type PublishContext } from "../../../providers/publish"
import { inboxContextOf, platformFailure, withInboxToken } from "../lib/context"

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

async function providerFor(container: MedusaContainer, item: SocialInboxItemRow): Promise<{ provider: InboxProvider; ctx: PublishContext }> {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const [account] = await service.listSocialPublishAccounts({ id: item.account_id }, { take: 1 })
  const provider = account ? inboxProvider(account.network) : null
  if (!account || !provider) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "the account this comment came to is no longer connected")
  return { provider, ctx: await inboxContextOf(container, account) }
}

const target = (item: SocialInboxItemRow) => ({ platform_comment_id: item.platform_comment_id, platform_post_id: item.platform_post_id, kind: item.kind })

/** Errors after which nothing was posted: the platform refused or throttled, or nothing was sent. */
const nothingSent = (e: unknown) => e instanceof RefusedError || e instanceof ThrottledError || e instanceof MedusaError

const sameText = (a: string | null, b: string) => (a ?? "").trim() === b.trim()

/**
 * What an item that already has an answer gives a new request: the same answer (a second click,
 * or a retry of a request whose response was lost) is the first one's result, never a second post;
 * another text is refused. An answer whose platform response was lost (`reply_started_at`, no
 * `reply_id`) may be on the platform: it stands until the admin sends it again with `resend`.
 */
function existingAnswer(item: SocialInboxItemRow, input: ReplyInput): "first" | "send" {
  if (item.reply_id) {
    if (sameText(item.reply_text, input.text)) return "first"
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Inbox item ${item.id} was already answered`)
  }
  if (item.reply_started_at && !input.resend) return "first"
  return "send"
}

type ReplyInput = { id: string; text: string; resend?: boolean }

/**
 * This step answers a comment publicly through its network (a comment on the Facebook comment,
 * an Instagram reply, an X reply) and records the answer: the item is done. Exactly once: the
 * intent (`reply_text`, `reply_started_at`) is stored before the platform is called, under the
 * item's lock, so a second click (while the first is under way, or after it) answers the first
 * instead of posting again, and an answer the platform's response never came back for is not sent
 * again unless the admin says `resend` (one-call platforms cannot be asked whether it went
 * through). A refusal or a throttle clears the intent (nothing was posted). No compensation: a
 * post on a platform cannot be taken back by a rollback.
 */
export const replyInboxItemStep = createStep("reply-social-inbox-item", async (input: ReplyInput, { container }) => {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  // A click while another is sending: the intent is already stored; answer it without waiting.
  if (existingAnswer(await load(service, input.id), input) === "first") return new StepResponse(input.id)
  await underItemLock(container, input.id, async () => {
    const item = await load(service, input.id)
    if (existingAnswer(item, input) === "first") return
    const { provider, ctx } = await providerFor(container, item)
    await service.updateSocialInboxItems({ id: item.id, reply_text: input.text, reply_started_at: new Date() })
    let reply_id: string
    try {
      // An expired token is renewed first, and a refused one once (TokenRefusedError is a
      // refusal: nothing was posted, the intent is cleared below).
      reply_id = (await withInboxToken(container, ctx, () => provider.reply(ctx, target(item), input.text))).reply_id
    } catch (e) {
      if (nothingSent(e)) {
        await service.updateSocialInboxItems({ id: item.id, reply_text: null, reply_started_at: null })
        throw platformFailure(e)
      }
      // The answer was lost (a network error, a 5xx): the reply may be on the platform.
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${item.network}: the platform's answer was lost (${(e as Error)?.message ?? e}); the reply may have been posted. Look at the thread on ${item.network}: if it is not there, send it again with "resend"; if it is, mark the item done`
      )
    }
    await service.updateSocialInboxItems({ id: item.id, reply_id, replied_at: new Date(), status: "done" })
  })
  return new StepResponse(input.id)
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
    await withInboxToken(container, ctx, () => provider.hide(ctx, target(item))).catch((e) => Promise.reject(platformFailure(e)))
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
