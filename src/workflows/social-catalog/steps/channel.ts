import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { randomBytes } from "crypto"
import { FORMATS_BY_DESTINATION, type FeedFormatKey } from "../../../modules/social-catalog/lib/formats"
import type { Destination } from "../../../modules/social-catalog/lib/destinations"
import { catalogService } from "../lib/channel"
import { credentialProblems } from "../../../providers/catalog/credentials"
import { pricesIncludeTax } from "../../../lib/market-price"
import {
  endpointChangeProblems,
  endpointProblems,
  privateResolutionProblems,
  type EndpointPolicy,
} from "../../../providers/catalog/endpoints"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"

export type ChannelInput = {
  name?: string
  destination?: Destination
  mode?: "feed" | "push" | "both"
  enabled?: boolean
  sales_channel_id?: string | null
  region_id?: string | null
  currency_code?: string
  language?: string
  country?: string
  prices_include_tax?: boolean
  credentials?: Record<string, string | null>
  filters?: Record<string, unknown> | null
  field_mapping?: Record<string, unknown> | null
  feed_format?: FeedFormatKey
}


/** This step creates a channel with its credentials sealed and a random feed token. */
export const createCatalogChannelStep = createStep(
  "create-social-catalog-channel",
  async (input: ChannelInput & { destination: Destination }, { container }) => {
    const service = catalogService(container)
    const feedFormat = input.feed_format ?? FORMATS_BY_DESTINATION[input.destination][0]
    if (!FORMATS_BY_DESTINATION[input.destination].includes(feedFormat)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: feed_format: ${input.destination} feeds are ${FORMATS_BY_DESTINATION[input.destination].join(" or ")}`)
    }
    // The id is chosen first: the credentials are sealed for this channel (bound to its id).
    const id = generateEntityId(undefined, "scch")
    const sealed = service.sealCredentials(id, cleanCredentials(input.credentials ?? {}))
    const channel = await service.createSocialCatalogChannels({
      ...input,
      id,
      credentials: sealed.credentials,
      // A json column holding an array: the DML types json columns as objects.
      credential_keys: sealed.credential_keys as unknown as Record<string, unknown>,
      feed_format: feedFormat,
      currency_code: input.currency_code!.toLowerCase(),
      country: input.country!.toLowerCase(),
      prices_include_tax: input.prices_include_tax ?? pricesIncludeTax(input.country!),
      feed_token: randomBytes(24).toString("base64url"),
    })
    return new StepResponse(channel, channel.id)
  },
  async (id, { container }) => {
    if (!id) return
    await catalogService(container).deleteSocialCatalogChannels(id)
  }
)

function cleanCredentials(c: Record<string, string | null>) {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => typeof v === "string" && v !== "")) as Record<string, string>
}

/**
 * This step changes a channel. Credentials merge: a key given a value replaces it, a key given
 * null removes it, a key left out stays. Its compensation writes the previous row back.
 */
export const updateCatalogChannelStep = createStep(
  "update-social-catalog-channel",
  async (input: ChannelInput & { id: string; rotate_feed_token?: boolean }, { container }) => {
    const service = catalogService(container)
    const before: any = await service.retrieveSocialCatalogChannel(input.id)
    const { id, credentials, rotate_feed_token, ...rest } = input
    const destination = rest.destination ?? before.destination
    if (rest.feed_format && !FORMATS_BY_DESTINATION[destination as Destination].includes(rest.feed_format)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: feed_format: not a ${destination} feed format`)
    }
    const data: Record<string, unknown> = { ...rest }
    if (rest.currency_code) data.currency_code = rest.currency_code.toLowerCase()
    if (rest.country) data.country = rest.country.toLowerCase()
    if (rotate_feed_token) data.feed_token = randomBytes(24).toString("base64url")
    // Merged under the channel's row lock: a refresh token a platform rotates meanwhile is not lost.
    if (credentials) await service.changeCredentials(id, credentials)
    const channel = await service.updateSocialCatalogChannels({ id, ...data })
    if (rest.feed_format && rest.feed_format !== before.feed_format) {
      await service.clearFeedRows(id)
    }
    const previous = Object.fromEntries([...Object.keys(data), ...(credentials ? ["credentials", "credential_keys"] : [])].map((k) => [k, before[k]]))
    return new StepResponse(channel, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await catalogService(container).updateSocialCatalogChannels({ id: undo.id, ...undo.previous })
  }
)

/**
 * This step checks credentials given for an existing channel against its destination and the
 * names it already stores: a name the destination does not take, or a refresh token without its
 * OAuth client, is a 400 naming the field, before anything is written.
 */
export const validateChannelCredentialsStep = createStep(
  "validate-social-catalog-credentials",
  async (input: { id: string; credentials?: Record<string, string | null> }, { container }) => {
    if (!input.credentials) return new StepResponse(true)
    const channel: any = await catalogService(container).retrieveSocialCatalogChannel(input.id, { select: ["id", "destination", "credential_keys"] })
    const problems = credentialProblems(channel.destination, input.credentials, channel.credential_keys ?? [])
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${problems.map((p) => `${p.field}: ${p.message}`).join("; ")}`)
    }
    return new StepResponse(true)
  }
)

/** The endpoint policy of this installation: the plugin's `catalogAllowedHosts`, and whether in production. */
export function endpointPolicy(container: { resolve: (key: string) => any }): EndpointPolicy {
  const options = container.resolve(SOCIAL_SETTINGS_MODULE).getPluginOptions() as { catalogAllowedHosts?: string[]; catalogPrivateHosts?: string[] }
  return { allowedHosts: options.catalogAllowedHosts ?? [], privateHosts: options.catalogPrivateHosts ?? [], production: process.env.NODE_ENV === "production" }
}

/**
 * This step checks the endpoints a create or an update sets (`api_base_url`, `token_uri`, a
 * Google key file's `token_uri`): only the platform's hosts or the plugin's `catalogAllowedHosts`;
 * in production no private, loopback or link-local address (by literal or by DNS). On an update,
 * pointing an endpoint somewhere needs the channel's stored secrets in the same request. A 400
 * naming the field, before anything is written.
 */
export const validateChannelEndpointsStep = createStep(
  "validate-social-catalog-endpoints",
  async (input: { id?: string; destination?: Destination; credentials?: Record<string, string | null> }, { container }) => {
    if (!input.credentials) return new StepResponse(true)
    let destination = input.destination
    let stored: string[] = []
    if (input.id) {
      const channel: any = await catalogService(container).retrieveSocialCatalogChannel(input.id, { select: ["id", "destination", "credential_keys"] })
      destination = channel.destination
      stored = channel.credential_keys ?? []
    }
    const policy = endpointPolicy(container)
    const problems = [
      ...endpointProblems(destination!, input.credentials, policy),
      ...(input.id ? endpointChangeProblems(input.credentials, stored) : []),
    ]
    if (!problems.length) problems.push(...(await privateResolutionProblems(input.credentials, policy)))
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${problems.map((p) => `${p.field}: ${p.message}`).join("; ")}`)
    }
    return new StepResponse(true)
  }
)

/**
 * This step deletes a channel (soft, so the compensation can restore it) and drops its snapshot
 * rows. Items already on the platform stay there: deleting a channel does not empty a shop.
 */
export const deleteCatalogChannelStep = createStep(
  "delete-social-catalog-channel",
  async (id: string, { container }) => {
    const service = catalogService(container)
    await service.retrieveSocialCatalogChannel(id)
    await service.softDeleteSocialCatalogChannels(id)
    await service.purgeItems({ channel_id: id })
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await catalogService(container).restoreSocialCatalogChannels(id)
  }
)
