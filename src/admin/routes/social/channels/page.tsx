import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useAdminData } from "../../../lib/use-admin-data"
import { dateTime } from "../../../lib/format"
import type { Channel } from "../../../components/catalog/types"

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
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Destination</Table.HeaderCell>
            <Table.HeaderCell>Market</Table.HeaderCell>
            <Table.HeaderCell>Mode</Table.HeaderCell>
            <Table.HeaderCell>Feed</Table.HeaderCell>
            <Table.HeaderCell>Last full sync</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.channels ?? []).map((c) => (
            <Table.Row key={c.id} data-channel-id={c.id}>
              <Table.Cell>
                <Link className="text-ui-fg-interactive" to={`/social/channels/${c.id}`}>
                  {c.name}
                </Link>{" "}
                {c.enabled ? null : <Badge size="2xsmall">off</Badge>}
              </Table.Cell>
              <Table.Cell>{c.destination}</Table.Cell>
              <Table.Cell>
                {c.country.toUpperCase()} · {c.language} · {c.currency_code.toUpperCase()}
              </Table.Cell>
              <Table.Cell>{c.mode}</Table.Cell>
              <Table.Cell>{c.feed ? `${c.feed.item_count ?? 0} items` : (c.feed_status ?? "not built")}</Table.Cell>
              <Table.Cell>{dateTime(c.last_full_sync_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {data && !data.channels.length ? <Text className="px-6 py-4 text-ui-fg-subtle">No channels yet.</Text> : null}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Catalog channels", icon: BuildingStorefront })

export default ChannelsPage
