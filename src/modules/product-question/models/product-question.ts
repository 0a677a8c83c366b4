import { model } from "@medusajs/framework/utils"
import { ProductAnswer } from "./product-answer"

/**
 * A shopper's question about a product: a logged-in customer, or a guest who leaves an email (to
 * be told of the answer; never shown). Moderated like reviews; `helpful_count` is recomputed from
 * vote rows, never incremented.
 */
export const ProductQuestion = model
  .define("product_question", {
    id: model.id({ prefix: "pques" }).primaryKey(),
    product_id: model.text(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    /** Shown with the question: first name and last initial, or the guest's chosen name. */
    author_name: model.text().nullable(),
    body: model.text(),
    status: model.enum(["pending", "approved", "rejected"]).default("pending"),
    rejection_reason: model.text().nullable(),
    moderated_at: model.dateTime().nullable(),
    helpful_count: model.number().default(0),
    /** When the first approved answer was published (the asker is told once). */
    answered_at: model.dateTime().nullable(),
    answers: model.hasMany(() => ProductAnswer, { mappedBy: "question" }),
  })
  .cascades({ delete: ["answers"] })
  .indexes([
    { on: ["product_id", "status", "created_at"], where: "deleted_at IS NULL" },
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
  ])
