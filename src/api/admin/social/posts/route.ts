import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_PUBLISH_MODULE } from "../../../../modules/social-publish"
import type SocialPublishModuleService from "../../../../modules/social-publish/service"
import { createSocialPostWorkflow } from "../../../../workflows/social-publish/workflows/create-social-post"
import { resolveCurrency, resolveLocale, shareContext } from "../../../utils/share"
import { postMetrics } from "./metrics"
import { presentPost } from "./present"
import type { AdminCreatePostType, AdminListPostsType } from "./validators"

/** Posts by account, status, product and date: the calendar's and the queue's list. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListPostsType>, res: MedusaResponse) {
  const { account_id, product_id, status, origin, from, to, limit, offset, fields } = req.validatedQuery
  const filters = {
    ...(account_id && { account_id }),
    ...(origin && { origin }),
    ...(product_id && { product_id }),
    ...(status && { status }),
    ...((from || to) && { scheduled_at: { ...(from && { $gte: from }), ...(to && { $lt: to }) } }),
  }
  const [posts, count] = await req.scope
    .resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
    .listAndCountSocialPublishPosts(filters, { take: limit, skip: offset, order: { scheduled_at: "ASC", created_at: "ASC" } })
  const [{ options }, metrics] = await Promise.all([shareContext(req.scope), fields?.includes("metrics") ? postMetrics(req.scope, posts) : null])
  res.json({ posts: posts.map((p) => ({ ...presentPost(p, options.publicUrl), ...(metrics && { metrics: metrics.get(p.id) }) })), count, offset, limit })
}

/**
 * A post for one account and one market: a draft, or scheduled. Its text is rendered from the
 * template with that market's price and the post's own tracked link, and checked against the
 * network's limits (400 naming the field).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreatePostType>, res: MedusaResponse) {
  const body = req.validatedBody
  // Only markets the store sells in (400 naming locale or currency_code).
  const [locale, currency_code] = await Promise.all([resolveLocale(req.scope, body.locale), resolveCurrency(req.scope, body.currency_code)])
  const { result } = await createSocialPostWorkflow(req.scope).run({ input: { ...body, locale: locale ?? "", currency_code } })
  const { options } = await shareContext(req.scope)
  res.status(201).json({ post: presentPost(result, options.publicUrl) })
}
