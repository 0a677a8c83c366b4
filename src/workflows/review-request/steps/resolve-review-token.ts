import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveReviewToken } from "../resolve-token"

/** This step checks a review link's token again inside the workflow (see `resolveReviewToken`). */
export const resolveReviewTokenStep = createStep("resolve-review-token", async (input: { token: string }, { container }) => {
  return new StepResponse(await resolveReviewToken(container, input.token))
})
