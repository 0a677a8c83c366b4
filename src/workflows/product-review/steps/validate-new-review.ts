import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"
import { decideVerification, displayName, findPurchase } from "../../../modules/product-review/lib/verification"

export type ValidateNewReviewInput = { customer_id: string; product_id: string }

export type NewReviewFacts = {
  verified_purchase: boolean
  order_id: string | null
  order_line_item_id: string | null
  author_name: string | null
  status: "pending" | "approved"
}

// A customer's orders are read newest first in pages of this size; the first one with the product wins.
const ORDER_PAGE = 100

/**
 * The customer's most recent paid, not canceled order with a line of the product (`findPurchase`),
 * read newest first in pages; null when they did not buy it. Also used for product questions
 * (only buyers answer).
 */
export async function findCustomerPurchase(container: MedusaContainer, customerId: string, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let proof = null as ReturnType<typeof findPurchase>
  for (let skip = 0; !proof; skip += ORDER_PAGE) {
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "created_at",
        "items.id",
        "items.product_id",
        "payment_collections.payments.amount",
        "payment_collections.payments.canceled_at",
        "payment_collections.payments.refunds.amount",
      ],
      filters: { customer_id: customerId },
      pagination: { skip, take: ORDER_PAGE, order: { created_at: "DESC" } },
    })
    proof = findPurchase(orders as Parameters<typeof findPurchase>[0], productId)
    if (orders.length < ORDER_PAGE) {
      break
    }
  }
  return proof
}

/**
 * This function checks that a review may be written: reviews are switched on, the product exists, the
 * customer has not reviewed it yet, and the customer bought and paid it (from their orders,
 * through query.graph: see `isPaid`), unless unverified reviews are allowed (settings `review_allow_unverified`, by
 * default the `reviews.allowUnverified` option). It returns what the review row needs:
 * the proof of purchase, the author's display name and the initial status.
 */
export async function assessNewReview(container: MedusaContainer, input: ValidateNewReviewInput): Promise<NewReviewFacts> {
  const settings = await container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getEffectiveSettings()
  if (!settings.features.reviews) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Reviews are switched off in this store")
  }
  const reviews = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { id: input.product_id },
  })
  if (!products.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: product_id: no product "${input.product_id}"`)
  }

  const [existing] = await reviews.listProductReviews(
    { product_id: input.product_id, customer_id: input.customer_id },
    { take: 1, select: ["id"] }
  )
  if (existing) {
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      `You have already reviewed this product (review ${existing.id}); edit that review instead`
    )
  }

  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id", "first_name", "last_name"],
    filters: { id: input.customer_id },
  })

  const proof = await findCustomerPurchase(container, input.customer_id, input.product_id)
  // The settings (admin page) override the plugin options; null there means the option.
  const decision = decideVerification(proof, settings.review_allow_unverified)
  if (!decision.accept) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, decision.reason)
  }
  const facts: NewReviewFacts = {
    verified_purchase: decision.verified_purchase,
    order_id: decision.order_id,
    order_line_item_id: decision.order_line_item_id,
    author_name: displayName(customers[0]?.first_name, customers[0]?.last_name),
    status: settings.review_auto_approve ? "approved" : "pending",
  }
  return facts
}

/**
 * This step checks that a review may be written (`assessNewReview`). The store route also asks
 * before it decodes any photo, so a customer who may not review never makes the server decode.
 */
export const validateNewReviewStep = createStep(
  "validate-new-review",
  async (input: ValidateNewReviewInput, { container }) => {
    return new StepResponse(await assessNewReview(container, input))
  }
)
