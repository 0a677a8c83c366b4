import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hideSocialInboxItemWorkflow } from "../../../../../../workflows/social-inbox/workflows/hide-inbox-item"
import { readInboxItem } from "../../present"

/** Hides a comment on its network (others no longer see it; its author does). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await hideSocialInboxItemWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ item: await readInboxItem(req.scope, req.params.id) })
}
