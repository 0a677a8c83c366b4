import { Badge, Heading, Input, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { Choice } from "../choice"
import { dateTime, words } from "../../lib/format"
import { useAdminData } from "../../lib/use-admin-data"
import { ITEM_STATUS_FILTERS } from "../../../modules/social-catalog/lib/vocabulary"
import type { Item } from "./types"

const PAGE = 20
const BAD = new Set(["invalid", "error", "failing"])

/** The channel's items, filtered by status and error code, with what the platform or validator said. */
export function ChannelItems({ channelId, counts }: { channelId: string; counts?: Record<string, number> }) {
  const [status, setStatus] = useState<string>("error")
  const [code, setCode] = useState("")
  // The API pages by key: `cursors` holds the cursor of every page up to the one shown ("" = first).
  const [cursors, setCursors] = useState<string[]>([""])
  const cursor = cursors[cursors.length - 1]
  const params = new URLSearchParams({ status, limit: String(PAGE) })
  if (cursor) params.set("cursor", cursor)
  if (code.trim()) params.set("code", code.trim())
  const { data, error } = useAdminData<{ items: Item[]; count: number; next_cursor: string | null }>(`/admin/social/channels/${channelId}/items?${params}`)
  const restart = () => setCursors([""])

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
            <Choice id="items-status" value={status} options={ITEM_STATUS_FILTERS} onChange={(v) => (restart(), setStatus(v))} />
          </div>
          <Input id="items-code" placeholder="Error code" value={code} onChange={(e) => (restart(), setCode(e.target.value))} />
        </div>
      </div>
      {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Item</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Errors</Table.HeaderCell>
            <Table.HeaderCell>Sent</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.items ?? []).map((i) => (
            <Table.Row key={i.id}>
              <Table.Cell>
                <Link className="text-ui-fg-interactive" to={`/products/${i.product_id}`}>
                  {i.title ?? i.variant_id}
                </Link>
              </Table.Cell>
              <Table.Cell>
                <Badge color={BAD.has(i.status) ? "red" : i.status === "synced" ? "green" : "grey"}>{words(i.status)}</Badge> {i.error_code ? <Text size="xsmall">{i.error_code}</Text> : null}
              </Table.Cell>
              <Table.Cell className="max-w-[420px] whitespace-normal">
                <Text size="xsmall">{[...(i.errors ?? []), ...(i.warnings ?? [])].map((e) => `${e.field}: ${e.message}`).join("; ")}</Text>
              </Table.Cell>
              <Table.Cell>{dateTime(i.sent_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {data && !data.items.length ? <Text className="text-ui-fg-subtle">No items match.</Text> : null}
      {data && data.count > PAGE ? (
        <Table.Pagination
          count={data.count}
          pageSize={PAGE}
          pageIndex={cursors.length - 1}
          pageCount={Math.ceil(data.count / PAGE)}
          canPreviousPage={cursors.length > 1}
          canNextPage={!!data.next_cursor}
          previousPage={() => setCursors(cursors.slice(0, -1))}
          nextPage={() => data.next_cursor && setCursors([...cursors, data.next_cursor])}
        />
      ) : null}
    </div>
  )
}
