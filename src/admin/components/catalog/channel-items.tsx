import { Badge, createDataTableColumnHelper, Heading, Text } from "@medusajs/ui"
import { useCallback, useState } from "react"
import { Link } from "react-router-dom"
import { Choice } from "../choice"
import { DataList, SearchBox, WRAPS } from "../data-list"
import { dateTime, words } from "../../lib/format"
import { useChannelItems } from "../../hooks/channels"
import { useCursorPaging } from "../../hooks/paging"
import { ITEM_STATUS_FILTERS } from "../../../modules/social-catalog/lib/vocabulary"
import type { Item } from "./types"
import { LINK } from "../link-style"

const PAGE = 20
const BAD = new Set(["invalid", "error", "failing"])

const column = createDataTableColumnHelper<Item>()

const ITEM_COLUMNS = [
  column.accessor("title", {
    header: "Item",
    cell: ({ row: { original: i } }) => (
      <Link className={LINK} to={`/products/${i.product_id}`}>
        {i.title ?? i.variant_id}
      </Link>
    ),
  }),
  column.accessor("status", {
    header: "Status",
    cell: ({ row: { original: i } }) => (
      <>
        <Badge color={BAD.has(i.status) ? "red" : i.status === "synced" ? "green" : "grey"}>{words(i.status)}</Badge> {i.error_code ? <Text size="xsmall">{i.error_code}</Text> : null}
      </>
    ),
  }),
  column.display({
    id: "errors",
    header: "Errors",
    ...WRAPS,
    cell: ({ row: { original: i } }) => (
      <Text size="xsmall" className="max-w-[420px] whitespace-normal">
        {[...(i.errors ?? []), ...(i.warnings ?? [])].map((e) => `${e.field}: ${e.message}`).join("; ")}
      </Text>
    ),
  }),
  column.accessor("sent_at", { header: "Sent", cell: ({ getValue }) => dateTime(getValue()) }),
]

/** The channel's items, filtered by status and searched by error code, with what the platform or validator said. */
export function ChannelItems({ channelId, counts }: { channelId: string; counts?: Record<string, number> }) {
  const [status, setStatus] = useState<string>("error")
  const [code, setCode] = useState("")
  const paging = useCursorPaging(PAGE)
  const { data, error, isLoading } = useChannelItems(channelId, { status, limit: PAGE, cursor: paging.cursor, code: code.trim() || undefined })
  const { restart } = paging
  const search = useCallback((v: string) => (restart(), setCode(v)), [restart])

  return (
    <div data-testid="channel-items">
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{error.message}</Text> : null}
      <DataList
        columns={ITEM_COLUMNS}
        rows={data?.items}
        count={data?.count}
        isLoading={isLoading}
        empty="No items match."
        pagination={paging.pagination(data?.next_cursor)}
        search={{ state: code, onSearchChange: search }}
        toolbar={
          <>
            <div>
              <Heading level="h2">Items</Heading>
              {counts ? (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {Object.entries(counts)
                    .map(([k, v]) => `${words(k)} ${v}`)
                    .join(" · ") || "No items yet"}
                </Text>
              ) : null}
            </div>
            <div className="flex gap-2">
              <div className="w-40">
                <Choice id="items-status" ariaLabel="Item status" value={status} options={ITEM_STATUS_FILTERS} onChange={(v) => (paging.restart(), setStatus(v))} />
              </div>
              <SearchBox id="items-code" aria-label="Error code" placeholder="Error code" />
            </div>
          </>
        }
      />
    </div>
  )
}
