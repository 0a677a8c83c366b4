import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_PUBLISH_MODULE } from "../../../../../../modules/social-publish"
import type SocialPublishModuleService from "../../../../../../modules/social-publish/service"
import { postMetrics } from "../../metrics"

/**
 * GET /admin/social/posts/:id/metrics: what a post did. The platform's figures as last polled
 * (job `social-publish-metrics`, hourly), the clicks on its own tracked link (people, bots apart),
 * and the orders and revenue the attribution ledger gives that link (last non-direct), per currency.
 * The list gives the same for a page of posts with `fields=+metrics`.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const post = await req.scope.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE).retrieveSocialPublishPost(req.params.id)
  const metrics = (await postMetrics(req.scope, [post])).get(post.id)!
  res.json({ metrics: { post_id: post.id, ...metrics } })
}
