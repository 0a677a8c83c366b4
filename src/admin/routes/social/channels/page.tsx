import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, createDataTableColumnHelper, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { DataList } from "../../../components/data-list"
import { useChannels } from "../../../hooks/channels"
import { dateTime } from "../../../lib/format"
import type { Channel } from "../../../components/catalog/types"
import { LINK } from "../../../components/link-style"

const column = createDataTableColumnHelper<Channel>()

const CHANNEL_COLUMNS = [
  column.accessor("name", {
    header: "Name",
    cell: ({ row: { original: c } }) => (
      <>
        <Link className={LINK} to={`/social/channels/${c.id}`} data-channel-id={c.id}>
          {c.name}
        </Link>{" "}
        {c.enabled ? null : <Badge size="2xsmall">off</Badge>}
      </>
    ),
  }),
  column.accessor("destination", { header: "Destination" }),
  column.display({
    id: "market",
    header: "Market",
    cell: ({ row: { original: c } }) => `${c.country.toUpperCase()} · ${c.language} · ${c.currency_code.toUpperCase()}`,
  }),
  column.accessor("mode", { header: "Mode" }),
  column.display({ id: "feed", header: "Feed", cell: ({ row: { original: c } }) => (c.feed ? `${c.feed.item_count ?? 0} items` : (c.feed_status ?? "not built")) }),
  column.accessor("last_full_sync_at", { header: "Last full sync", cell: ({ getValue }) => dateTime(getValue()) }),
]

/** Catalog channels: one destination and market each, with the feed's and last sync's state. */
const ChannelsPage = () => {
  const { data, error, isLoading } = useChannels()
  return (
    <Container className="divide-y p-0">
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{error.message}</Text> : null}
      <DataList
        columns={CHANNEL_COLUMNS}
        rows={data?.channels}
        isLoading={isLoading}
        empty="No channels yet."
        toolbar={
          <>
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
          </>
        }
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Catalog channels", icon: BuildingStorefront })

export default ChannelsPage
