import type { MedusaContainer } from "@medusajs/framework/types"
import { SOCIAL_CATALOG_MODULE } from "../../../modules/social-catalog"
import type SocialCatalogModuleService from "../../../modules/social-catalog/service"
import type { Destination } from "../../../modules/social-catalog/lib/destinations"
import type { FeedFormatKey } from "../../../modules/social-catalog/lib/formats"
import type { ChannelFilters, FieldMapping } from "../../../modules/social-catalog/types"

/** A channel as the sync code reads it (credentials stay sealed). */
export type Channel = {
  id: string
  name: string
  destination: Destination
  mode: "feed" | "push" | "both"
  enabled: boolean
  sales_channel_id: string | null
  region_id: string | null
  currency_code: string
  language: string
  country: string
  prices_include_tax: boolean
  filters: ChannelFilters | null
  field_mapping: FieldMapping | null
  feed_format: FeedFormatKey
  feed_token: string
  feed: { file_key: string; item_count: number; bytes: number; etag: string; built_at: string } | null
  feed_status: string | null
}

export function catalogService(container: MedusaContainer) {
  return container.resolve<SocialCatalogModuleService>(SOCIAL_CATALOG_MODULE)
}

export async function loadChannel(container: MedusaContainer, id: string): Promise<Channel> {
  return (await catalogService(container).retrieveSocialCatalogChannel(id)) as unknown as Channel
}
