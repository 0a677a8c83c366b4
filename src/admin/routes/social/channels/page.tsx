import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ListTable, type Column } from "../../../components/list-table"
import { useAdminData } from "../../../lib/use-admin-data"
import { dateTime } from "../../../lib/format"
import type { Channel } from "../../../components/catalog/types"
import { LINK } from "../../../components/link-style"

const CHANNEL_COLUMNS: Column<Channel>[] = [
  {
    header: "Name",
    cell: (c) => (
      <>
        <Link className={LINK} to={`/social/channels/${c.id}`}>
          {c.name}
        </Link>{" "}
        {c.enabled ? null : <Badge size="2xsmall">off</Badge>}
      </>
    ),
  },
  { header: "Destination", cell: (c) => c.destination },
  {
    header: "Market",
    cell: (c) => (
      <>
        {c.country.toUpperCase()} · {c.language} · {c.currency_code.toUpperCase()}
      </>
    ),
  },
  { header: "Mode", cell: (c) => c.mode },
  { header: "Feed", cell: (c) => (c.feed ? `${c.feed.item_count ?? 0} items` : (c.feed_status ?? "not built")) },
  { header: "Last full sync", cell: (c) => dateTime(c.last_full_sync_at) },
]

/** Catalog channels: one destination and market each, with the feed's and last sync's state. */
const ChannelsPage = () => {
  const { data, error } = useAdminData<{ channels: Channel[]; count: number }>("/admin/social/channels")
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Catalog channels</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Your products in Meta, Google, Pinterest and TikTok shops, per market.
          </Text>
        </div>
        <Button size="small" asChild>
          <Link to="/social/channels/new" data-testid="channel-new">
            Create
          </Link>
        </Button>
      </div>
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{error}</Text> : null}
      <ListTable columns={CHANNEL_COLUMNS} rows={data?.channels} rowKey={(c) => c.id} rowProps={(c) => ({ "data-channel-id": c.id })} empty="No channels yet." inset />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Catalog channels", icon: BuildingStorefront })

export default ChannelsPage
