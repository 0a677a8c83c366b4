import { Button, Checkbox, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { ListTable, type Column } from "../list-table"
import { adminFetch } from "../../lib/api"
import { dateTime, words } from "../../lib/format"
import { useAdminData } from "../../lib/use-admin-data"
import type { Referral } from "./types"

function Decide({ referral, onChanged }: { referral: Referral; onChanged: () => void }) {
  const [note, setNote] = useState("")
  const [block, setBlock] = useState(false)
  const [busy, setBusy] = useState(false)
  const decide = async (decision: "approve" | "reject") => {
    setBusy(true)
    try {
      const body = { ...(note.trim() && { note: note.trim() }), ...(decision === "reject" && block && { block: true }) }
      await adminFetch(`/admin/social/referrals/${referral.id}/${decision}`, { method: "POST", body: JSON.stringify(body) })
      toast.success(decision === "approve" ? "Referral approved" : "Referral rejected")
      onChanged()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Input size="small" aria-label="Note" placeholder="Note" value={note} onChange={(e) => setNote(e.target.value)} />
      <Button size="small" disabled={busy} onClick={() => decide("approve")}>
        Approve
      </Button>
      <Button size="small" variant="danger" disabled={busy} onClick={() => decide("reject")}>
        Reject
      </Button>
      <Checkbox id={`block-${referral.id}`} checked={block} onCheckedChange={(on) => setBlock(on === true)} />
      <Label htmlFor={`block-${referral.id}`} size="xsmall">
        and blocklist the friend
      </Label>
    </div>
  )
}

/** Referrals whose fraud signals asked for a person's decision. */
export function ReferralsQueue() {
  const { data, reload } = useAdminData<{ referrals: Referral[]; count: number }>("/admin/social/referrals?status=needs_review&limit=50")
  const columns: Column<Referral>[] = [
    { header: "Claimed", cell: (r) => dateTime(r.created_at) },
    {
      header: "Referrer → friend",
      cell: (r) => (
        <>
          {r.referrer_customer_id} → {r.friend_customer_id ?? "?"} ({r.code})
        </>
      ),
    },
    {
      header: "Signals",
      className: "max-w-[320px] whitespace-normal",
      cell: (r) => (
        <Text size="xsmall">
          score {r.score ?? 0}: {r.signals.map(words).join("; ") || "none"}
        </Text>
      ),
    },
    { cell: (r) => <Decide referral={r} onChanged={reload} /> },
  ]
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="referrals-queue">
      <Heading level="h2">Referrals waiting for review {data ? `(${data.count})` : ""}</Heading>
      <ListTable columns={columns} rows={data?.referrals} rowKey={(r) => r.id} empty="Nothing waits for review." />
    </div>
  )
}
