import { model } from "@medusajs/framework/utils"
import { ProductQuestion } from "./product-question"

/**
 * An answer: the merchant's (published at once) or a verified buyer's (moderated). One answer per
 * buyer and question.
 */
export const ProductAnswer = model
  .define("product_answer", {
    id: model.id({ prefix: "pans" }).primaryKey(),
    body: model.text(),
    author_type: model.enum(["merchant", "customer"]),
    customer_id: model.text().nullable(),
    author_name: model.text().nullable(),
    verified_buyer: model.boolean().default(false),
    status: model.enum(["pending", "approved", "rejected"]).default("pending"),
    question: model.belongsTo(() => ProductQuestion, { mappedBy: "answers" }),
  })
  .indexes([{ on: ["question_id", "customer_id"], unique: true, where: "deleted_at IS NULL AND customer_id IS NOT NULL" }])
