import type { MedusaContainer } from "@medusajs/framework/types"
import { resolveCatalogProvider } from "../../../providers/catalog/registry"
import type { CatalogProvider, ProviderCredentials } from "../../../providers/catalog/types"
import { catalogService, type Channel } from "./channel"
import { endpointProblems } from "../../../providers/catalog/endpoints"
import { CredentialsError } from "../../../providers/catalog/lib/http"
import { endpointPolicy } from "../steps/channel"
import { guardedFetch } from "../../../providers/catalog/lib/guarded-fetch"

/**
 * The push provider of a channel, for one run. A credential the platform rotates while the run
 * signs in (Pinterest answers each refresh with a new refresh token) is sealed into the channel
 * at once, replacing the one that was used: the next run, on any worker, refreshes with the new
 * one. The channel's sync lock keeps two runs of a channel from refreshing at the same time.
 */
export function channelProvider(container: MedusaContainer, channel: Channel, credentials: ProviderCredentials): CatalogProvider {
  const service = catalogService(container)
  // Checked again at run time: a channel saved before this check existed, or the allowed hosts
  // changed since, must not send its secrets to a host that is no longer allowed.
  const problems = endpointProblems(channel.destination, credentials, endpointPolicy(container))
  if (problems.length) {
    throw new CredentialsError(
      channel.destination,
      `${problems.map((p) => `${p.field}: ${p.message}`).join("; ")}: fix the channel's credentials`,
      0,
      "endpoint_not_allowed"
    )
  }
  const policy = endpointPolicy(container)
  return resolveCatalogProvider(channel.destination, {
    baseUrl: credentials.api_base_url,
    // In production every call's host is resolved again when it is made: a name that pointed at a
    // public address when it was saved and at the private network now (DNS rebinding) is refused.
    fetch: policy.production ? guardedFetch({ privateHosts: policy.privateHosts }) : undefined,
    onCredentialRotated: async ({ key, previous, value }) => {
      // Only where the used one is still stored: an admin who entered a new one meanwhile wins.
      await service.changeCredentials(channel.id, { [key]: value }, { [key]: previous })
    },
  })
}
