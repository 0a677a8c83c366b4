import type { MedusaContainer } from "@medusajs/framework/types"
import { resolveCatalogProvider } from "../../../providers/catalog/registry"
import type { CatalogProvider, ProviderCredentials } from "../../../providers/catalog/types"
import { catalogService, type Channel } from "./channel"

/**
 * The push provider of a channel, for one run. A credential the platform rotates while the run
 * signs in (Pinterest answers each refresh with a new refresh token) is sealed into the channel
 * at once, replacing the one that was used: the next run, on any worker, refreshes with the new
 * one. The channel's sync lock keeps two runs of a channel from refreshing at the same time.
 */
export function channelProvider(container: MedusaContainer, channel: Channel, credentials: ProviderCredentials): CatalogProvider {
  const service = catalogService(container)
  return resolveCatalogProvider(channel.destination, {
    baseUrl: credentials.api_base_url,
    onCredentialRotated: async ({ key, previous, value }) => {
      // Only where the used one is still stored: an admin who entered a new one meanwhile wins.
      await service.changeCredentials(channel.id, { [key]: value }, { [key]: previous })
    },
  })
}
