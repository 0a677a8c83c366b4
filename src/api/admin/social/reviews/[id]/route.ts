import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentAdminReview } from "../present"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ review: await presentAdminReview(req.scope, req.params.id) })
}
