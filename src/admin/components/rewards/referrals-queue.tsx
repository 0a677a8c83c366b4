import { Button, Checkbox, createDataTableColumnHelper, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { DataList, WRAPS } from "../data-list"
import { dateTime, words } from "../../lib/format"
import { useReferralDecision, useReferralsToReview } from "../../hooks/rewards"
import type { Referral } from "./types"

function Decide({ referral }: { referral: Referral }) {
  const [note, setNote] = useState("")
  const [block, setBlock] = useState(false)
  const decide = useReferralDecision(referral.id)
  const send = (decision: "approve" | "reject") =>
    decide.mutate({ decision, body: { ...(note.trim() && { note: note.trim() }), ...(decision === "reject" && block && { block: true }) } })
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Input size="small" aria-label="Note" placeholder="Note" value={note} onChange={(e) => setNote(e.target.value)} />
      <Button size="small" disabled={decide.isPending} onClick={() => send("approve")}>
        Approve
      </Button>
      <Button size="small" variant="danger" disabled={decide.isPending} onClick={() => send("reject")}>
        Reject
      </Button>
      <Checkbox id={`block-${referral.id}`} checked={block} onCheckedChange={(on) => setBlock(on === true)} />
      <Label htmlFor={`block-${referral.id}`} size="xsmall">
        and blocklist the friend
      </Label>
    </div>
  )
}

const column = createDataTableColumnHelper<Referral>()

const REFERRAL_COLUMNS = [
  column.accessor("created_at", { header: "Claimed", cell: ({ getValue }) => dateTime(getValue()) }),
  column.display({ id: "who", header: "Referrer → friend", cell: ({ row: { original: r } }) => `${r.referrer_customer_id} → ${r.friend_customer_id ?? "?"} (${r.code})` }),
  column.accessor("signals", {
    header: "Signals",
    ...WRAPS,
    cell: ({ row: { original: r } }) => (
      <Text size="xsmall" className="max-w-[320px] whitespace-normal">
        score {r.score ?? 0}: {r.signals.map(words).join("; ") || "none"}
      </Text>
    ),
  }),
  column.display({ id: "decide", ...WRAPS, cell: ({ row: { original: r } }) => <Decide referral={r} /> }),
]

/** Referrals whose fraud signals asked for a person's decision. */
export function ReferralsQueue() {
  const { data, isLoading } = useReferralsToReview()
  return (
    <div data-testid="referrals-queue">
      <DataList
        columns={REFERRAL_COLUMNS}
        rows={data?.referrals}
        isLoading={isLoading}
        empty="Nothing waits for review."
        toolbar={<Heading level="h2">Referrals waiting for review {data ? `(${data.count})` : ""}</Heading>}
      />
    </div>
  )
}
