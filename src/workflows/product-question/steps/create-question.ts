import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_QUESTION_MODULE } from "../../../modules/product-question"
import type ProductQuestionModuleService from "../../../modules/product-question/service"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"
import { displayName } from "../../../modules/product-review/lib/verification"

export type CreateProductQuestionInput = {
  product_id: string
  body: string
  customer_id: string | null
  /** A guest's email (required without a customer) and the name they want shown. */
  email?: string
  author_name?: string
}

/**
 * This step writes a question, pending moderation (or approved at once when the store
 * auto-approves reviews: questions follow the review moderation setting). The product must exist
 * (404) and the `reviews` feature be on. A customer's name and email come from their account; a
 * guest must give an email. Its compensation deletes the question.
 */
export const createQuestionStep = createStep(
  "create-product-question",
  async (input: CreateProductQuestionInput, { container }) => {
    const settings = await container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getEffectiveSettings()
    if (!settings.features.reviews) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Questions are switched off in this store")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { id: input.product_id } })
    if (!products.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product "${input.product_id}" not found`)
    }
    let email = input.email ?? null
    let author = input.author_name ?? null
    if (input.customer_id) {
      const { data: customers } = await query.graph({ entity: "customer", fields: ["email", "first_name", "last_name"], filters: { id: input.customer_id } })
      const c = customers[0] as any
      email = c?.email ?? email
      author = displayName(c?.first_name, c?.last_name) ?? author
    } else if (!email) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: email: is required when no customer is logged in")
    }
    const status = settings.review_auto_approve ? "approved" : "pending"
    const created = await container.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE).createProductQuestions({
      product_id: input.product_id,
      customer_id: input.customer_id,
      email,
      author_name: author,
      body: input.body,
      status,
      moderated_at: status === "approved" ? new Date() : null,
    })
    return new StepResponse({ id: created.id, status }, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE).deleteProductQuestions(id)
  }
)
