import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { replySocialInboxItemWorkflow } from "../../../../../../workflows/social-inbox/workflows/reply-inbox-item"
import { readInboxItem } from "../../present"
import type { AdminReplyInboxItemType } from "../../validators"

/**
 * Answers a comment publicly through its network (a comment under the Facebook comment, an
 * Instagram reply, an X reply); the item is done. Once per item: a second answer is refused (400). The
 * platform's refusal is a 400 with its message.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminReplyInboxItemType>, res: MedusaResponse) {
  await replySocialInboxItemWorkflow(req.scope).run({ input: { id: req.params.id, text: req.validatedBody.text } })
  res.json({ item: await readInboxItem(req.scope, req.params.id) })
}
