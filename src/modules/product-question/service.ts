import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { ProductQuestion } from "./models/product-question"
import { ProductAnswer } from "./models/product-answer"
import { ProductQuestionVote } from "./models/product-question-vote"

/**
 * This service owns product questions, their answers and helpful votes. Moderation and votes are
 * made safe against concurrent requests in SQL (a row lock, unique indexes), as for reviews.
 */
export default class ProductQuestionModuleService extends MedusaService({
  ProductQuestion,
  ProductAnswer,
  ProductQuestionVote,
}) {
  /**
   * Records a helpful vote once per voter and recomputes the question's count from the vote rows.
   * A repeated vote changes nothing (`created: false`).
   */
  @InjectTransactionManager()
  async recordHelpfulVote(
    input: { question_id: string; voter_key: string; visitor_key: string | null; customer_id: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ created: boolean; vote_id: string | null; helpful_count: number }> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    // Votes on one question are serialised by this lock, so the recount below sees each of them.
    await manager.execute(`SELECT id FROM product_question WHERE id = ? FOR UPDATE`, [input.question_id])
    const inserted = (await manager.execute(
      `INSERT INTO product_question_vote (id, question_id, voter_key, visitor_key, customer_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, now(), now()) ON CONFLICT DO NOTHING RETURNING id`,
      [generateEntityId(undefined, "pqvote"), input.question_id, input.voter_key, input.visitor_key, input.customer_id]
    )) as { id: string }[]
    const rows = (await manager.execute(
      `UPDATE product_question
          SET helpful_count = (SELECT count(*) FROM product_question_vote v WHERE v.question_id = ? AND v.deleted_at IS NULL)
        WHERE id = ? RETURNING helpful_count`,
      [input.question_id, input.question_id]
    )) as { helpful_count: number }[]
    return { created: inserted.length > 0, vote_id: inserted[0]?.id ?? null, helpful_count: Number(rows[0]?.helpful_count ?? 0) }
  }

  /**
   * Erases a deleted customer from questions and answers: their name, email and link go, the text
   * stays (it answers other shoppers, as reviews do), and their helpful votes stop naming them.
   */
  @InjectTransactionManager()
  async eraseCustomer(customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const questions = (await manager.execute(
      `UPDATE product_question SET customer_id = NULL, email = NULL, author_name = NULL, updated_at = now()
        WHERE customer_id = ? RETURNING id`,
      [customerId]
    )) as unknown[]
    const answers = (await manager.execute(
      `UPDATE product_answer SET customer_id = NULL, author_name = NULL, updated_at = now()
        WHERE customer_id = ? RETURNING id`,
      [customerId]
    )) as unknown[]
    const votes = (await manager.execute(
      `UPDATE product_question_vote SET voter_key = 'erased:' || id, customer_id = NULL, updated_at = now()
        WHERE customer_id = ? OR voter_key = ? RETURNING id`,
      [customerId, `customer:${customerId}`]
    )) as unknown[]
    return { questions: questions.length, answers: answers.length, votes: votes.length }
  }

  /** Removes a vote (the compensation of a vote) and recounts. */
  @InjectTransactionManager()
  async removeHelpfulVote(voteId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = (await manager.execute(`DELETE FROM product_question_vote WHERE id = ? RETURNING question_id`, [voteId])) as {
      question_id: string
    }[]
    if (rows[0]) {
      await manager.execute(
        `UPDATE product_question SET helpful_count = (SELECT count(*) FROM product_question_vote v WHERE v.question_id = ? AND v.deleted_at IS NULL) WHERE id = ?`,
        [rows[0].question_id, rows[0].question_id]
      )
    }
  }

  /**
   * Moves a question to approved or rejected under a row lock; `changed: false` when it already
   * was. `previous` is what the compensation restores.
   */
  @InjectTransactionManager()
  async moderateQuestion(
    input: { id: string; status: "approved" | "rejected"; reason: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const [row] = (await manager.execute(
      `SELECT id, status, rejection_reason, moderated_at FROM product_question WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [input.id]
    )) as any[]
    if (!row) return null
    if (row.status === input.status && (row.rejection_reason ?? null) === input.reason) {
      return { changed: false, previous: null }
    }
    await manager.execute(
      `UPDATE product_question SET status = ?, rejection_reason = ?, moderated_at = now(), updated_at = now() WHERE id = ?`,
      [input.status, input.reason, input.id]
    )
    return { changed: true, previous: { status: row.status, rejection_reason: row.rejection_reason, moderated_at: row.moderated_at } }
  }

  /**
   * Sets `answered_at` the first time a question has an approved answer. True only for the call
   * that set it: the asker is notified once, however many answers follow.
   */
  @InjectTransactionManager()
  async markAnswered(questionId: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = (await manager.execute(
      `UPDATE product_question SET answered_at = now(), updated_at = now() WHERE id = ? AND answered_at IS NULL RETURNING id`,
      [questionId]
    )) as unknown[]
    return rows.length > 0
  }
}
