import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Text, Textarea, toast, Toaster } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { ListTable, useOffsetPages, type Column } from "../../../components/list-table"
import { adminFetch, ApiError } from "../../../lib/api"
import { ReportsQueue } from "../../../components/reviews/reports-queue"
// The server's own list (a dependency-free file), so the two can never disagree.
import { REJECTION_REASONS } from "../../../../modules/product-review/lib/vocabulary"

const PAGE = 20

type Review = {
  id: string
  product: { id: string; title: string | null }
  rating: number
  title: string
  body: string
  author_name: string | null
  status: "pending" | "approved" | "rejected"
  rejection_reason: string | null
  verified_purchase: boolean
  incentivized: boolean
  helpful_count: number
  created_at: string
  media: { id: string; url: string }[]
  response: { body: string } | null
}

const statusColor = { pending: "orange", approved: "green", rejected: "red" } as const

/** Posts a moderation action (approve, reject, response) on the review; `busy` while it runs. */
function useReviewAction(review: Review, onChanged: () => void) {
  const [busy, setBusy] = useState(false)
  const act = async (path: string, body: object, done: string) => {
    setBusy(true)
    try {
      await adminFetch(`/admin/social/reviews/${review.id}/${path}`, { method: "POST", body: JSON.stringify(body) })
      toast.success(done)
      onChanged()
    } catch (e) {
      toast.error(e instanceof ApiError ? e.message : "Request failed")
    } finally {
      setBusy(false)
    }
  }
  return { busy, act }
}

/** The review as the shopper wrote it, with the shop's public reply under it. */
function ReviewBody({ review, onChanged }: { review: Review; onChanged: () => void }) {
  const [reply, setReply] = useState(review.response?.body ?? "")
  const { busy, act } = useReviewAction(review, onChanged)
  return (
    <>
      <Text size="small" className="text-ui-fg-subtle">
        {review.product.title ?? review.product.id} · {review.author_name ?? "A customer"}
      </Text>
      <Text weight="plus">{review.title}</Text>
      <Text size="small">{review.body}</Text>
      {review.media.length ? (
        <div className="mt-2 flex gap-2">
          {review.media.map((m, i) => (
            <a key={m.id} href={m.url} target="_blank" rel="noreferrer">
              <img src={m.url} alt={`Photo ${i + 1} of the review, full size`} className="h-12 w-12 rounded object-cover" />
            </a>
          ))}
        </div>
      ) : null}
      <div className="mt-2 flex gap-2">
        <Textarea aria-label="Public reply" value={reply} onChange={(e) => setReply(e.target.value)} placeholder="Public reply" rows={2} />
        <Button size="small" variant="secondary" disabled={busy || !reply.trim()} onClick={() => act("response", { body: reply }, "Reply saved")}>
          Reply
        </Button>
      </div>
    </>
  )
}

/** Approve, or reject for one of the server's reasons. */
function Moderate({ review, onChanged }: { review: Review; onChanged: () => void }) {
  const [reason, setReason] = useState<string>("")
  const { busy, act } = useReviewAction(review, onChanged)
  return (
    <div className="flex flex-col gap-2">
      <Button size="small" disabled={busy || review.status === "approved"} onClick={() => act("approve", {}, "Review published")}>
        Approve
      </Button>
      <Select value={reason} onValueChange={setReason}>
        <Select.Trigger aria-label="Reason for rejecting">
          <Select.Value placeholder="Reason" />
        </Select.Trigger>
        <Select.Content>
          {REJECTION_REASONS.map((r) => (
            <Select.Item key={r} value={r}>
              {r.replace(/_/g, " ")}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Button size="small" variant="danger" disabled={busy || !reason} onClick={() => act("reject", { reason }, "Review rejected")}>
        Reject
      </Button>
    </div>
  )
}

/** Moderation of customer reviews: pending first, low ratings highlighted, reply in place. */
const SocialReviewsPage = () => {
  const [status, setStatus] = useState("pending")
  const [rating, setRating] = useState("all")
  const pages = useOffsetPages(PAGE)
  const [data, setData] = useState<{ reviews: Review[]; count: number } | null>(null)

  const load = useCallback(() => {
    const params = new URLSearchParams({ limit: String(PAGE), offset: String(pages.offset) })
    if (status !== "all") params.set("status", status)
    if (rating !== "all") params.set("rating", rating)
    adminFetch<{ reviews: Review[]; count: number }>(`/admin/social/reviews?${params}`)
      .then(setData)
      .catch((e) => toast.error(e instanceof ApiError ? e.message : "Could not load reviews"))
  }, [status, rating, pages.offset])

  useEffect(load, [load])

  const columns: Column<Review>[] = [
    {
      header: "Rating",
      className: "align-top",
      cell: (r) => (
        <>
          <Text weight="plus">{"★".repeat(r.rating) + "☆".repeat(5 - r.rating)}</Text>
          <Text size="small" className="text-ui-fg-subtle">
            {new Date(r.created_at).toLocaleDateString()}
          </Text>
        </>
      ),
    },
    { header: "Review", className: "max-w-[420px] whitespace-normal py-3 align-top", cell: (r) => <ReviewBody review={r} onChanged={load} /> },
    {
      header: "Status",
      className: "align-top",
      cell: (r) => (
        <div className="flex flex-col items-start gap-1">
          <Badge color={statusColor[r.status]}>{r.status}</Badge>
          {r.rejection_reason ? <Text size="xsmall">{r.rejection_reason.replace(/_/g, " ")}</Text> : null}
          {r.verified_purchase ? <Badge color="blue">verified</Badge> : <Badge color="grey">unverified</Badge>}
          {r.incentivized ? <Badge color="purple">incentivized</Badge> : null}
          <Text size="xsmall">{r.helpful_count} helpful</Text>
        </div>
      ),
    },
    { header: "Moderate", className: "align-top", cell: (r) => <Moderate review={r} onChanged={load} /> },
  ]

  return (
    <div className="flex flex-col gap-4">
    <ReportsQueue />
    <Container className="divide-y p-0">
      <Toaster />
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Reviews</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Reject only for a reason from the list: never because of the rating.
          </Text>
        </div>
        <div className="flex gap-2">
          {[
            [status, setStatus, ["all", "pending", "approved", "rejected"]],
            [rating, setRating, ["all", "1", "2", "3", "4", "5"]],
          ].map(([value, set, options], i) => (
            <Select
              key={i}
              value={value as string}
              onValueChange={(v) => {
                pages.restart()
                ;(set as (v: string) => void)(v)
              }}
            >
              <Select.Trigger aria-label={i === 0 ? "Status" : "Rating"}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {(options as string[]).map((o) => (
                  <Select.Item key={o} value={o}>
                    {i === 1 && o !== "all" ? `${o} ★` : o}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          ))}
        </div>
      </div>
      <ListTable
        columns={columns}
        rows={data?.reviews}
        rowKey={(r) => r.id}
        rowProps={(r) => ({ className: r.rating <= 2 ? "bg-ui-tag-red-bg" : undefined })}
        empty="No reviews match."
        pages={data && pages.footer(data.count)}
        inset
      />
    </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Reviews", icon: ChatBubbleLeftRight })

export default SocialReviewsPage
