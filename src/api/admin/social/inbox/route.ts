import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pageOf } from "../../../utils/list-query"
import type { AdminListInboxParamsType } from "./validators"

/**
 * The inbox: comments, replies and mentions on the shop's posts, oldest open first by default
 * (the one waiting longest is answered first), by status, account, post, product, network, kind.
 * Comments their authors deleted are not listed.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListInboxParamsType>, res: MedusaResponse) {
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "social_inbox_item",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, removed_at: null },
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { commented_at: "ASC", id: "ASC" } },
  })
  res.json({ items: data, ...pageOf(metadata, req.validatedQuery) })
}
