import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEW_REQUEST_MODULE, verifyReviewToken } from "../../modules/review-request"
import type ReviewRequestModuleService from "../../modules/review-request/service"

export type ResolvedReviewToken = {
  item: { id: string; product_id: string; title: string; thumbnail: string | null; order_line_item_id: string; status: string; expires_at: Date | null }
  request: { id: string; order_id: string; customer_id: string; status: string }
}

/**
 * What a review link stands for, or a clear error that writes nothing: a malformed or forged
 * token (or one whose item is gone) is a 401, an expired one a 400, a used one (its line already
 * reviewed) a 422 (Medusa answers a 409 with a generic text). `allowReviewed` lets the unsubscribe link work after a review.
 */
export async function resolveReviewToken(
  container: MedusaContainer,
  token: string,
  opts: { allowReviewed?: boolean } = {}
): Promise<ResolvedReviewToken> {
  const service = container.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE)
  const check = verifyReviewToken(service.getOptions().secret, token)
  if (!check.ok && check.reason === "expired") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This review link has expired")
  }
  const [item] = check.ok ? await service.listReviewRequestItems({ id: check.item_id }, { relations: ["request"] }) : []
  if (!check.ok || !item || !item.request?.customer_id) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This review link is not valid")
  }
  if (item.status === "reviewed" && !opts.allowReviewed) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "This review link was already used: the product is reviewed")
  }
  if (item.status === "excluded" && !opts.allowReviewed) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This item was returned or canceled and cannot be reviewed through this link")
  }
  return {
    item: {
      id: item.id,
      product_id: item.product_id,
      title: item.title,
      thumbnail: item.thumbnail ?? null,
      order_line_item_id: item.order_line_item_id,
      status: item.status,
      expires_at: item.expires_at ? new Date(item.expires_at) : null,
    },
    request: { id: item.request.id, order_id: item.request.order_id, customer_id: item.request.customer_id, status: item.request.status },
  }
}
