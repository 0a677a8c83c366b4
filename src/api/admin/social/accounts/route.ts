import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_PUBLISH_MODULE } from "../../../../modules/social-publish"
import type SocialPublishModuleService from "../../../../modules/social-publish/service"
import { presentAccount } from "./present"
import type { AdminCreateAccountType } from "./validators"

type ListQuery = { network?: AdminCreateAccountType["network"]; limit: number; offset: number }

/** The shop's accounts on the networks. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListQuery>, res: MedusaResponse) {
  const { network, limit, offset } = req.validatedQuery
  const [accounts, count] = await req.scope
    .resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
    .listAndCountSocialPublishAccounts(network ? { network } : {}, { take: limit, skip: offset, order: { created_at: "ASC" } })
  res.json({ accounts: accounts.map(presentAccount), count, offset, limit })
}

/** Connects an account: its credentials are sealed and never answered back. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateAccountType>, res: MedusaResponse) {
  const { credentials, ...account } = req.validatedBody
  const created = await req.scope
    .resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
    .createAccount({ ...account, credentials: credentials as Record<string, string> })
  res.status(201).json({ account: presentAccount(created) })
}
