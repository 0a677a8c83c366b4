import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_QUESTION_MODULE } from "../../../../modules/product-question"
import type ProductQuestionModuleService from "../../../../modules/product-question/service"

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

/** Questions as the admin sees them: every answer (any status), the asker's email and the product's title. */
export async function presentAdminQuestions(container: MedusaContainer, rows: any[]) {
  const ids = [...new Set(rows.map((r) => r.product_id))]
  const { data: products } = ids.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "title"], filters: { id: ids } })
    : { data: [] }
  const byId = new Map((products as any[]).map((p) => [p.id, { id: p.id, title: p.title }]))
  return rows.map((q) => ({
    id: q.id,
    product_id: q.product_id,
    product: byId.get(q.product_id) ?? null,
    customer_id: q.customer_id ?? null,
    email: q.email ?? null,
    author_name: q.author_name ?? null,
    body: q.body,
    status: q.status,
    rejection_reason: q.rejection_reason ?? null,
    helpful_count: q.helpful_count,
    answered_at: iso(q.answered_at),
    created_at: iso(q.created_at)!,
    answers: [...(q.answers ?? [])]
      .sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at))
      .map((a) => ({
        id: a.id,
        body: a.body,
        author_type: a.author_type,
        author_name: a.author_name ?? null,
        customer_id: a.customer_id ?? null,
        verified_buyer: a.verified_buyer,
        status: a.status,
        created_at: iso(a.created_at)!,
      })),
  }))
}

/** One question, re-read after a change, as the admin sees it. */
export async function adminQuestion(container: MedusaContainer, id: string) {
  const row = await container.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE).retrieveProductQuestion(id, { relations: ["answers"] })
  return (await presentAdminQuestions(container, [row]))[0]
}
