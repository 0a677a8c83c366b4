import { Badge, Button, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { ListTable, useCursorPages, type Column } from "../list-table"
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

const RUN_COLUMNS: Column<Run>[] = [
  { header: "Started", cell: (r) => dateTime(r.started_at ?? r.created_at) },
  { header: "Kind", cell: (r) => r.kind },
  {
    header: "Status",
    cell: (r) => (
      <>
        <Badge color={COLOR[r.status]}>{r.status}</Badge> {r.stage ? <Text size="xsmall">{r.stage}</Text> : null}
      </>
    ),
  },
  { header: "Progress", cell: (r) => <Progress run={r} /> },
  { header: "Result", className: "max-w-[360px] whitespace-normal", cell: (r) => <Text size="xsmall">{r.error ?? summary(r.results)}</Text> },
]

/** "Sync now" and the channel's runs; polls while one is queued or running. */
export function ChannelRuns({ channelId, onFinished }: { channelId: string; onFinished: () => void }) {
  const pages = useCursorPages(PAGE)
  const params = new URLSearchParams({ limit: String(PAGE) })
  if (pages.cursor) params.set("cursor", pages.cursor)
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
      if (pages.cursor) pages.restart()
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
      <ListTable columns={RUN_COLUMNS} rows={data?.runs} rowKey={(r) => r.id} rowProps={(r) => ({ "data-run-status": r.status })} empty="No runs yet." pages={data && pages.footer(data.count, data.next_cursor)} />
    </div>
  )
}
