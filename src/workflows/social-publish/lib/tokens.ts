import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { mergeCredentials } from "../../../lib/sealed-credentials"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import { EXPIRES_AT, type default as SocialPublishModuleService } from "../../../modules/social-publish/service"
import { TokenRefusedError, type PublishContext, type PublishProvider } from "../../../providers/publish"

/** A token is renewed this long before it runs out, so no call starts with one about to lapse. */
export const RENEW_MARGIN_MS = 5 * 60_000

/** Whether the access token a refresh gave runs out within the margin (unknown lifetime: no). */
export function expiresSoon(credentials: Record<string, string>, now = Date.now()): boolean {
  const at = Date.parse(credentials[EXPIRES_AT] ?? "")
  return Number.isFinite(at) && at - RENEW_MARGIN_MS <= now
}

const renewable = (provider: PublishProvider, credentials: Record<string, string>) => Boolean(provider.refresh && credentials.refresh_token)

/**
 * Renews the account's access token with its refresh token and seals the new tokens into the
 * account. Under the account's lock: X's refresh tokens are single use, so two workers refreshing
 * at once would have one refused. Inside the lock the stored tokens are read again: when another
 * worker renewed them meanwhile, those are used and nothing is asked of the platform.
 */
async function renew(container: MedusaContainer, provider: PublishProvider, ctx: PublishContext) {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const used = { access_token: ctx.credentials.access_token, refresh_token: ctx.credentials.refresh_token }
  const run = async () => {
    const stored = await service.openCredentials(ctx.account.id)
    if (stored.access_token !== used.access_token || stored.refresh_token !== used.refresh_token) {
      ctx.credentials = stored
      return
    }
    const grant = await provider.refresh!(ctx)
    const changes: Record<string, string | null> = {
      access_token: grant.access_token,
      [EXPIRES_AT]: grant.expires_in ? new Date(Date.now() + grant.expires_in * 1000).toISOString() : null,
    }
    if (grant.refresh_token) changes.refresh_token = grant.refresh_token
    // Only over the refresh token that was used: an admin's newer one is never overwritten.
    await service.storeRenewedTokens(ctx.account.id, changes, { refresh_token: used.refresh_token })
    ctx.credentials = mergeCredentials(ctx.credentials, changes)
  }
  if (!container.hasRegistration(Modules.LOCKING)) return run()
  await container.resolve(Modules.LOCKING).execute(`social-publish-account:${ctx.account.id}`, run, { timeout: 10 })
}

/**
 * Calls the platform with a good token: renewed first when it runs out soon, and renewed once
 * more after the platform refuses it (a 401), then the call is made again, once. A refused renewal
 * is a TokenRefusedError saying what to do; so is a refusal where the account has nothing to
 * renew with.
 */
export async function withFreshToken<T>(container: MedusaContainer, provider: PublishProvider, ctx: PublishContext, call: () => Promise<T>): Promise<T> {
  let renewed = false
  if (renewable(provider, ctx.credentials) && expiresSoon(ctx.credentials)) {
    await renew(container, provider, ctx)
    renewed = true
  }
  try {
    return await call()
  } catch (error) {
    if (!(error instanceof TokenRefusedError) || renewed || !renewable(provider, ctx.credentials)) throw error
  }
  await renew(container, provider, ctx)
  return call()
}
