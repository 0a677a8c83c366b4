import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Container, createDataTableColumnHelper, Heading, Select, Text, Textarea, Toaster } from "@medusajs/ui"
import { useState } from "react"
import { DataList, WRAPS } from "../../../components/data-list"
import { useReviewAction, useReviews, type Review } from "../../../hooks/reviews"
import { useOffsetPaging } from "../../../hooks/paging"
import { ReportsQueue } from "../../../components/reviews/reports-queue"
// The server's own list (a dependency-free file), so the two can never disagree.
import { REJECTION_REASONS } from "../../../../modules/product-review/lib/vocabulary"

const PAGE = 20

const statusColor = { pending: "orange", approved: "green", rejected: "red" } as const

/** The review as the shopper wrote it, with the shop's public reply under it. */
function ReviewBody({ review }: { review: Review }) {
  const [reply, setReply] = useState(review.response?.body ?? "")
  const act = useReviewAction(review.id)
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
        <Button size="small" variant="secondary" disabled={act.isPending || !reply.trim()} onClick={() => act.mutate({ action: "response", body: { body: reply }, done: "Reply saved" })}>
          Reply
        </Button>
      </div>
    </>
  )
}

/** Approve, or reject for one of the server's reasons. */
function Moderate({ review }: { review: Review }) {
  const [reason, setReason] = useState<string>("")
  const act = useReviewAction(review.id)
  return (
    <div className="flex flex-col gap-2">
      <Button size="small" disabled={act.isPending || review.status === "approved"} onClick={() => act.mutate({ action: "approve", body: {}, done: "Review published" })}>
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
      <Button size="small" variant="danger" disabled={act.isPending || !reason} onClick={() => act.mutate({ action: "reject", body: { reason }, done: "Review rejected" })}>
        Reject
      </Button>
    </div>
  )
}

const column = createDataTableColumnHelper<Review>()

const REVIEW_COLUMNS = [
  column.accessor("rating", {
    header: "Rating",
    cell: ({ row: { original: r } }) => (
      <>
        {/* Low ratings stand out: they are the ones a shop wants to answer first. */}
        <Text weight="plus" className={r.rating <= 2 ? "text-ui-tag-red-text" : undefined}>
          {"★".repeat(r.rating) + "☆".repeat(5 - r.rating)}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {new Date(r.created_at).toLocaleDateString()}
        </Text>
      </>
    ),
  }),
  column.display({
    id: "review",
    header: "Review",
    ...WRAPS,
    cell: ({ row: { original: r } }) => (
      <div className="max-w-[420px] whitespace-normal py-3">
        <ReviewBody review={r} />
      </div>
    ),
  }),
  column.accessor("status", {
    header: "Status",
    ...WRAPS,
    cell: ({ row: { original: r } }) => (
      <div className="flex flex-col items-start gap-1">
        <Badge color={statusColor[r.status]}>{r.status}</Badge>
        {r.rejection_reason ? <Text size="xsmall">{r.rejection_reason.replace(/_/g, " ")}</Text> : null}
        {r.verified_purchase ? <Badge color="blue">verified</Badge> : <Badge color="grey">unverified</Badge>}
        {r.incentivized ? <Badge color="purple">incentivized</Badge> : null}
        <Text size="xsmall">{r.helpful_count} helpful</Text>
      </div>
    ),
  }),
  column.display({ id: "moderate", header: "Moderate", ...WRAPS, cell: ({ row: { original: r } }) => <Moderate review={r} /> }),
]

/** Moderation of customer reviews: pending first, low ratings highlighted, reply in place. */
const SocialReviewsPage = () => {
  const [status, setStatus] = useState("pending")
  const [rating, setRating] = useState("all")
  const paging = useOffsetPaging(PAGE)
  const { data, isLoading } = useReviews({
    limit: PAGE,
    offset: paging.offset,
    status: status === "all" ? undefined : status,
    rating: rating === "all" ? undefined : rating,
  })

  return (
    <div className="flex flex-col gap-4">
    <ReportsQueue />
    <Container className="divide-y p-0">
      <Toaster />
      <DataList
        columns={REVIEW_COLUMNS}
        rows={data?.reviews}
        count={data?.count}
        isLoading={isLoading}
        empty="No reviews match."
        pagination={paging.pagination}
        toolbar={
          <>
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
                    paging.restart()
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
          </>
        }
      />
    </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Reviews", icon: ChatBubbleLeftRight })

export default SocialReviewsPage
