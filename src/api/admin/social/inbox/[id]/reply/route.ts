import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { replySocialInboxItemWorkflow } from "../../../../../../workflows/social-inbox/workflows/reply-inbox-item"
import { readInboxItem } from "../../present"
import type { AdminReplyInboxItemType } from "../../validators"

/**
 * Answers a comment publicly through its network (a comment under the Facebook comment, an
 * Instagram reply, an X reply); the item is done. Once per item: the same answer again (a second
 * click) answers the first without posting, another answer is refused (400). An answer whose
 * platform response was lost is sent again only with `resend`. The platform's refusal is a 400
 * with its message.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminReplyInboxItemType>, res: MedusaResponse) {
  await replySocialInboxItemWorkflow(req.scope).run({ input: { id: req.params.id, text: req.validatedBody.text, resend: req.validatedBody.resend } })
  res.json({ item: await readInboxItem(req.scope, req.params.id) })
}
