import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestCatalogSyncWorkflow } from "../../../../../../workflows/social-catalog/workflows/request-catalog-sync"
import { catalogModule } from "../../../../../../modules/social-catalog"

/**
 * Records a full sync and answers its run at once (202 Accepted): the worker runs it, through
 * the `social.catalog.sync_requested` event, with the one sync workflow the jobs run too. A full
 * run already queued or running is answered instead of a second one (`already_running`).
 */
export async function POST(req: AuthenticatedMedusaRequest<{ force?: boolean }>, res: MedusaResponse) {
  const service = catalogModule(req.scope)
  await service.retrieveSocialCatalogChannel(req.params.id)
  const { result } = await requestCatalogSyncWorkflow(req.scope).run({
    input: { channel_id: req.params.id, kind: "full", force: !!req.validatedBody?.force },
  })
  const run = await service.retrieveSocialCatalogRun(result.run.id)
  res.status(202).json({ run, already_running: !result.created })
}
