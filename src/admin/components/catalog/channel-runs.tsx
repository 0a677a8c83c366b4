import { Badge, Button, Heading, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../../lib/api"
import { dateTime } from "../../lib/format"
import { useAdminData } from "../../lib/use-admin-data"
import type { Run } from "./types"

const COLOR = { queued: "grey", running: "blue", succeeded: "green", failed: "red" } as const
const PAGE = 10

/** "push: sent 3, ok 2, failed 1, deferred 1 · feed: item_count 3": each stage's non-zero counts. */
function summary(results: Run["results"]): string {
  return Object.entries(results ?? {})
    .map(([stage, value]) => {
      if (typeof value === "number") return `${stage} ${value}`
      if (!value || typeof value !== "object") return ""
      const counts = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => typeof v === "number" && v !== 0)
        .map(([k, v]) => `${k} ${v}`)
      return counts.length ? `${stage}: ${counts.join(", ")}` : ""
    })
    .filter(Boolean)
    .join(" · ")
}

function Progress({ run }: { run: Run }) {
  const pct = run.total ? Math.min(100, Math.round((run.done / run.total) * 100)) : run.status === "succeeded" ? 100 : 0
  return (
    <div className="flex items-center gap-x-2">
      <div className="h-2 w-32 rounded bg-ui-bg-subtle">
        <div className="h-2 rounded bg-ui-fg-interactive" style={{ width: `${pct}%` }} />
      </div>
      <Text size="xsmall">
        {run.done}/{run.total}
      </Text>
    </div>
  )
}

/** "Sync now" and the channel's runs; polls while one is queued or running. */
export function ChannelRuns({ channelId, onFinished }: { channelId: string; onFinished: () => void }) {
  // The API pages by key: `cursors` holds the cursor of every page up to the one shown ("" = first).
  const [cursors, setCursors] = useState<string[]>([""])
  const cursor = cursors[cursors.length - 1]
  const params = new URLSearchParams({ limit: String(PAGE) })
  if (cursor) params.set("cursor", cursor)
  const { data, reload } = useAdminData<{ runs: Run[]; count: number; next_cursor: string | null }>(`/admin/social/channels/${channelId}/runs?${params}`)
  const [busy, setBusy] = useState(false)
  const active = data?.runs.some((r) => r.status === "queued" || r.status === "running") ?? false

  useEffect(() => {
    if (!active) return
    const timer = setInterval(reload, 2000)
    return () => {
      clearInterval(timer)
      onFinished()
    }
  }, [active, reload, onFinished])

  const sync = async () => {
    setBusy(true)
    try {
      const r = await adminFetch<{ already_running: boolean }>(`/admin/social/channels/${channelId}/sync`, { method: "POST", body: "{}" })
      toast.success(r.already_running ? "A sync is already running" : "Sync started")
      // The new run is the newest: show the first page.
      if (cursors.length > 1) setCursors([""])
      else reload()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="channel-runs">
      <div className="flex items-center justify-between">
        <Heading level="h2">Runs</Heading>
        <Button size="small" onClick={sync} isLoading={busy} disabled={active} data-testid="channel-sync">
          Sync now
        </Button>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Started</Table.HeaderCell>
            <Table.HeaderCell>Kind</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Progress</Table.HeaderCell>
            <Table.HeaderCell>Result</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.runs ?? []).map((r) => (
            <Table.Row key={r.id} data-run-status={r.status}>
              <Table.Cell>{dateTime(r.started_at ?? r.created_at)}</Table.Cell>
              <Table.Cell>{r.kind}</Table.Cell>
              <Table.Cell>
                <Badge color={COLOR[r.status]}>{r.status}</Badge> {r.stage ? <Text size="xsmall">{r.stage}</Text> : null}
              </Table.Cell>
              <Table.Cell>
                <Progress run={r} />
              </Table.Cell>
              <Table.Cell className="max-w-[360px] whitespace-normal">
                <Text size="xsmall">{r.error ?? summary(r.results)}</Text>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {data && !data.runs.length ? <Text className="text-ui-fg-subtle">No runs yet.</Text> : null}
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
