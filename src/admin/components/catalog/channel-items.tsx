import { Badge, Heading, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { Choice } from "../choice"
import { ListTable, useCursorPages, type Column } from "../list-table"
import { dateTime, words } from "../../lib/format"
import { useAdminData } from "../../lib/use-admin-data"
import { ITEM_STATUS_FILTERS } from "../../../modules/social-catalog/lib/vocabulary"
import type { Item } from "./types"
import { LINK } from "../link-style"

const PAGE = 20
const BAD = new Set(["invalid", "error", "failing"])

const ITEM_COLUMNS: Column<Item>[] = [
  {
    header: "Item",
    cell: (i) => (
      <Link className={LINK} to={`/products/${i.product_id}`}>
        {i.title ?? i.variant_id}
      </Link>
    ),
  },
  {
    header: "Status",
    cell: (i) => (
      <>
        <Badge color={BAD.has(i.status) ? "red" : i.status === "synced" ? "green" : "grey"}>{words(i.status)}</Badge> {i.error_code ? <Text size="xsmall">{i.error_code}</Text> : null}
      </>
    ),
  },
  {
    header: "Errors",
    className: "max-w-[420px] whitespace-normal",
    cell: (i) => <Text size="xsmall">{[...(i.errors ?? []), ...(i.warnings ?? [])].map((e) => `${e.field}: ${e.message}`).join("; ")}</Text>,
  },
  { header: "Sent", cell: (i) => dateTime(i.sent_at) },
]

/** The channel's items, filtered by status and error code, with what the platform or validator said. */
export function ChannelItems({ channelId, counts }: { channelId: string; counts?: Record<string, number> }) {
  const [status, setStatus] = useState<string>("error")
  const [code, setCode] = useState("")
  const pages = useCursorPages(PAGE)
  const params = new URLSearchParams({ status, limit: String(PAGE) })
  if (pages.cursor) params.set("cursor", pages.cursor)
  if (code.trim()) params.set("code", code.trim())
  const { data, error } = useAdminData<{ items: Item[]; count: number; next_cursor: string | null }>(`/admin/social/channels/${channelId}/items?${params}`)

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="channel-items">
      <div className="flex flex-wrap items-center justify-between gap-2">
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
            <Choice id="items-status" ariaLabel="Item status" value={status} options={ITEM_STATUS_FILTERS} onChange={(v) => (pages.restart(), setStatus(v))} />
          </div>
          <Input id="items-code" aria-label="Error code" placeholder="Error code" value={code} onChange={(e) => (pages.restart(), setCode(e.target.value))} />
        </div>
      </div>
      {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
      <ListTable columns={ITEM_COLUMNS} rows={data?.items} rowKey={(i) => i.id} empty="No items match." pages={data && pages.footer(data.count, data.next_cursor)} />
    </div>
  )
}
