import { createDataTableColumnHelper, Heading, Text } from "@medusajs/ui"
import { DataList } from "../data-list"
import { dateTime, money } from "../../lib/format"
import { useShareLinks, type ShareLink } from "../../hooks/share-links"
import { useOffsetPaging } from "../../hooks/paging"
import { LINK } from "../link-style"

const PAGE = 20

const column = createDataTableColumnHelper<ShareLink>()

const SHARE_LINK_COLUMNS = [
  column.accessor("code", {
    header: "Link",
    cell: ({ row: { original: l } }) => (
      <a className={LINK} href={l.url} target="_blank" rel="noreferrer" title={dateTime(l.created_at)} data-share-code={l.code}>
        {l.code}
      </a>
    ),
  }),
  column.accessor("network", { header: "Network" }),
  column.accessor("customer_id", { header: "Sharer", cell: ({ getValue }) => getValue() ?? "anonymous" }),
  column.accessor("clicks", {
    header: "Clicks",
    align: "right",
    cell: ({ row: { original: l } }) => <span title={`${l.bot_clicks} bots, ${l.self_clicks} by the sharer`}>{l.clicks}</span>,
  }),
  column.accessor("distinct_visitors", { header: "Visitors", align: "right" }),
  column.accessor("orders", { header: "Orders", align: "right" }),
  column.accessor("revenue", {
    header: "Revenue",
    align: "right",
    cell: ({ getValue }) =>
      Object.entries(getValue())
        .map(([cur, v]) => money(v, cur))
        .join(", ") || "—",
  }),
]

/** The product's share links with what each did: clicks, distinct visitors (no bots, no sharer), orders. */
export function ShareLinksTable({ productId }: { productId: string }) {
  const paging = useOffsetPaging(PAGE)
  const { data, error, isLoading } = useShareLinks({ product_id: productId, limit: PAGE, offset: paging.offset })
  if (error) return <Text className="px-6 py-4 text-ui-fg-error">{error.message}</Text>
  return (
    <div data-testid="product-share-links">
      <DataList
        columns={SHARE_LINK_COLUMNS}
        rows={data?.share_links}
        count={data?.count}
        isLoading={isLoading}
        empty="Nobody has shared this product yet."
        pagination={paging.pagination}
        toolbar={<Heading level="h2">Share links</Heading>}
      />
    </div>
  )
}
