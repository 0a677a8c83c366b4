import { model } from "@medusajs/framework/utils"

/**
 * A "helpful" vote on a question, keyed as review votes are (`customer:<id>`, or for a guest the
 * HMACs of the network and of the visitor id, each unique per question).
 */
export const ProductQuestionVote = model
  .define("product_question_vote", {
    id: model.id({ prefix: "pqvote" }).primaryKey(),
    question_id: model.text(),
    voter_key: model.text(),
    customer_id: model.text().nullable(),
    visitor_key: model.text().nullable(),
  })
  .indexes([
    { on: ["question_id", "voter_key"], unique: true },
    { on: ["question_id", "visitor_key"], unique: true },
  ])
