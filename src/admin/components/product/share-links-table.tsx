import { Table, Text } from "@medusajs/ui"
import { dateTime, money } from "../../lib/format"
import { useAdminData } from "../../lib/use-admin-data"
import { LINK } from "../link-style"

type ShareLink = {
  id: string
  code: string
  url: string
  network: string
  customer_id: string | null
  created_at: string
  clicks: number
  bot_clicks: number
  self_clicks: number
  distinct_visitors: number
  orders: number
  revenue: Record<string, number>
}

/** The product's share links with what each did: clicks, distinct visitors (no bots, no sharer), orders. */
export function ShareLinksTable({ productId }: { productId: string }) {
  const { data, error } = useAdminData<{ share_links: ShareLink[]; count: number }>(`/admin/social/share-links?product_id=${encodeURIComponent(productId)}&limit=50`)
  if (error) return <Text className="text-ui-fg-error">{error}</Text>
  if (data && !data.share_links.length) return <Text className="text-ui-fg-subtle">Nobody has shared this product yet.</Text>
  return (
    <Table data-testid="product-share-links">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Link</Table.HeaderCell>
          <Table.HeaderCell>Network</Table.HeaderCell>
          <Table.HeaderCell>Sharer</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Clicks</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Visitors</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {(data?.share_links ?? []).map((l) => (
          <Table.Row key={l.id} data-share-code={l.code}>
            <Table.Cell>
              <a className={LINK} href={l.url} target="_blank" rel="noreferrer" title={dateTime(l.created_at)}>
                {l.code}
              </a>
            </Table.Cell>
            <Table.Cell>{l.network}</Table.Cell>
            <Table.Cell>{l.customer_id ?? "anonymous"}</Table.Cell>
            <Table.Cell className="text-right" title={`${l.bot_clicks} bots, ${l.self_clicks} by the sharer`}>
              {l.clicks}
            </Table.Cell>
            <Table.Cell className="text-right">{l.distinct_visitors}</Table.Cell>
            <Table.Cell className="text-right">{l.orders}</Table.Cell>
            <Table.Cell className="text-right">
              {Object.entries(l.revenue)
                .map(([cur, v]) => money(v, cur))
                .join(", ") || "—"}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
