import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createHash, timingSafeEqual } from "node:crypto"
import { SOCIAL_PUBLISH_MODULE } from "../../../../modules/social-publish"
import { parseMetaWebhook, verifyMetaSignature } from "../../../../modules/social-publish/lib/inbox"
import type SocialPublishModuleService from "../../../../modules/social-publish/service"
import { SOCIAL_SETTINGS_MODULE } from "../../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../../modules/social-settings/service"
import { receiveMetaWebhookWorkflow } from "../../../../workflows/social-inbox/workflows/receive-meta-webhook"
import type { MetaWebhookChallengeType } from "./middlewares"

const digest = (s: string) => createHash("sha256").update(s).digest()

/**
 * Meta's subscription check: answers the challenge, as text, when the verify token is the one
 * configured (`inbox.metaVerifyToken`, compared in constant time); 403 otherwise, and when none
 * is configured.
 */
export async function GET(req: MedusaRequest<unknown, MetaWebhookChallengeType>, res: MedusaResponse) {
  const expected = req.scope.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions().inbox.metaVerifyToken
  const given = req.validatedQuery["hub.verify_token"]
  if (!expected || !timingSafeEqual(digest(expected), digest(given))) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "hub.verify_token: does not match the configured verify token")
  }
  res.status(200).type("text/plain").send(req.validatedQuery["hub.challenge"])
}

/**
 * A Meta webhook delivery (Page `feed`, Instagram `comments` and `mentions`). Its
 * `X-Hub-Signature-256` must be the HMAC-SHA256 of the raw body with the app secret
 * (`inbox.metaAppSecret`, or an `app_secret` stored on a Facebook or Instagram account): 401
 * without it, 403 when it does not match, and nothing is written. A verified delivery is stored
 * before the answer (Meta delivers again when it gets none), and a delivery received twice
 * stores nothing the second time.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const header = req.get("x-hub-signature-256")
  if (!header) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "X-Hub-Signature-256: is required")
  const secrets = await appSecrets(req)
  const raw: unknown = req.rawBody
  if (verifyMetaSignature(Buffer.isBuffer(raw) ? raw : undefined, header, secrets) !== "valid") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "X-Hub-Signature-256: does not match the body signed with the app secret")
  }
  const changes = parseMetaWebhook(req.body)
  const { result } = await receiveMetaWebhookWorkflow(req.scope).run({ input: { changes } })
  res.json({ received: changes.length, stored: result.items, removed: result.removed })
}

/** The configured app secret, and those stored on the shop's Facebook and Instagram accounts. */
async function appSecrets(req: MedusaRequest): Promise<string[]> {
  const configured = req.scope.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions().inbox.metaAppSecret
  const service = req.scope.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const accounts = await service.listSocialPublishAccounts({ network: ["facebook", "instagram"] }, { select: ["id", "credential_keys"] })
  const stored = await Promise.all(
    accounts
      .filter((a) => (a.credential_keys as Record<string, boolean> | null)?.app_secret)
      .map((a) => service.openCredentials(a.id).then((c) => c.app_secret, () => undefined))
  )
  return [...new Set([configured, ...stored].filter((s): s is string => !!s))]
}
