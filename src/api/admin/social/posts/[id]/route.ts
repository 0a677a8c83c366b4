import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SOCIAL_PUBLISH_MODULE } from "../../../../../modules/social-publish"
import { EDITABLE_POST_STATUSES, type SocialPost } from "../../../../../modules/social-publish/service"
import type SocialPublishModuleService from "../../../../../modules/social-publish/service"
import { updateSocialPostWorkflow } from "../../../../../workflows/social-publish/workflows/update-social-post"
import { shareContext } from "../../../../utils/share"
import { presentPost } from "../present"
import type { AdminUpdatePostType } from "../validators"

const service = (req: AuthenticatedMedusaRequest) => req.scope.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)

function assertEditable(post: SocialPost) {
  if (!(EDITABLE_POST_STATUSES as readonly string[]).includes(post.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Post ${post.id} is ${post.status} and can no longer change`)
  }
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { options } = await shareContext(req.scope)
  res.json({ post: presentPost(await service(req).retrieveSocialPublishPost(req.params.id), options.publicUrl) })
}

/** Edits a post not yet sent; it is composed again for its network and market. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdatePostType>, res: MedusaResponse) {
  const post = await service(req).retrieveSocialPublishPost(req.params.id)
  assertEditable(post)
  const edit = req.validatedBody
  // A text written by hand replaces the template; a new template replaces the text.
  const source = edit.text !== undefined ? { template: null, text: edit.text } : edit.template !== undefined ? { template: edit.template, text: null } : { template: post.template, text: post.template ? null : post.text }
  const status = edit.status ?? (post.status === "failed" ? "scheduled" : post.status)
  const scheduled_at = edit.scheduled_at !== undefined ? edit.scheduled_at : post.scheduled_at
  if (status === "scheduled" && (!scheduled_at || scheduled_at.getTime() <= Date.now())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: scheduled_at: a scheduled post needs a time in the future")
  }
  const { result } = await updateSocialPostWorkflow(req.scope).run({
    input: {
      post_id: post.id,
      account_id: post.account_id,
      product_id: post.product_id,
      variant_id: post.variant_id,
      link_url: post.link_url,
      ...source,
      title: edit.title !== undefined ? edit.title : post.title,
      locale: post.locale,
      currency_code: post.currency_code,
      scheduled_at,
      time_zone: edit.time_zone ?? post.time_zone,
      status: status as "draft" | "scheduled" | "held",
    },
  })
  const { options } = await shareContext(req.scope)
  res.json({ post: presentPost(result, options.publicUrl) })
}

/** Deletes a post not yet sent; a published post stays (its orders and metrics are reported). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const post = await service(req).retrieveSocialPublishPost(req.params.id)
  assertEditable(post)
  await service(req).softDeleteSocialPublishPosts(post.id)
  res.json({ id: post.id, object: "social_post", deleted: true })
}
