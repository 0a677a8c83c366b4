import { Badge, Button, Heading, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Choice } from "../choice"
import { ListTable, useOffsetPages, type Column } from "../list-table"
import { adminFetch } from "../../lib/api"
import { dateTime, money, words } from "../../lib/format"
import { useAdminData } from "../../lib/use-admin-data"
import { GRANT_STATUSES } from "../../../modules/social-reward/lib/vocabulary"
import type { Grant } from "./types"

const ALL = "all"
const PAGE = 20
const REVOCABLE = new Set(["held", "issued", "needs_review", "issuing"])

function GrantActions({ grant, onChanged }: { grant: Grant; onChanged: () => void }) {
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const act = async (path: string, body: object, done: string) => {
    setBusy(true)
    try {
      await adminFetch(`/admin/social/reward-grants/${grant.id}/${path}`, { method: "POST", body: JSON.stringify(body) })
      toast.success(done)
      onChanged()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="flex items-center gap-2">
      {grant.status === "needs_review" ? (
        <Button size="small" disabled={busy} onClick={() => act("approve", {}, "Grant approved")}>
          Approve
        </Button>
      ) : null}
      {REVOCABLE.has(grant.status) ? (
        <>
          <Input size="small" aria-label="Reason for revoking" placeholder="Reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          <Button size="small" variant="danger" disabled={busy || !reason.trim()} onClick={() => act("revoke", { reason }, "Grant revoked")}>
            Revoke
          </Button>
        </>
      ) : null}
    </div>
  )
}

/** The grant ledger: filter by status; approve what waits for review, revoke with a reason. */
export function GrantsTable() {
  const [status, setStatus] = useState<string>("needs_review")
  const pages = useOffsetPages(PAGE)
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(pages.offset) })
  if (status !== ALL) params.set("status", status)
  const { data, reload } = useAdminData<{ reward_grants: Grant[]; count: number }>(`/admin/social/reward-grants?${params}`)

  const columns: Column<Grant>[] = [
    { header: "Created", cell: (g) => dateTime(g.created_at) },
    { header: "Customer", cell: (g) => g.customer_id },
    {
      header: "Rule",
      cell: (g) => (
        <>
          {g.rule_snapshot?.name ?? g.rule_id} v{g.rule_version} · {words(g.source_type)}
        </>
      ),
    },
    { header: "Value", cell: (g) => money(g.value, g.currency_code) },
    {
      header: "Status",
      cell: (g) => (
        <>
          <Badge>{words(g.status)}</Badge> {g.status_reason ? <Text size="xsmall">{g.status_reason}</Text> : null}
          {g.code ? <Text size="xsmall">code {g.code}</Text> : <Text size="xsmall">held until {dateTime(g.hold_until)}</Text>}
        </>
      ),
    },
    { cell: (g) => <GrantActions grant={g} onChanged={reload} /> },
  ]

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="reward-grants">
      <div className="flex items-center justify-between">
        <Heading level="h2">Grants</Heading>
        <div className="w-48">
          <Choice id="grants-status" ariaLabel="Grant status" value={status} options={[ALL, ...GRANT_STATUSES]} onChange={(v) => (pages.restart(), setStatus(v))} />
        </div>
      </div>
      <ListTable
        columns={columns}
        rows={data?.reward_grants}
        rowKey={(g) => g.id}
        rowProps={(g) => ({ "data-grant-id": g.id })}
        empty="No grants match."
        pages={data && pages.footer(data.count)}
      />
    </div>
  )
}
