import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestCatalogSyncWorkflow } from "../../../../../../workflows/social-catalog/workflows/sync"
import { catalogService } from "../../../../../../workflows/social-catalog/lib/channel"

/** Queues a full sync (the worker runs it) and answers its run at once: 202 Accepted. */
export async function POST(req: AuthenticatedMedusaRequest<{ force?: boolean }>, res: MedusaResponse) {
  await catalogService(req.scope).retrieveSocialCatalogChannel(req.params.id)
  const { result } = await requestCatalogSyncWorkflow(req.scope).run({
    input: { channel_id: req.params.id, kind: "full", force: !!req.validatedBody?.force },
  })
  res.status(202).json({ run: result.run, already_running: !result.created })
}
