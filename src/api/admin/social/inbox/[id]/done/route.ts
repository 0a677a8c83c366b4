import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markSocialInboxItemDoneWorkflow } from "../../../../../../workflows/social-inbox/workflows/mark-inbox-item-done"
import { readInboxItem } from "../../present"

/** Marks a comment done without answering it publicly (nothing is sent to the network). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await markSocialInboxItemDoneWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ item: await readInboxItem(req.scope, req.params.id) })
}
